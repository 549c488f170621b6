package io.statements.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rule-based extractor of attributed statements (who said what) from English news text. Pure JDK, no models,
 * thread safe (it keeps no state between calls), roughly linear in the length of the text.
 *
 * <p>All offsets in the result are Unicode code point offsets into the input string (not UTF-16 indices):
 * for a text starting with an emoji, the first letter after it is at offset 1, although Java's
 * {@code String.indexOf} says 2.
 */
public final class StatementExtractor {

    /** Texts longer than this many UTF-16 units are cut to it before extraction (the REST layer rejects them first). */
    public static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

    /**
     * Extracts the attributed statements of a text, in text order. Never throws: empty, null, binary or malformed
     * input gives an empty or partial list.
     */
    public List<ExtractedStatement> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            String t = text.length() > MAX_TEXT_CHARS ? text.substring(0, safeCut(text, MAX_TEXT_CHARS)) : text;
            Analysis an = new Analysis(t);
            List<Analysis.Stmt> raw = an.run();
            return convert(t, raw);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return List.of();
        }
    }

    private static int safeCut(String t, int at) {
        return at > 0 && Character.isHighSurrogate(t.charAt(at - 1)) ? at - 1 : at;
    }

    private static List<ExtractedStatement> convert(String t, List<Analysis.Stmt> raw) {
        CodePoints cp = new CodePoints(t);
        List<ExtractedStatement> res = new ArrayList<>(raw.size());
        // renumber attribution groups in text order
        java.util.Map<Integer, Integer> groups = new java.util.HashMap<>();
        for (Analysis.Stmt st : raw) {
            try {
                if (st.cs < 0 || st.ce > t.length() || st.ce <= st.cs) {
                    continue;
                }
                int ls = Math.min(st.ls, st.cs), le = Math.max(st.le, st.ce);
                Span content = new Span(cp.at(st.cs), cp.at(st.ce));
                Span clause = new Span(cp.at(ls), cp.at(le));
                TextSpan cue = st.cueS >= 0 && st.cueE > st.cueS && st.cueE <= t.length()
                        ? new TextSpan(cp.at(st.cueS), cp.at(st.cueE), t.substring(st.cueS, st.cueE)) : null;
                TextSpan mention = null;
                String name = null;
                SpeakerKind kind = null;
                if (st.sp != null) {
                    if (st.sp.ms() >= 0 && st.sp.me() > st.sp.ms() && st.sp.me() <= t.length()) {
                        mention = new TextSpan(cp.at(st.sp.ms()), cp.at(st.sp.me()), t.substring(st.sp.ms(), st.sp.me()));
                    }
                    name = st.sp.name();
                    kind = name == null ? null : st.sp.kind();
                }
                int g = groups.computeIfAbsent(st.group, x -> groups.size());
                double conf = Math.max(0.0, Math.min(1.0, Math.round(st.conf * 100) / 100.0));
                res.add(new ExtractedStatement(t.substring(st.cs, st.ce), st.kind, content, clause, cue, mention, name,
                        kind, st.via, st.channel, conf, g));
            } catch (RuntimeException e) {
                // drop a malformed statement, keep the rest
            }
        }
        return Collections.unmodifiableList(res);
    }

    /** Maps UTF-16 indices to code point offsets. */
    static final class CodePoints {
        private final int[] map; // null when the text has no surrogate pairs

        CodePoints(String t) {
            boolean any = false;
            for (int i = 0; i < t.length(); i++) {
                if (Character.isSurrogate(t.charAt(i))) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                map = null;
                return;
            }
            map = new int[t.length() + 1];
            int c = 0;
            for (int i = 0; i < t.length(); i++) {
                map[i] = c;
                if (!(Character.isHighSurrogate(t.charAt(i)) && i + 1 < t.length()
                        && Character.isLowSurrogate(t.charAt(i + 1)))) {
                    c++;
                }
            }
            map[t.length()] = c;
        }

        int at(int utf16) {
            return map == null ? utf16 : map[utf16];
        }
    }
}
