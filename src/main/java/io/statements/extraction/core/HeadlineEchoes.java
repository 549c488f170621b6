package io.statements.extraction.core;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Session n51e, rule headline-echo: a quote of the headline or the deck under it given to a description only
 * (`'... could not see the exit,' survivor says`, `Party spokesman says "..."`) whose words the body quotes again with a named
 * speaker (`"... could not see the exit," said one of the passengers, Ann Roe`): the headline quote is that person's. The body
 * quote, in quotation marks like the headline's (a reported clause is no echo), must share four words in a row with
 * the headline's, which has four or more (a scare term of two words is anybody's). Wire,
 * broadsheet and regional copy alike put the speaker's name only in the body; a headline already given a name keeps it.
 */
final class HeadlineEchoes {
    private static final int RUN = 4;

    /** The deck under a headline is short: a paragraph of more words is body. */
    private static final int MAX_DECK_WORDS = 45;

    private HeadlineEchoes() {
    }

    static void apply(Doc d) {
        if (d.paraCount < 3) {
            return;
        }
        for (Stmt st : d.out) {
            int para = d.toks.get(d.tokenAt(st.cs)).para;
            if (para > 1 || st.kind == StatementKind.INDIRECT || !described(st.sp)
                    || words(d, para) > MAX_DECK_WORDS) {
                continue;
            }
            Set<String> runs = runs(d.s.substring(st.cs, st.ce));
            if (runs.isEmpty()) {
                continue;
            }
            for (Stmt o : d.out) {
                if (o.cs > st.ce && o.kind != StatementKind.INDIRECT && d.toks.get(d.tokenAt(o.cs)).para > 1
                        && named(o.sp) && shares(runs, d.s.substring(o.cs, o.ce))) {
                    st.sp = new Speaker(st.sp.ms(), st.sp.me(), st.sp.mention(), o.sp.name(), o.sp.kind(),
                            st.sp.channel());
                    break;
                }
            }
        }
    }

    /** A speaker named by a description: its last word in lower case (`survivor`, `Party spokesman`). */
    private static boolean described(Speaker sp) {
        return sp != null && sp.name() != null && !sp.name().isEmpty()
                && Character.isLowerCase(sp.name().charAt(sp.name().lastIndexOf(' ') + 1));
    }

    private static boolean named(Speaker sp) {
        return sp != null && sp.name() != null && !sp.name().isEmpty() && !described(sp);
    }

    private static int words(Doc d, int para) {
        int n = 0;
        for (Tok t : d.toks) {
            if (t.para > para) {
                break;
            }
            n += t.para == para && t.type == Tok.WORD ? 1 : 0;
        }
        return n;
    }

    /** What separates words, compiled once (String.split compiles a pattern like it on every call). */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The runs of {@link #RUN} words of a quote, lower case; none when it has fewer words. */
    private static Set<String> runs(String quote) {
        String[] w = NON_WORD.split(quote.toLowerCase(Locale.ROOT));
        int from = w.length > 0 && w[0].isEmpty() ? 1 : 0;
        Set<String> out = new HashSet<>();
        if (w.length - from < RUN) {
            return out; // a term of two or three words is anybody's: no echo
        }
        for (int i = from; i + RUN <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + RUN)));
        }
        return out;
    }

    private static boolean shares(Set<String> runs, String body) {
        String[] w = NON_WORD.split(body.toLowerCase(Locale.ROOT));
        for (int i = 0; i + RUN <= w.length; i++) {
            if (runs.contains(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + RUN)))) {
                return true;
            }
        }
        return false;
    }
}
