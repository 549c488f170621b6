package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names46, rule capital-person-name: regional and agency copy sometimes writes a person's name in capitals
 * in body text (`JOHN SMALLEY, the mayor, said`, `said MARIA LOPEZTA`); each word then reads as an acronym and the
 * run as an organisation. Two or three words in capitals are a person's name when the first is a known first name,
 * or when an appositive that describes a person follows (`, the mayor,`, `, 52,`). A single word in capitals
 * (`NATO`, `UNICEF`) and a run holding an organisation word (`NATIONAL GRID PLC`) stay organisations.
 */
final class CapitalNames {
    private CapitalNames() {
    }

    /** Whether the run [a, b] is a person's name written in capitals. */
    static boolean person(List<Tok> toks, int a, int b) {
        if (b - a < 1 || b - a > 2) {
            return false;
        }
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.text.length() < 2 || !Words.isAcronym(t.text) || t.text.indexOf('.') >= 0
                    || Lexicon.ORG_WORDS.contains(t.low) || Lexicon.TITLES.contains(t.low)) {
                return false;
            }
        }
        return PersonGenders.isFirstName(toks.get(a).low) || describedAsPerson(toks, b + 1);
    }

    /** `, the mayor,`, `, a farmer who`, `, 52,`: an appositive of a person right after the name. */
    private static boolean describedAsPerson(List<Tok> toks, int comma) {
        if (comma + 2 >= toks.size() || !toks.get(comma).text.equals(",")) {
            return false;
        }
        Tok first = toks.get(comma + 1);
        if (Words.isNumber(first.text)) {
            return toks.get(comma + 2).text.equals(","); // an age
        }
        if (!Lexicon.DETERMINERS.contains(first.low)) {
            return false;
        }
        for (int k = comma + 2; k < toks.size() && k <= comma + 5 && toks.get(k).type == WORD; k++) {
            if (RoleWords.isRole(toks.get(k)) || CommonHeads.personNoun(toks.get(k))) {
                return true;
            }
        }
        return false;
    }
}
