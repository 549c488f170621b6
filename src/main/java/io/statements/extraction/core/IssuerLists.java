package io.statements.extraction.core;

import java.util.List;

/**
 * Session n51a, rule joint-issuers: a document issued by several people or bodies named in a list (`Finance Minister
 * A, central bank governor B and fund chair C released a joint statement`, `The A Board and the B Trust issued a
 * statement`) is given to the first named, as {@link CoordinatedNames}' first-of-list gives `A, B and C said` to A;
 * the list must run from the sentence's start to the issuing verb, joined by `and`, every member ending in a
 * capitalised word, so that a leading adjunct (`In Halden, Mayor A released`), an appositive (`A, B,`) or an object
 * (`A met B and issued`) is no list.
 */
final class IssuerLists {
    private IssuerLists() {
    }

    /** The first member of a list subject opening the sentence at {@code ss} before the verb at {@code verb}, or null. */
    static Speaker first(Doc d, int ss, int verb) {
        List<Tok> toks = d.toks;
        if (Lexicon.PREPOSITIONS.contains(toks.get(ss).low)) {
            return null; // `In Washington, President X released a statement`: an adjunct, no list
        }
        int firstEnd = -1, members = 1;
        boolean and = false;
        for (int k = ss; k < verb; k++) {
            Tok t = toks.get(k);
            if (t.qrole != Tok.OUT || t.type != Tok.WORD && !t.text.equals(",")) {
                return null;
            }
            boolean joint = t.text.equals(",") || t.low.equals("and");
            if (joint && (k == ss || !toks.get(k - 1).cap || toks.get(k - 1).type != Tok.WORD)) {
                return null; // every member ends in a capitalised word: `Minister A,`, `the B Trust and`
            }
            and |= t.low.equals("and");
            if (joint && !(t.text.equals(",") && toks.get(k + 1).low.equals("and"))) {
                members++;
                firstEnd = firstEnd < 0 ? k - 1 : firstEnd;
            }
        }
        if (firstEnd < 0 || members < 2 || !and || !toks.get(verb - 1).cap || !toks.get(verb - 2).cap && members < 3) {
            return null;
        }
        Speaker sp = d.resolver.resolve(ss, firstEnd);
        boolean named = sp != null && sp.name() != null && SpeakerNames.isName(sp.name(), sp.kind())
                && (sp.kind() == SpeakerKind.ORGANIZATION || sp.kind() == SpeakerKind.PERSON && sp.name().indexOf(' ') > 0);
        return named ? new Speaker(sp.ms(), toks.get(verb - 1).e, d.s.substring(sp.ms(), toks.get(verb - 1).e), sp.name(),
                sp.kind(), null) : null;
    }
}
