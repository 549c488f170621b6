package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n76e, rule described-people-in-place: `the rebels in Niger warned`, `farm officials in Gabon said`, `a
 * nurse in Mali told`: a noun phrase with a lower-case head followed by `in` and a known place (or any capitalised
 * name after a noun for people: `clinic staff in Velmar`) describes people who are there; the speaker is the
 * description, and the place is only where they are. The phrase used to run on over the capitalised name (a
 * preposition before a capital is mostly inside a name, `Mr. Reyes of the Trust`), so the place became the speaker:
 * a borrowed name for a source the text never names. Counted before the rule: 14 such mentions in 14 articles of the
 * open news sets and PolNeAR. Not after a document noun (`an editorial in the Herald`: the publication is the
 * issuer), a government (`the government in Riyadh` speaks as its seat) nor a capitalised head (`Mayor Holt in
 * Eastbrook`).
 */
final class LocatedDescriptions {
    /** The longest place name read after `in`, in words (`New Hampshire`, `Central African Republic`). */
    private static final int PLACE_WORDS = 3;

    /** Heads for which a capital names the body: `the government in Riyadh` speaks as Riyadh. */
    private static final Set<String> SEATED = Lexicon.words("government governments regime administration authorities");

    private LocatedDescriptions() {
    }

    /**
     * Whether token k of the mention [a, b] is an `in` that ends the noun phrase: a lower-case non-document word
     * before it, and a known place (one to three capitalised words) right after it, or any capitalised word after a
     * noun for people.
     */
    static boolean endsBefore(List<Tok> toks, int a, int k, int b) {
        if (k <= a || k + 1 > b || !toks.get(k).low.equals("in")) {
            return false;
        }
        Tok head = toks.get(k - 1);
        String headLow = Words.stripPossessive(head.low);
        if (head.type != WORD || head.cap || SEATED.contains(headLow) || Lexicon.DOC_NOUNS.contains(headLow)
                || CourtParts.DOCUMENTS.contains(headLow) || FindingNouns.is(headLow)) {
            return false;
        }
        if (CommonHeads.personNoun(head) && toks.get(k + 1).type == WORD && toks.get(k + 1).cap) {
            return true; // `clinic staff in Velmar`: people, wherever the place is not listed
        }
        StringBuilder name = new StringBuilder();
        for (int j = k + 1; j <= b && j <= k + PLACE_WORDS; j++) {
            Tok t = toks.get(j);
            if (t.type != WORD || !t.cap) {
                break;
            }
            name.append(j > k + 1 ? " " : "").append(t.text);
            if (LocativePlaces.place(name.toString())) {
                return true;
            }
        }
        return false;
    }
}
