package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule quoted-as-saying: the person quoted is the speaker, the document, agency or outlet that quotes them a relay.
 * Active (lead, session 46): `A statement from the ministry quoted Reza Karimi as saying: "..."`, `state media quoted
 * the minister as saying that ...`: the person between `quoted` and `as saying`, not the subject of `saying`.
 * Passive (session names44): `"A," Ann Loy was quoted as saying (by the Gazette).`: the subject of `was quoted`.
 * Session n74d, rule described-as-saying: `The Gazette describes Roe as calling it a "..."`: an outlet that describes
 * someone as saying or calling relays them like one that quotes them, so the person is the speaker, not the outlet.
 */
final class QuotedAsSaying {
    private QuotedAsSaying() {
    }

    private static final Set<String> QUOTING = Lexicon.words("quoted quoting quotes cited citing describes described");
    private static final Set<String> BE = Lexicon.words("was were is are been");

    /** The token of `saying` (or `telling`) when `quoted` at m follows a form of `be` (`was quoted as saying`), or -1. */
    static int passive(List<Tok> toks, int m, int cse) {
        return toks.get(m).low.equals("quoted") && m >= 1 && m + 2 <= cse && toks.get(m + 1).low.equals("as")
                && (toks.get(m + 2).low.equals("saying") || toks.get(m + 2).low.equals("telling"))
                && BE.contains(toks.get(m - 1).low) ? m + 2 : -1;
    }

    /** Verbs of an outlet that relays another's words: `M reported him as saying`, `M cited X as saying`. */
    private static final Set<String> RELAYING = Lexicon.words("reported reports quoted quotes cited cites");
    /** The longest object between the relaying verb and `as saying` (`Samoa's Director General of Health A B C`). */
    private static final int MAX_OBJECT = 12;

    /**
     * Rule relayed-object-after-quote (session n53c): `"...," the Gazette reported him as saying`, `"...," Radio K
     * cited the island's director of health Ana Lui as saying`: after the quote, the object of a relaying verb at m
     * before `as saying` / `as telling` is the speaker, the outlet only the relay. {first, last, token of `saying`}
     * or null. Any outlet, any object (a pronoun, a title with `of` and a name); no comma or stop between.
     */
    static int[] relayedObject(List<Tok> toks, int m, int cse) {
        if (!RELAYING.contains(toks.get(m).low) || toks.get(m).cap) {
            return null;
        }
        for (int k = m + 2; k + 1 <= cse && k - m <= MAX_OBJECT + 1; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || Words.isTerminal(t) || t.text.equals(",")) {
                return null;
            }
            String next = toks.get(k + 1).low;
            if (t.low.equals("as") && (next.equals("saying") || next.equals("telling"))) {
                return toks.get(k - 1).type == WORD ? new int[]{m + 1, k - 1, k + 1} : null;
            }
        }
        return null;
    }

    /** `reported him as saying` (token k `him`): the subject pronoun it stands for, or null. */
    static String objectPronoun(List<Tok> toks, int k) {
        if (k < 1 || k + 1 >= toks.size() || !RELAYING.contains(toks.get(k - 1).low)
                && !QUOTING.contains(toks.get(k - 1).low) || !toks.get(k + 1).low.equals("as")) {
            return null;
        }
        return switch (toks.get(k).low) { case "him" -> "he"; case "her" -> "she"; case "them" -> "they"; default -> null; };
    }

    /** The object of `quoted ... as` before the participle at cue (`[first, last]` token), or null. */
    static int[] object(List<Tok> toks, int cue, int ss) {
        if (cue - 3 < ss || !toks.get(cue - 1).low.equals("as") || toks.get(cue - 1).type != WORD) {
            return null;
        }
        int last = cue - 2, first = last;
        while (first > ss && first - 1 >= ss && last - first < 6 && toks.get(first - 1).type == WORD
                && toks.get(first - 1).qrole == OUT && !QUOTING.contains(toks.get(first - 1).low)
                && !Lexicon.PREPOSITIONS.contains(toks.get(first - 1).low)) { // `was quoted by IRNA as`: passive
            first--; // `quoted the foreign minister as`, `quoted Reza Karimi as`
        }
        boolean quoting = first - 1 >= ss && QUOTING.contains(toks.get(first - 1).low);
        return quoting && toks.get(last).type == WORD && toks.get(last).qrole == OUT ? new int[]{first, last} : null;
    }
}
