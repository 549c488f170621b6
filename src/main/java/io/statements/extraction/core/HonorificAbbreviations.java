package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule honorific-abbreviation (session n67e): `HH the Sultan`, `HRH Prince Ali`, `H.E. Ama Osei`: the abbreviated style
 * of a ruler, a royal or an envoy (His/Her Highness, His/Her Royal Highness, His/Her Excellency) is no name and no
 * organisation, though its capitals look like an acronym: the speaker is the title or name after it, and the style
 * alone names no one. `HE` counts only before `the` or a Title Case word (else it is a capitalised `he`).
 */
final class HonorificAbbreviations {
    private HonorificAbbreviations() {
    }

    private static final Set<String> STYLES = Set.of("HH", "HRH", "HIH", "HSH", "H.H.", "H.E.", "H.R.H.", "HE");

    /** Token {@code k} is an honorific style before a title or a name. */
    static boolean at(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (t.text.length() > 6 || !t.cap || !STYLES.contains(t.text) || k + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(k + 1);
        return next.type == Tok.WORD && next.sent == t.sent && (next.low.equals("the") || next.cap && !allCaps(next.text));
    }

    /** The speaker of a mention [a, b] that opens with a style: what follows it, or a title only after the mention. */
    static Speaker speaker(SpeakerResolver resolver, Doc d, int a, int b) {
        if (a < b) {
            return resolver.resolve(a + 1, b); // `HRH Prince Ali said`
        }
        List<Tok> toks = d.toks;
        int e = a + 1;
        if (toks.get(e).low.equals("the")) {
            e++;
        }
        while (e + 1 < toks.size() && toks.get(e + 1).cap && toks.get(e + 1).type == Tok.WORD && e - a < 5) {
            e++; // `HH the Sultan` as the subject, `HH` alone as the mention: the title after the style
        }
        if (e < toks.size() && toks.get(e).cap && toks.get(e).sent == toks.get(a).sent) {
            return resolver.resolve(a + 1, e);
        }
        Tok t = toks.get(a);
        return new Speaker(t.s, t.e, t.text, null, SpeakerKind.PERSON, null);
    }

    private static boolean allCaps(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
