package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * What `according to X` attributes in its sentence: the clause after it when it opens the sentence (also after a
 * connective or a colon: `In addition, according to X, ...`, `...: According to X, ...`), the clause before it when
 * it closes the sentence (`..., according to X.`), the whole sentence when it stands inside one (`Turnout,
 * according to the council, has doubled`), as PolNeAR marks it.
 */
final class AccordingToSpans {
    private static final Set<String> CONNECTIVES = Lexicon.words("""
            but and also so yet still in addition however instead moreover meanwhile indeed""");

    private final List<Tok> toks;
    private final Complements complements;

    AccordingToSpans(List<Tok> toks, Complements complements) {
        this.toks = toks;
        this.complements = complements;
    }

    /** [from, to] token range of the content for the `according` at cue with its noun phrase np, or null. */
    int[] content(int cue, int[] np, int ss, int se) {
        int afterNp = np[1] + 1;
        while (afterNp <= se && toks.get(afterNp).text.equals(",")) {
            afterNp++;
        }
        boolean clauseAfter = afterNp <= se && toks.get(afterNp).type == WORD;
        if (cue <= ss + 1 || toks.get(cue - 1).text.equals(":") || connectivesOnly(ss, cue) && clauseAfter) {
            int to = complements.complementEnd(afterNp, se);
            return afterNp <= se ? new int[]{afterNp, to} : null;
        }
        if (!toks.get(cue - 1).text.equals(",")) {
            return null;
        }
        if (clauseAfter && toks.get(np[1] + 1).text.equals(",")) {
            int to = se;
            while (to > afterNp && toks.get(to).type == PUNCT) {
                to--;
            }
            return new int[]{ss, to}; // `Turnout, according to the council, has doubled`
        }
        int to = cue - 2;
        while (to >= ss && toks.get(to).type == PUNCT) {
            to--;
        }
        return new int[]{ss, to};
    }

    /**
     * Rule according-to-appositive (session names37): `According to the company's chief executive, Fiona Drummond,
     * the plan ...`: a description of a person (its last word a title or a noun for a person) followed by a name of
     * two to four capitalised words between commas is one source, the name its apposition; the content starts after
     * it (it took the name, and the description was the speaker). Not `according to the report, New York ...`: the
     * description must be of a person.
     */
    static int[] withAppositiveName(List<Tok> toks, int[] np, int se) {
        Tok head = toks.get(np[1]);
        int comma = np[1] + 1;
        if (head.type != WORD || head.cap || comma > se || !toks.get(comma).text.equals(",")
                || !(head.has(WordBits.ROLE_WORD) || DefiniteDescriptions.PERSON_NOUNS.contains(head.low)
                || DefiniteDescriptions.TRADE_NOUNS.contains(head.low) || Lexicon.ANON_NOUNS.contains(head.low))) {
            return np;
        }
        int k = comma + 1;
        while (k <= se && k - comma <= 4 && toks.get(k).type == WORD && toks.get(k).cap && toks.get(k).qrole == OUT) {
            k++;
        }
        int words = k - comma - 1;
        if (words < 2 || words > 4 || k + 1 > se || !toks.get(k).text.equals(",")) {
            return np;
        }
        return new int[]{np[0], k - 1};
    }

    /** `In addition,`, `But,`: only connectives and commas before the cue. */
    private boolean connectivesOnly(int ss, int cue) {
        for (int i = ss; i < cue; i++) {
            Tok t = toks.get(i);
            if (!(t.text.equals(",") || t.type == WORD && CONNECTIVES.contains(t.low))) {
                return false;
            }
        }
        return true;
    }
}
