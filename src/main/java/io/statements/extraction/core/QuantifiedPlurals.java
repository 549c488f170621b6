package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule quantified-plural (session n56a): `some Greens now think`, `many Liberals believe`: a quantifier before one
 * capitalised plural names a group of the party's or the nation's people, never the person or body whose longer name
 * opens with that word (`some Greens` was `Greens Abroad`, a primary the story named, once rule
 * mention-verb-tail cut `now` off). Only when the text's names would read the plural as that longer name; otherwise
 * the mention resolves as before.
 */
final class QuantifiedPlurals {

    private QuantifiedPlurals() {
    }

    /** {@code share} when there is one, else the group `some Greens` at [a, b] names, or null. */
    static Speaker or(Doc d, int a, int b, Speaker share) {
        if (share != null || b != a + 1) {
            return share;
        }
        Tok q = d.toks.get(a), w = d.toks.get(b);
        if (!QUANTIFIERS.contains(q.low) || w.type != WORD || !w.cap || !w.low.endsWith("s") || w.low.endsWith("ss")
                || Words.endsWithPossessive(w)) {
            return null;
        }
        Name nm = d.names.classify(b, b);
        if (nm == null || nm.canonical == null || !nm.canonical.startsWith(w.text + " ")) {
            return null;
        }
        return new Speaker(q.s, w.e, d.s.substring(q.s, w.e), w.text, SpeakerKind.GROUP, null);
    }

    private static final Set<String> QUANTIFIERS = Lexicon.words("some many most several few other more fewer");
}
