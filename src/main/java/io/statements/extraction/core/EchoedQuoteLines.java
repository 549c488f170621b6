package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n72e, rule echoed-quote-line: a paragraph that is nothing but a quotation (a crosshead `'We will rebuild'`,
 * a deck under the headline, a pull quote) left without a speaker, whose words a full body quote with a named
 * speaker repeats word for word (`"... We will rebuild," the mayor, Ida Berg, said`), is that speaker's: editors lift
 * such lines from the article's own quotes, in every outlet's style, and the same words quoted twice are one person's.
 * All of the line's words (two or more; each stretch between `...` on its own, in order) must stand in a row inside
 * the body quote; two body quotes repeating it with different speakers leave it alone.
 */
final class EchoedQuoteLines {
    static final String NAME = "echoed-quote-line";

    /** The most words a quoted line may hold: longer ones are body quotes that the sieves read. */
    private static final int MAX_WORDS = 40;

    private EchoedQuoteLines() {
    }

    static void apply(Doc d) {
        if (d.quotes.size() < 2 || d.paraCount < 3) {
            return; // quick rejection: no second quote to echo a line
        }
        List<Stmt> added = null;
        for (Quote q : d.quotes) {
            if (q.close < 0 || !aloneInParagraph(d.toks, q)) {
                continue;
            }
            Stmt own = covering(d, q);
            if (own != null && (own.sp != null && own.sp.name() != null || own.kind == StatementKind.INDIRECT)) {
                continue; // attributed already
            }
            List<List<String>> pieces = pieces(d.toks, q);
            if (pieces == null) {
                continue;
            }
            Stmt echo = echo(d, q, pieces);
            if (echo == null) {
                continue;
            }
            Stmt st = own != null ? own : new Stmt();
            st.sp = new Speaker(echo.sp.ms(), echo.sp.me(), echo.sp.mention(), echo.sp.name(), echo.sp.kind(), null);
            st.conf = 0.5;
            st.sieve = NAME;
            if (own == null) {
                st.kind = StatementKind.DIRECT;
                st.words(q.cs, q.ce);
                st.sent = d.toks.get(q.open).sent;
                st.group = d.newGroup();
                added = added == null ? new ArrayList<>() : added;
                added.add(st);
            }
        }
        if (added != null) {
            d.out.addAll(added);
            d.out.sort((a, b) -> a.cs != b.cs ? Integer.compare(a.cs, b.cs) : Integer.compare(a.ce, b.ce));
        }
    }

    /** The quote opens its paragraph and only punctuation follows its close in that paragraph. */
    private static boolean aloneInParagraph(List<Tok> toks, Quote q) {
        int para = toks.get(q.open).para;
        if (q.open > 0 && toks.get(q.open - 1).para == para || toks.get(q.close).para != para) {
            return false;
        }
        for (int k = q.close + 1; k < toks.size() && toks.get(k).para == para; k++) {
            if (toks.get(k).type == WORD) {
                return false;
            }
        }
        return true;
    }

    /** A statement over the quote's words, or null. */
    private static Stmt covering(Doc d, Quote q) {
        for (Stmt o : d.out) {
            if (o.cs < q.ce && q.cs < o.ce) {
                return o;
            }
        }
        return null;
    }

    /** The quote's words in lower case, split at an ellipsis; null when too few or too many. */
    private static List<List<String>> pieces(List<Tok> toks, Quote q) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        int words = 0;
        for (int k = q.open + 1; k < q.close; k++) {
            Tok t = toks.get(k);
            if (t.type == WORD) {
                cur.add(Lexicon.lower(t.text.replace('\u2019', '\'')));
                words++;
            } else if (t.text.startsWith("...") || t.text.equals("\u2026") || t.text.equals(".") && !cur.isEmpty()
                    && k + 1 < q.close && toks.get(k + 1).text.equals(".")) {
                if (!cur.isEmpty()) {
                    out.add(cur);
                    cur = new ArrayList<>();
                }
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return words < 2 || words > MAX_WORDS ? null : out;
    }

    /** The one named speaker whose other quote holds every piece in order; null if none or two disagree. */
    private static Stmt echo(Doc d, Quote q, List<List<String>> pieces) {
        Stmt found = null;
        for (Stmt o : d.out) {
            if (o.kind != StatementKind.DIRECT || !named(o.sp)
                    || o.ce <= q.ce && o.cs >= q.cs || o.cs < q.ce && q.cs < o.ce
                    || o.sp.kind() != SpeakerKind.PERSON && o.sp.kind() != SpeakerKind.ORGANIZATION) {
                continue;
            }
            if (holds(d.toks, d.tokenAt(o.cs), d.tokenAt(Math.max(o.cs, o.ce - 1)), pieces)) {
                if (found != null && !found.sp.name().equals(o.sp.name())) {
                    return null;
                }
                found = found == null ? o : found;
            }
        }
        return found;
    }

    /**
     * A speaker by name (`Mara Voss`, `Kestrel Credit`), not a description (`spokesman`): the line is lifted from a
     * full quote of the one named, not from words another speaker reports in a partial quote.
     */
    private static boolean named(Speaker sp) {
        if (sp == null || sp.name() == null || sp.name().isEmpty()) {
            return false;
        }
        return Character.isUpperCase(sp.name().charAt(sp.name().lastIndexOf(' ') + 1));
    }

    /** Every piece stands as a run of words, in order, inside the quoted tokens from a to b. */
    private static boolean holds(List<Tok> toks, int a, int b, List<List<String>> pieces) {
        int k = a;
        for (List<String> piece : pieces) {
            int at = find(toks, k, b, piece);
            if (at < 0) {
                return false;
            }
            k = at;
        }
        return true;
    }

    /** The token after the first run of {@code words} from k to b (quoted tokens only), or -1. */
    private static int find(List<Tok> toks, int k, int b, List<String> words) {
        String first = words.get(0);
        for (int i = k; i <= b; i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole == OUT || !first.equals(Lexicon.lower(t.text.replace('\u2019', '\'')))) {
                continue;
            }
            int j = i, w = 0;
            while (j <= b && w < words.size()) {
                Tok u = toks.get(j);
                if (u.type == WORD) {
                    if (!words.get(w).equals(Lexicon.lower(u.text.replace('\u2019', '\'')))) {
                        break;
                    }
                    w++;
                }
                j++;
            }
            if (w == words.size()) {
                return j;
            }
        }
        return -1;
    }
}
