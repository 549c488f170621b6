package io.statements.extraction.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Session n65a diagnostic (test scope, not a test): for every `he`/`she` the {@link PronounResolver} decides, one
 * tab-separated line: document, the pronoun's offset (UTF-16), the rule that chose, the name chosen, the last speaker,
 * the last person named, and the persons named in the 2,000 characters before it (`offset:name`, nearest first).
 * {@code bench/extraction/pronoun_trace.py} joins the lines with a gold set to list the wrong ones.
 *
 * <p>usage: PronounTraceCli TEXTS_DIR OUT.tsv
 */
public final class PronounTraceCli {
    private PronounTraceCli() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                Doc d = new Doc(text);
                d.pronounTrace = new ArrayList<>();
                try {
                    Pipeline.run(d, Sieves.configure(Sieves.DEFAULT_ORDER));
                } catch (RuntimeException e) {
                    continue;
                }
                for (String line : d.pronounTrace) {
                    int ms = Integer.parseInt(line.substring(0, line.indexOf('\t')));
                    StringBuilder cands = new StringBuilder();
                    for (int k = d.names.mentionBefore(ms); k >= 0; k--) {
                        int[] mp = d.names.mentionPos.get(k);
                        if (mp[0] < ms - 2000) {
                            break;
                        }
                        if (mp[0] < ms && mp[1] == SpeakerKind.PERSON.ordinal()) {
                            String n = d.names.mentionName.get(k);
                            cands.append(mp[0]).append(':').append(n).append('/')
                                    .append(n == null ? "?" : String.valueOf(d.genders.of(n))).append("; ");
                        }
                    }
                    out.println(f.getFileName() + "\t" + line + "\t" + cands);
                }
            }
        }
    }
}
