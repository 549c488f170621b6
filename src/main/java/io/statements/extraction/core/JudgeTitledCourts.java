package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66a, rule court-before-judge-title: court reporting often names the court only as the first words of its
 * judge's title (`Seoul Eastern District Court Judge X sentenced ...`, `High Court Justice Y`), a run the name index
 * reads as one person's name, so it holds no court. `the court` later is still that court: the capitalised run
 * ending in (or holding) `Court` or `Tribunal` right before a judge's title, the latest one before the mention.
 */
final class JudgeTitledCourts {
    /** Titles of a person who sits in a court. */
    private static final Set<String> TITLES = Lexicon.words("judge justice magistrate");
    /** The words that make a run a court's name. */
    private static final Set<String> COURT_WORDS = Lexicon.words("court tribunal");
    /** How far back (in characters) the court may be named: the article so far, about. */
    private static final int REACH = 6000;

    private JudgeTitledCourts() {
    }

    /** The court named before a judge's title before the char offset ms, within reach; null when none. */
    static String before(Doc d, int ms) {
        List<Tok> toks = d.toks;
        String found = null;
        for (int k = Math.max(2, d.tokenAt(Math.max(0, ms - REACH))); k < toks.size() && toks.get(k).s < ms; k++) {
            Tok t = toks.get(k);
            if (!t.cap || t.type != Tok.WORD || !TITLES.contains(t.low) || !toks.get(k - 1).cap
                    || t.qrole != Tok.OUT) {
                continue; // the quick rejections first: a capitalised `Judge` after a capitalised word
            }
            int from = k - 1;
            boolean court = false;
            while (from >= 0 && toks.get(from).type == Tok.WORD && toks.get(from).sent == t.sent && k - from <= 7
                    && (toks.get(from).cap || toks.get(from).low.equals("of") && from > 0 && toks.get(from - 1).cap)) {
                court |= COURT_WORDS.contains(toks.get(from).low);
                from--;
            }
            from++;
            if (from < k && Lexicon.DETERMINERS.contains(toks.get(from).low)) {
                from++; // `The Harwick Court Judge X`: the article is no part of the name
            }
            if (court && k - from >= 2 && !COURT_WORDS.contains(toks.get(from).low)) {
                found = d.s.substring(toks.get(from).s, toks.get(k - 1).e); // `Tessen District Court`, not `Court`
            }
        }
        return found;
    }
}
