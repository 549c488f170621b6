package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n67c, rule clipped-place-not-person: place names from many languages hold a lower-case particle between
 * capitalised words (`Port es Rana`, `Villa del Mar`, `Bandar di Laut`); a capitalised run that a sentence subject
 * ends on right before such a particle and another capitalised word was cut out of the longer name (`Port es Rana
 * Regional Governor Samuel Otieku expressed ...`: the subject read is `Port`), so it names no person a later
 * `he`/`she` could mean; the person the longer run ends on is found by the resolver's later steps.
 */
final class ClippedPlaceNames {
    /** Particles inside place names: Spanish, Portuguese, Italian, French, Arabic, Malay, Dutch, Swahili-coast. */
    private static final Set<String> PARTICLES = Lexicon.words("es de del della da das do dos du di el al la le van von der");

    private ClippedPlaceNames() {
    }

    /** Whether the capitalised run ending at token {@code last} is cut off by a particle and a capitalised word. */
    static boolean cut(List<Tok> toks, int last, int limit) {
        if (last + 2 > limit || last + 2 >= toks.size()) {
            return false;
        }
        Tok particle = toks.get(last + 1), next = toks.get(last + 2);
        return !particle.cap && particle.type == WORD && next.cap && next.type == WORD && PARTICLES.contains(particle.low);
    }
}
