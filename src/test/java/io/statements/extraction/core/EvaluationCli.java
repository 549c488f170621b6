package io.statements.extraction.core;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the extractor over every {@code *.txt} in a folder and writes predictions JSONL in the format of
 * {@code ../shared/eval/README.md}: one line per document,
 * {@code {"doc": ..., "quotes": [{"content": {"start", "end"}, "speaker": {"start", "end"} | null, "speaker_name": ...}]}}.
 * It writes exactly the statements {@code POST /extractions} returns (the same {@link StatementExtractor} call, whose
 * records the REST layer maps field by field): {@code --spans content} (default) one prediction per statement with
 * its {@code content}, as PolNeAR annotates attributions; {@code --spans segments} one prediction per segment of a
 * statement, with that statement's speaker, as the seed gold counts quoted stretches. Each prediction also names
 * the sieve that decided it.
 *
 * <pre>
 * java io.statements.extraction.core.EvaluationCli GOLD_DIR OUT.jsonl [--spans content|segments]
 * </pre>
 */
public final class EvaluationCli {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EvaluationCli GOLD_DIR OUT.jsonl [--spans content|segments]");
            System.exit(2);
        }
        boolean segments = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--spans") && i + 1 < args.length) {
                segments = args[++i].equals("segments");
            }
        }
        Path dir = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> st = Files.list(dir)) {
            st.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        StatementExtractor ex = new StatementExtractor();
        int total = 0;
        List<String> skipped = new ArrayList<>(); // a rule that throws loses its sentence: say where, never hide it
        Map<String, Integer> bySieve = new TreeMap<>();
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                StatementExtractor.Result result = ex.run(text);
                List<ExtractedStatement> sts = result.statements();
                if (result.skippedSentences() > 0) {
                    skipped.add(f.getFileName() + " (" + result.skippedSentences() + ")");
                }
                total += sts.size();
                sts.forEach(s -> bySieve.merge(s.sieve(), 1, Integer::sum));
                w.write(line(f.getFileName().toString(), sts, segments));
                w.write('\n');
            }
        }
        System.err.println("wrote " + files.size() + " documents, " + total + " statements to " + args[1]
                + "; by sieve " + bySieve);
        System.err.println("sentences skipped after a rule failed: " + (skipped.isEmpty() ? "none" : skipped));
    }

    static String line(String doc, List<ExtractedStatement> statements, boolean segments) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"doc\": ").append(Json.str(doc)).append(", \"quotes\": [");
        boolean first = true;
        for (ExtractedStatement s : statements) {
            for (Span span : segments ? s.segments() : List.of(s.content())) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                prediction(sb, s, span);
            }
        }
        return sb.append("]}").toString();
    }

    private static void prediction(StringBuilder sb, ExtractedStatement s, Span span) {
        sb.append("{\"content\": {\"start\": ").append(span.start()).append(", \"end\": ").append(span.end())
                .append("}, \"speaker\": ");
        if (s.speakerMention() == null) {
            sb.append("null");
        } else {
            sb.append("{\"start\": ").append(s.speakerMention().start()).append(", \"end\": ")
                    .append(s.speakerMention().end()).append("}");
        }
        sb.append(", \"speaker_name\": ").append(Json.str(s.speakerName()));
        sb.append(", \"kind\": ").append(Json.str(s.kind().name()));
        sb.append(", \"cue\": ").append(Json.str(s.cue() == null ? null : s.cue().text()));
        sb.append(", \"mention\": ").append(Json.str(s.speakerMention() == null ? null : s.speakerMention().text()));
        sb.append(", \"channel\": ").append(Json.str(s.channel() == null ? null : s.channel().name()));
        sb.append(", \"via\": ").append(Json.str(s.via()));
        sb.append(", \"confidence\": ").append(s.confidence());
        sb.append(", \"sieve\": ").append(Json.str(s.sieve()));
        sb.append(", \"stance\": ").append(Json.str(s.stance() == null ? null : s.stance().name()));
        sb.append(", \"stance_target\": ").append(Json.str(s.stanceTarget()));
        sb.append(", \"stance_evidence\": ").append(Json.str(s.stanceEvidence() == null ? null : s.stanceEvidence().text()));
        sb.append("}");
    }
}
