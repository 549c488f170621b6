#!/usr/bin/env bash
# Score what POST /extractions returns against the gold sets in ../shared/eval with ../shared/eval/score_quotes.py.
# Compiles the pure-JDK extractor core (io.statements.extraction.core) and the evaluation tool from the tests with
# plain javac (no Maven needed). Run from anywhere. SPLITS="polnear-dev polnear-train" by default.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
EVAL="${EVAL_DIR:-$ROOT/../shared/eval}"
OUT="${OUT_DIR:-$ROOT/target/extraction-eval}"
CLASSES="$OUT/classes"
. "$ROOT/bench/extraction/compile-core.sh"
compile_core "$CLASSES"
run() { java -cp "$CLASSES" io.statements.extraction.core.EvaluationCli "$@"; }
# The seed gold has one line per quoted stretch: score each statement's segments. PolNeAR annotates one
# attribution with one content span: score each statement's content. Same statements either way.
run "$EVAL/seeds" "$OUT/seeds.jsonl" --spans segments
echo "== seeds (segments, subset quoted)"
python3 "$EVAL/score_quotes.py" "$EVAL/seeds" "$OUT/seeds.jsonl"
echo "== seeds stance (suggested stance and target against the gold stance/target)"
python3 "$ROOT/bench/extraction/score_stance.py" "$EVAL/seeds" "$OUT/seeds.jsonl"
for split in ${SPLITS:-polnear-dev polnear-train}; do
    run "$EVAL/$split" "$OUT/$split.jsonl" --spans content
    echo "== $split --subset quoted"
    python3 "$EVAL/score_quotes.py" "$EVAL/$split" "$OUT/$split.jsonl" --subset quoted
    echo "== $split --subset all"
    python3 "$EVAL/score_quotes.py" "$EVAL/$split" "$OUT/$split.jsonl" --subset all
    if [ "$split" = polnear-train ]; then
        echo "== polnear-train names (hand-annotated resolved names, bench/extraction/names-train.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl"
        echo "== polnear-train names, second slice (annotated after the rules: bench/extraction/names-train-2.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-2.jsonl"
        echo "== polnear-train names, third slice (annotated before session names16's rules: bench/extraction/names-train-3.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-3.jsonl"
        echo "== polnear-train names, fourth slice (annotated after session names16's rules: bench/extraction/names-train-4.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-4.jsonl"
        echo "== polnear-train names, fifth slice (held out, annotated without extractor output: bench/extraction/names-train-5.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-5.jsonl"
        echo "== polnear-train names, sixth slice (held out, annotated without extractor output: bench/extraction/names-train-6.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-6.jsonl"
        echo "== polnear-train names, seventh slice (held out, annotated without extractor output: bench/extraction/names-train-7.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-7.jsonl"
        echo "== polnear-train names, eighth slice (held out, annotated without extractor output: bench/extraction/names-train-8.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-8.jsonl"
        echo "== polnear-train names, ninth slice (held out, annotated without extractor output: bench/extraction/names-train-9.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-9.jsonl"
        echo "== polnear-train names, tenth slice (annotated without extractor output: bench/extraction/names-train-10.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-10.jsonl"
        echo "== polnear-train names, eleventh slice (held out, annotated without extractor output: bench/extraction/names-train-11.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-11.jsonl"
        echo "== polnear-train names, twelfth slice (annotated without extractor output: bench/extraction/names-train-12.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-12.jsonl"
        echo "== polnear-train names, thirteenth slice (held out, annotated without extractor output: bench/extraction/names-train-13.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-13.jsonl"
        echo "== polnear-train names, fourteenth slice (annotated without extractor output: bench/extraction/names-train-14.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-14.jsonl"
        echo "== polnear-train names, fifteenth slice (annotated without extractor output: bench/extraction/names-train-15.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-15.jsonl"
        echo "== polnear-train names, sixteenth slice (annotated without extractor output: bench/extraction/names-train-16.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-16.jsonl"
        echo "== polnear-train names, seventeenth slice (annotated without extractor output: bench/extraction/names-train-17.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-17.jsonl"
        echo "== polnear-train names, eighteenth slice (annotated without extractor output: bench/extraction/names-train-18.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-18.jsonl"
        echo "== polnear-train names, nineteenth slice (held out, annotated without extractor output: bench/extraction/names-train-19.jsonl)"
        python3 "$ROOT/bench/extraction/score_names.py" "$EVAL/$split" "$OUT/$split.jsonl" "$ROOT/bench/extraction/names-train-19.jsonl"
    fi
done
