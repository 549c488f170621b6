# Sourced by the extraction benches: compiles the pure-JDK extractor core and the test-side evaluation tools into
# "$1" with plain javac (no Maven needed). Needs ROOT (the project's root).
compile_core() {
    rm -rf "$1" && mkdir -p "$1"
    javac -encoding UTF-8 -d "$1" "$ROOT"/src/main/java/io/statements/extraction/core/*.java \
        "$ROOT"/src/test/java/io/statements/extraction/core/{EvaluationCli,Json,ThroughputBenchmark}.java
}
