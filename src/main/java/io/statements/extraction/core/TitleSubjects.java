package io.statements.extraction.core;

import java.util.List;

/**
 * Session n62a, rule title-subject-holder: `The minister visited the clinic on Tuesday. "...," she said.` A pronoun
 * continues the subject of the sentence before even when that subject is a definite title rather than a name; the
 * person is the title's holder ({@link PersonTitles}), named before or after. Only `the` + a title (`the minister`;
 * not `a minister`, nor `the harbour chief`, whose modifier may mark another office than the holder's), followed by
 * its verb; only when the article gives that title to one person (its first and last holder are the same: with two
 * ministers the title says nobody), named in full, whose gender does not conflict with the pronoun.
 */
final class TitleSubjects {
    private TitleSubjects() {
    }

    /** The one holder of the title subject [subj[0], subj[1]] (within the clause up to pe), or null. */
    static Speaker holder(Doc d, SpeakerResolver resolver, int[] subj, int pe, char want) {
        List<Tok> toks = d.toks;
        int a = subj[0], b = subj[1];
        if (b != a + 1 || b + 1 > pe || toks.get(b + 1).type != Tok.WORD || d.titles == null
                || !toks.get(a).low.equals("the") || !RoleWords.ROLES.contains(toks.get(b).low)
                || Lexicon.ANON_NOUNS.contains(toks.get(b).low)) {
            return null;
        }
        if (toks.get(b).cap || Words.endsWithPossessive(toks.get(b))) {
            return null;
        }
        String role = toks.get(b).low;
        String first = d.titles.holder(role, 0), last = d.titles.holder(role, Integer.MAX_VALUE);
        if (first == null || !first.equals(last) || !first.contains(" ")) {
            return null;
        }
        Speaker sp = resolver.resolve(a, b);
        return sp != null && first.equals(sp.name()) && sp.kind() == SpeakerKind.PERSON
                && (want == '?' || !d.genders.conflicts(first, want)) ? sp : null;
    }
}
