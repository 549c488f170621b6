package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule named-office (session names47): `Senator Lucille Varga's office said`, `a statement from Varga's office read`,
 * `the mayor's office said`: an office written with its holder's possessive speaks for that person, under the
 * person's name (the full name the text gives, or the holder of the title), as `his office` does ({@link
 * OrgAnaphora#officeOwner}); an owner that resolves to no person's name (`the agency's office`, a title nobody
 * holds in the text) keeps the mention as it stands.
 */
final class NamedOffices {

    private NamedOffices() {
    }

    /** The person whose office the mention [a, end] (head `office` at end) is, or null. */
    static String owner(List<Tok> toks, SpeakerResolver resolver, int a, int end) {
        Tok p = end - 1 >= a ? toks.get(end - 1) : null;
        if (p == null || p.type != WORD || !Words.endsWithPossessive(p)) {
            return null;
        }
        int s0 = end - 1;
        while (s0 - 1 >= a && toks.get(s0 - 1).type == WORD && (p.cap ? toks.get(s0 - 1).cap
                : !toks.get(s0 - 1).cap && !Lexicon.DETERMINERS.contains(toks.get(s0 - 1).low))) {
            s0--; // `House Speaker Paul Ryan's`, `the district attorney's`
        }
        if (!p.cap && (s0 - 1 < a || !Lexicon.DETERMINERS.contains(toks.get(s0 - 1).low))) {
            return null; // a lower-case owner needs its article: `the mayor's office`
        }
        Speaker sp = resolver.resolve(p.cap ? s0 : s0 - 1, end - 1);
        String name = sp == null ? null : sp.name();
        return sp != null && sp.kind() == SpeakerKind.PERSON && name != null && name.indexOf(' ') > 0
                && Character.isUpperCase(name.codePointAt(0)) && name.indexOf('\'') < 0
                && name.indexOf('\u2019') < 0 ? name : null;
    }
}
