package io.statements.extraction.core;

import java.util.Locale;
import java.util.Set;

/**
 * Session n62a, rule kind-noun-named-later: `The ministry said on Monday ... "...," the ministry said`, and only a
 * paragraph later `The Ministry of Water of Veltria has faced criticism`. A lede often lets a body speak by its kind
 * noun and names it further down; when nothing before the mention holds that noun, the bare definite kind noun
 * (`the ministry`, `the commission`) is the body the article names after it whose name has that head: its last word
 * (`Veltrian Electoral Commission`) or the word before its first `of`/`for` (`Ministry of Water`). Only when exactly
 * one such body is named in the whole article: with two ministries the reader cannot tell, and the description stays.
 * Only heads that stand for a named body; `the government`, `the police`, `the campaign`, `the office` often mean a
 * body the article never names, or someone's.
 */
final class LaterNamedBodies {
    /** Kind nouns a body's own name ends in or is headed by, and that a lede uses before naming it. */
    private static final Set<String> HEADS = Lexicon.words("""
            ministry agency department committee commission council bureau institute university board union
            federation coalition alliance foundation association corporation authority company party tribunal
            court""");
    /** How far after the mention the body may be named: a few paragraphs of news copy. */
    private static final int REACH = 4000;

    private LaterNamedBodies() {
    }

    /**
     * The one organisation named after ms (within {@link #REACH}) whose name has this head, when it is the only
     * body so headed in the article; else null. For a bare `the` + head only ([a, end] two tokens).
     */
    static String find(Doc d, int a, int end, String head, int ms) {
        if (end == a + 1 && (d.toks.get(a).low.equals("a") || d.toks.get(a).low.equals("an")) && HEADS.contains(head)) {
            return namedNext(d, end, head);
        }
        if (end != a + 1 || !d.toks.get(a).low.equals("the") || d.toks.get(end).cap || !HEADS.contains(head)) {
            return null;
        }
        NameIndex names = d.names;
        String found = null;
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            if (mp[1] != SpeakerKind.ORGANIZATION.ordinal() || !headed(names.mentionName.get(k), head)) {
                continue;
            }
            if (mp[0] < ms || mp[0] > ms + REACH) {
                return null; // named before (other rules' business) or only far away: not this rule's reading
            }
            if (found != null && !found.equals(names.mentionName.get(k))) {
                return null; // two bodies of that kind: the description stays
            }
            found = names.mentionName.get(k);
        }
        return found;
    }

    /**
     * Rule indefinite-body-named-next (session n66b): `Most Kessmart stores will shut "within days", a union has said
     * after talks.` then `The RMW union, which represents ...`: a lede lets a body speak as `a union`, `a ministry` and
     * names it in the very next sentence with the same noun after its name (`The RMW union`) or heading it; that name,
     * the first capitalised run right before the noun there. Only the next sentence: further on, `a union` may be
     * any union.
     */
    private static String namedNext(Doc d, int end, String head) {
        int sent = d.toks.get(end).sent;
        if (sent + 1 >= d.sentStart.length) {
            return null;
        }
        for (int k = d.sentStart[sent + 1] + 1; k < d.sentEnd[sent + 1] && k < d.toks.size(); k++) {
            Tok t = d.toks.get(k);
            if (t.type == Tok.WORD && t.low.equals(head)) {
                Tok before = d.toks.get(k - 1);
                if (t.cap || before.type != Tok.WORD || !before.cap || Words.endsWithPossessive(before)) {
                    return null; // `The Kessmart union` is fine; `Kessmart's union`, `a Union` are not this reading
                }
                int[] run = d.names.lastCapRun(d.sentStart[sent + 1], k - 1);
                Name nm = run == null ? null : d.names.classify(run[0], run[1]);
                return nm != null && nm.kind == SpeakerKind.ORGANIZATION ? nm.canonical : null;
            }
        }
        return null;
    }

    /** `Veltrian Electoral Commission`, `Ministry of Water Resources`: the name's head is this noun. */
    private static boolean headed(String name, String head) {
        String[] w = name.toLowerCase(Locale.ROOT).split(" ");
        int of = 1;
        while (of < w.length && !w[of].equals("of") && !w[of].equals("for")) {
            of++;
        }
        return w.length > 1 && (w[w.length - 1].equals(head) || of < w.length && w[of - 1].equals(head));
    }
}
