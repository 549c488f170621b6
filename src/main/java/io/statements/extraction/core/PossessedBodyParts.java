package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule body-part-speaks-for-body (session n66b): `Oxfam International's regional offices in West Africa called`,
 * `the Harbour Board's press office said`: an office, a branch or a wing a body owns speaks for that body, so the
 * speaker is the owner's name; read as a phrase, the place after the part (`West Africa`) or the possessive glued to
 * the next word (`Oxfam International's regional`, the part noun then taken for the verb) became the speaker. Only
 * an owner the index reads as an organisation (`Tom Reyes's office` is the person's, which other rules decide), and
 * only lower-case words between the possessive and the part noun.
 */
final class PossessedBodyParts {
    /** Parts of a body that speak for it. */
    private static final Set<String> PARTS = Lexicon.words("""
            office offices branch branches bureau bureaus wing chapter chapters headquarters secretariat section""");

    private PossessedBodyParts() {
    }

    /** {@code found} when not null; else the owning body when the mention [a, b] is `Body's [words] part`, or null. */
    static Speaker or(Doc d, int a, int b, Speaker found) {
        if (found != null || b - a < 1) {
            return found;
        }
        List<Tok> toks = d.toks;
        int p = a;
        while (p < b && !(toks.get(p).cap && Words.endsWithPossessive(toks.get(p)))) {
            p++; // the quick rejection: most mentions hold no possessive
        }
        if (p >= b || p - a > 6) {
            return null;
        }
        int k = p + 1;
        while (k <= b && k - p <= 4 && toks.get(k).type == WORD && !toks.get(k).cap && !PARTS.contains(toks.get(k).low)) {
            k++;
        }
        boolean part = k <= b ? PARTS.contains(toks.get(k).low) && !toks.get(k).cap
                : k == b + 1 && k < toks.size() && toks.get(k).type == WORD && PARTS.contains(toks.get(k).low);
        if (!part) {
            return null;
        }
        int[] run = d.names.lastCapRun(a, p);
        Name owner = run == null ? null : d.names.classify(run[0], run[1]);
        // `X International` (charities, federations) is a body's name the index may read as a person's
        boolean body = owner != null && (owner.kind == SpeakerKind.ORGANIZATION || run[1] > run[0]
                && Words.lowStripped(toks.get(run[1])).equals("international"));
        if (!body || Lexicon.PLACES.contains(Lexicon.lower(owner.canonical)) || Lexicon.isRegion(owner.canonical)) {
            return null; // a person's office, a country's embassy branch: not this rule's
        }
        return new Speaker(toks.get(a).s, toks.get(b).e, d.s.substring(toks.get(a).s, toks.get(b).e), owner.canonical,
                SpeakerKind.ORGANIZATION, null);
    }
}
