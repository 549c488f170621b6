package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n68d, rule it-not-locative-place: an `it` stands for a body that acts or speaks, the subject of a clause,
 * not for a country or city the text names only as where something is (`passengers flown home from Turkey`,
 * `the bank's offices in Washington`, `hotels in Spain and Greece`) or as the owner of a named body
 * (`Japan's Foyle Metals`, whose `it` is the firm). The name index files many places as organisations (a
 * government may speak as `China`), so the last organisation named before an `it` was often such a place; a place
 * in these two positions is passed over and the walk goes on to the body named before it. A place that is a clause's subject (`Japan said it would ...`) still
 * counts: only the word before the name and the possessive after it are read.
 */
final class LocativePlaces {
    /** Words that put the name after them as a location: `in`, `from`, `across`, `southern`. */
    private static final Set<String> LOCATIVES = Lexicon.words("""
            in near from across into inside outside throughout within around southern northern eastern western
            central""");

    private LocativePlaces() {
    }

    /**
     * Whether name mention {@code name} starting at token {@code tok} is a known place written as a location or as
     * the owner of the capitalised name after it.
     */
    static boolean locative(Doc d, int tok, String name) {
        if (name == null || tok < 0 || tok >= d.toks.size() || !place(name)) {
            return false; // most mentions: the set look-up rejects them
        }
        for (int k = tok - 1; k >= 0 && k >= tok - 8; k--) { // `in Spain and Greece`: back over a list of places
            Tok t = d.toks.get(k);
            if (LOCATIVES.contains(t.low)) {
                return true;
            }
            if (!(t.low.equals("and") || t.low.equals("or") || t.text.equals(",") || t.cap && place(t.text))) {
                break;
            }
        }
        for (int k = tok; k < d.toks.size() && k <= tok + 3 && d.toks.get(k).cap; k++) {
            Tok t = d.toks.get(k);
            if (!Words.stripPossessive(t.text).equals(t.text)) { // `Japan's Foyle Metals`: the owner of a named body
                return k + 1 < d.toks.size() && d.toks.get(k + 1).cap && d.toks.get(k + 1).type == Tok.WORD
                        && d.toks.get(k + 1).sent == t.sent;
            }
        }
        return false;
    }

    static boolean place(String name) {
        String low = Lexicon.lower(name);
        return Lexicon.PLACES.contains(low) || Lexicon.WORLD_PLACES.contains(low) || Lexicon.isRegion(name);
    }
}
