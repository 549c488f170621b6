package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n66c, rule title-case-dateline: many outlets write the dateline in title case, `Nairobi - "..."`, `Cape
 * Town – The council ...`, `Westvale, Kenya — ...`, where wires write `NAIROBI —`: a known place (or a place and its
 * country) opening a paragraph before a dash is where the story was filed, never the speaker of what follows. Only
 * known places: a name before a dash may be a speaker's label (`Ida Berg - "..."`).
 */
final class PlaceDatelines {

    private PlaceDatelines() {
    }

    /** Whether the words from i (a paragraph's first) to the dash at {@code dash} are a place in title case. */
    static boolean titleCase(List<Tok> toks, int i, int dash) {
        if (dash - i < 1 || dash - i > 5 || i > 0 && toks.get(i - 1).para == toks.get(i).para) {
            return false;
        }
        int comma = -1;
        for (int k = i; k < dash; k++) {
            Tok t = toks.get(k);
            if (t.text.equals(",") && comma < 0 && k > i && k + 1 < dash) {
                comma = k;
            } else if (t.type != WORD || !t.cap) {
                return false;
            }
        }
        return place(toks, i, comma < 0 ? dash - 1 : comma - 1) || comma > 0 && place(toks, comma + 1, dash - 1);
    }

    /** A place of one or two words the lexicons know: `Nairobi`, `Buenos Aires`, `Texas`. */
    private static boolean place(List<Tok> toks, int a, int b) {
        if (a == b) {
            String w = toks.get(a).low;
            return !PersonGenders.isFirstName(w) && (Lexicon.PLACES.contains(w) || Lexicon.REGIONS.contains(w));
        }
        if (b - a > 2) {
            return false;
        }
        String joined = toks.get(a).low + " " + toks.get(a + 1).low + (b > a + 1 ? " " + toks.get(b).low : "");
        return Lexicon.MULTIWORD_REGIONS.contains(joined) || Lexicon.WORLD_PLACES.contains(joined);
    }
}
