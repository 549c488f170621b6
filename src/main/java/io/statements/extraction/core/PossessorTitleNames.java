package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/** The end of a subject a possessor opens, read by {@link Clauses#sentenceSubject}. */
final class PossessorTitleNames {

    private PossessorTitleNames() {
    }

    /**
     * Rule possessor-title-name (session lead48): `Ostrava's top customs official Rami Haddad defended`, `Zentra's
     * chief executive Dora Paulsen said`: lower-case words from j ending in a title, then a name of two capitalised
     * words or more, are one subject with the possessor (it ended at `top`), a title or a noun of unnamed sources
     * (`official`, `spokeswoman`) alike; else the one word at j (`Vik's office`).
     */
    static int end(List<Tok> toks, Cues cueLex, int j, int limit) {
        for (int k = j; k <= limit && k - j < 4 && toks.get(k).type == WORD && !toks.get(k).cap
                && toks.get(k).qrole == OUT && !cueLex.isCueTok(k) && !Lexicon.PREPOSITIONS.contains(toks.get(k).low)
                && !Lexicon.CLAUSE_WORDS.contains(toks.get(k).low); k++) {
            int e = k + 1;
            while (e <= limit && Words.isNameTok(toks.get(e)) && toks.get(e).qrole == OUT && !Words.endsWithPossessive(toks.get(e))) {
                e++;
            }
            if (e - k > 2 && (RoleWords.isRole(toks.get(k)) || Lexicon.ANON_NOUNS.contains(toks.get(k).low))) {
                return e - 1;
            }
            int named = appositiveNameEnd(toks, k, limit);
            if (named > 0) {
                return named;
            }
        }
        return j;
    }

    /**
     * Session n69d, rule possessor-title-appositive: `Norland's defence minister, Ada Rusk, renewed her attack,
     * saying`, `Vik's lawyer, Tom Hale, argued that`: the title at k, a comma, a name of two capitalised words or more
     * and a closing comma are one subject with the possessor, whose name is the appositive's (it was `Norland's
     * defence`, the possessor and one word); the last token of the name, else -1.
     */
    private static int appositiveNameEnd(List<Tok> toks, int k, int limit) {
        if (k + 4 > limit || !toks.get(k + 1).text.equals(",")
                || !RoleWords.isRole(toks.get(k)) && !Lexicon.ANON_NOUNS.contains(toks.get(k).low)
                && !MentionHeads.ASSOCIATES.contains(toks.get(k).low)) {
            return -1;
        }
        int e = k + 2;
        while (e <= limit && Words.isNameTok(toks.get(e)) && toks.get(e).qrole == OUT
                && !Words.endsWithPossessive(toks.get(e))) {
            e++;
        }
        return e - (k + 2) >= 2 && e <= limit && toks.get(e).text.equals(",") ? e - 1 : -1;
    }
}
