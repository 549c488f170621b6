package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/** Who owns what a possessive names (`his campaign`, `her office`, `Sanders' campaign`): the person, by full name. */
final class PossessiveOwners {
    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;

    PossessiveOwners(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = resolver;
    }

    /** Who owns the `campaign` at k: `his`/`her` resolved, `Sanders'`/`Clinton` a person's name; else null. */
    String ownerBefore(int k, boolean office) {
        Tok t = toks.get(k - 1);
        if (t.low.equals("his") || t.low.equals("her")) {
            Speaker sp = resolver.resolvePossessivePronoun(k - 1);
            Character want = t.low.equals("his") ? 'M' : 'F';
            if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")) {
                return null;
            }
            Character g = d.genders.of(sp.name());
            // `Her campaign` is no man's; rule office-of-unknown-gender (session names45): `Governor Malik Hassan
            // signed the bill. "...," his office said`: a first name no list knows, named in the sentence or the
            // one before, is no other gender (`his campaign` after a quote of a pollster: not his)
            return want.equals(g) || office && g == null && namedJustBefore(sp.name(), k) ? sp.name() : null;
        }
        if (t.type != WORD || !t.cap) {
            return null;
        }
        Name nm = d.names.classify(k - 1, k - 1);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")
                ? nm.canonical : null;
    }

    /** The last word of {@code name} stands in the sentence of token k or the one before, before k. */
    private boolean namedJustBefore(String name, int k) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int si = toks.get(k).sent, from = d.sentStart[Math.max(0, si - 1)];
        for (int i = k - 1; i >= from; i--) {
            if (toks.get(i).text.equals(last)) {
                return true;
            }
        }
        return false;
    }
}
