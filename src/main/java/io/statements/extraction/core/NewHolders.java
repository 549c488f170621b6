package io.statements.extraction.core;

import java.util.List;

/**
 * Session n67d, rule new-title-new-holder: after an election or a handover a story names two holders of one office,
 * the new one (`X is the new president of the club`, `newly elected chair Y`) and the one before (`the incumbent Z`,
 * `the current president of the regional body`). `the new president` is the one the text gave the title with `new`,
 * not whichever holder was named last: of those given the title so, the one nearest before the mention (a story may
 * spell the new holder's name two ways); when nobody was, the usual reading.
 */
final class NewHolders {
    private NewHolders() {
    }

    /** The one holder of {@code role} given it with `new`/`newly` (up to three words before the title), or null. */
    static String holder(Doc d, int a, int end, String role) {
        List<Tok> toks = d.toks;
        if (!isNew(toks, a, end)) {
            return null; // the usual mention: no `new` in it
        }
        String found = null;
        int ms = toks.get(a).s;
        for (PersonTitles.Holder h : d.titles.given(role)) {
            int t = d.tokenAt(h.pos());
            if (isNew(toks, Math.max(t - 3, 0), t)) {
                if (found != null && h.pos() > ms) {
                    break; // the one given it nearest before the mention (else the first after)
                }
                found = h.name();
            }
        }
        return found;
    }

    /** Whether a lower-case `new`/`newly` stands among the words before the title at {@code end}, back to {@code a}. */
    private static boolean isNew(List<Tok> toks, int a, int end) {
        for (int k = end - 1; k >= a && toks.get(k).sent == toks.get(end).sent && toks.get(k).type == Tok.WORD; k--) {
            if (!toks.get(k).cap && (toks.get(k).low.equals("new") || toks.get(k).low.equals("newly"))) { // not `New Jersey`
                return true;
            }
        }
        return false;
    }
}
