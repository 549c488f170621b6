package io.statements.extraction;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the extractor over every {@code *.txt} in a folder and writes predictions JSONL in the format of
 * {@code ../shared/eval/README.md}: one line per document,
 * {@code {"doc": ..., "quotes": [{"content": {"start", "end"}, "speaker": {"start", "end"} | null, "speaker_name": ...}]}}.
 *
 * <pre>
 * java io.statements.extraction.EvaluationCli GOLD_DIR OUT.jsonl [--granularity statement|attribution]
 * </pre>
 *
 * {@code statement} (default) writes one line per extracted statement with its own words (each quoted stretch, each
 * partial quote), as the seed gold counts them. {@code attribution} writes one line per attribution: the pieces
 * hanging on one cue are joined into one span from the first to the last, and a partial quote stands with its
 * reported clause, as PolNeAR annotates attributions.
 */
public final class EvaluationCli {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: EvaluationCli GOLD_DIR OUT.jsonl [--granularity statement|attribution]");
            System.exit(2);
        }
        boolean attribution = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--granularity") && i + 1 < args.length) {
                attribution = args[++i].equals("attribution");
            } else if (args[i].equals("--granularity=attribution")) {
                attribution = true;
            }
        }
        Path dir = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> st = Files.list(dir)) {
            st.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        StatementExtractor ex = new StatementExtractor();
        int total = 0;
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                List<ExtractedStatement> sts = ex.extract(text);
                List<ExtractedStatement> rows = attribution ? joinByAttribution(sts) : sts;
                total += rows.size();
                w.write(line(f.getFileName().toString(), rows, attribution));
                w.write('\n');
            }
        }
        System.err.println("wrote " + files.size() + " documents, " + total + " predictions to " + args[1]);
    }

    /** One row per attribution group: content = clause hull of its members. */
    static List<ExtractedStatement> joinByAttribution(List<ExtractedStatement> sts) {
        Map<Integer, ExtractedStatement> byGroup = new LinkedHashMap<>();
        for (ExtractedStatement s : sts) {
            ExtractedStatement prev = byGroup.get(s.attribution());
            if (prev == null) {
                byGroup.put(s.attribution(), new ExtractedStatement(s.text(), s.kind(), s.clause(), s.clause(), s.cue(),
                        s.speakerMention(), s.speakerName(), s.speakerKind(), s.via(), s.channel(), s.confidence(),
                        s.attribution()));
            } else {
                Span hull = new Span(Math.min(prev.content().start(), s.clause().start()),
                        Math.max(prev.content().end(), s.clause().end()));
                byGroup.put(s.attribution(), new ExtractedStatement(prev.text(), prev.kind(), hull, hull, prev.cue(),
                        prev.speakerMention() != null ? prev.speakerMention() : s.speakerMention(),
                        prev.speakerName() != null ? prev.speakerName() : s.speakerName(),
                        prev.speakerKind() != null ? prev.speakerKind() : s.speakerKind(), prev.via(), prev.channel(),
                        Math.max(prev.confidence(), s.confidence()), prev.attribution()));
            }
        }
        return new ArrayList<>(byGroup.values());
    }

    static String line(String doc, List<ExtractedStatement> rows, boolean attribution) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"doc\": ").append(Json.str(doc)).append(", \"quotes\": [");
        boolean first = true;
        for (ExtractedStatement s : rows) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append("{\"content\": {\"start\": ").append(s.content().start()).append(", \"end\": ")
                    .append(s.content().end()).append("}, \"speaker\": ");
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
            sb.append("}");
        }
        return sb.append("]}").toString();
    }
}
