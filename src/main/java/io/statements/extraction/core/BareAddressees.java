package io.statements.extraction.core;

import java.util.List;

/**
 * Rule bare-addressee (session n66f): `..., a priest has told worshippers at Mass.`, `..., the minister told
 * parliament on Tuesday.`: after a verb of telling, one lower-case noun followed by the sentence's end, a comma, a
 * preposition or a time word is whom the speaker told, an adjunct like `reporters`, and the clause before the comma
 * is what was told (with the quotes in it). Not a clause (`told them the deal was off`, `told staff that ...`), which
 * goes on with words of its own, nor an infinitive (`asked readers to guess`).
 */
final class BareAddressees {

    private BareAddressees() {
    }

    /** True when the token at m (right after the verb of telling) is a bare addressee. */
    static boolean at(List<Tok> toks, int m, int se) {
        Tok f = toks.get(m);
        if (f.type != Tok.WORD || f.cap || f.qrole != Tok.OUT || Lexicon.CLAUSE_WORDS.contains(f.low) || m + 1 > se) {
            return false;
        }
        Tok n = toks.get(m + 1);
        return Words.isTerminal(n) || n.text.equals(",") || n.type == Tok.WORD && !n.low.equals("that")
                && !n.low.equals("to") && (Lexicon.PREPOSITIONS.contains(n.low) || Lexicon.TIME_WORDS.contains(n.low));
    }
}
