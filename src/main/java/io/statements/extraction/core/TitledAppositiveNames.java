package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n69d, rule titled-appositive-name: `Varga's deputy, board treasurer Ivo Lenz, said`, `the mayor's rival,
 * Northfield Sen. Rita Kalm, said`, `shop steward at Marlow Foods, Elena Brandt, said`. A singular description, a
 * comma, then a title with the modifiers a newspaper puts before it (a place, a body, `deputy`) and a person's full
 * name closing the mention (without a title, a name opening with a known given name): the apposition names the one
 * described, so the name, not the description, is the speaker. {@link TitleAppositives} already read a name right
 * after the comma or after `the`; the title run with a place or body in front of it (`Northfield Sen.`, `Fisheries
 * Secretary`, `HBK deputy governor`) was read as no name, and the speaker stayed the description (`the mayor's rival`).
 */
final class TitledAppositiveNames {
    private TitledAppositiveNames() {
    }

    /** The person the appositive after the comma at k names in mention [a, b], or null. */
    static String named(Doc d, int a, int k, int b) {
        List<Tok> toks = d.toks;
        if (k <= a || k + 2 > b || !singularDescription(toks, a, k - 1)) {
            return null;
        }
        int title = k;
        for (int j = k + 1; j < b && j - k <= 5; j++) {
            Tok t = toks.get(j);
            if (t.type != WORD || t.qrole != OUT) {
                return null; // a clause or another comma: not one title phrase
            }
            if (RoleWords.isRole(t)) {
                title = j;
            }
        }
        if (title == k && !PersonGenders.isFirstName(toks.get(k + 1).low)) {
            return null; // no title: only a given name shows a person (`His main firm at X, Morrow Shipping,`)
        }
        String name = d.titles.personAt(title + 1);
        return name != null && name.endsWith(toks.get(b).text) ? name : null;
    }

    /**
     * [a, e] describes one person: its head, the last word before its first preposition or else its last word, is a
     * lower-case singular noun (`running mate`, `deputy`, `shop steward at the Marlow Foods depot`). A plural head
     * (`Two analysts, X and Y`) or a name before the comma (`Ann Lee, Senator X`) is not one; nor is a body's
     * person after the preposition (`the family of Harbour Executive, X`), whom the name is about.
     */
    private static boolean singularDescription(List<Tok> toks, int a, int e) {
        int head = e;
        for (int m = a + 1; m <= e; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type == PUNCT && !t.text.equals("'s") && !t.text.equals("’s")) {
                return false;
            }
            if (head == e && t.type == WORD && !t.cap && Lexicon.PREPOSITIONS.contains(t.low)) {
                head = m - 1;
            }
        }
        if (head != e && (RoleWords.isRole(toks.get(e)) || CommonHeads.personWord(toks.get(e).low)
                || TitleAppositives.personNoun(toks.get(e).low))) {
            return false; // `The family of Harbour Executive, Ivo Lenz,`: the name is the executive's, not the family's
        }
        Tok h = toks.get(head);
        return h.type == WORD && !h.cap && h.low.length() > 2 && (!h.low.endsWith("s") || h.low.endsWith("ss"))
                && !Lexicon.PREPOSITIONS.contains(h.low) && !Lexicon.DETERMINERS.contains(h.low);
    }
}
