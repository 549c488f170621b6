package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n67a, rule one-of-named-member: `one of the trust's two administrators Ana Roe said`, `One of the
 * organisers, Ana Roe, said`: a share of one whose phrase ends in a person's name after its plural head (or a comma
 * after it) is that person, not the group named by the plural (the share's group had been `trust's two
 * administrators Ana Roe`). Only `one`: `two of the directors, A and B` are a pair, which other rules read.
 */
final class OneOfNamedMembers {
    private OneOfNamedMembers() {
    }

    /** The person the share at [a, b] names, with the share's mention; else {@code share} as it is. */
    static Speaker or(Doc d, SpeakerResolver resolver, int a, int b, Speaker share) {
        List<Tok> toks = d.toks;
        if (share == null || share.kind() != SpeakerKind.GROUP || !toks.get(a).low.equals("one") || b - a < 4
                || !toks.get(b).cap) {
            return share; // most shares: a number or a lower-case head last
        }
        int i = b;
        while (i - 1 > a && toks.get(i - 1).type == WORD && toks.get(i - 1).cap && !Words.endsWithPossessive(toks.get(i - 1))) {
            i--;
        }
        int before = toks.get(i - 1).text.equals(",") ? i - 2 : i - 1;
        Tok head = toks.get(before);
        if (b - i < 1 || b - i > 3 || head.type != WORD || head.cap || !head.low.endsWith("s")) {
            return share; // `one of the members of the Harbour Board`: a body after `the`, no person
        }
        Speaker person = resolver.resolve(i, b);
        if (person == null || person.kind() != SpeakerKind.PERSON || person.name() == null) {
            return share;
        }
        return new Speaker(share.ms(), share.me(), share.mention(), person.name(), SpeakerKind.PERSON, null);
    }
}
