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
 * Session n75a: the person quoted stays the speaker when words stand between the name and `as saying` (an appositive,
 * a participle or prepositional phrase, a passive's agent or an adverb), which before gave the quote to the quoter.
 */
final class QuotedAsSaying {
    private QuotedAsSaying() {
    }

    private static final Set<String> QUOTING = Lexicon.words("quoted quoting quotes cited citing describes described");
    private static final Set<String> BE = Lexicon.words("was were is are been");

    /** Passive verbs of relaying: `X was quoted / cited / reported (by M) as saying`. */
    private static final Set<String> PASSIVE_RELAYS = Lexicon.words("quoted cited reported");

    /** `was reported earlier as saying`, `was quoted later as saying`. */
    private static boolean isAdverb(String w) {
        return w.equals("earlier") || w.equals("later") || w.equals("also") || w.endsWith("ly") && w.length() > 3;
    }

    /** The longest phrase between `was quoted` and `as saying` (`by the state news agency`, `in its statement`). */
    private static final int MAX_PASSIVE_PHRASE = 8;

    /**
     * The token of `saying` (or `telling`) when `quoted` at m follows a form of `be` (`was quoted as saying`), or -1.
     * Session n75a: also `was cited / reported as saying` and a phrase with a preposition or an adverb between (`was
     * quoted by the Gazette as saying`, `was cited in the ministry's statement as saying`, `was reported earlier as
     * saying`): the subject is still the person quoted.
     */
    static int passive(List<Tok> toks, int m, int cse) {
        if (!PASSIVE_RELAYS.contains(toks.get(m).low) || m < 1 || !BE.contains(toks.get(m - 1).low)) {
            return -1;
        }
        int as = m + 1;
        if (as <= cse && toks.get(as).type == WORD && !toks.get(as).low.equals("as")
                && (Lexicon.PREPOSITIONS.contains(toks.get(as).low) || isAdverb(toks.get(as).low))) {
            while (as <= cse && as - m <= MAX_PASSIVE_PHRASE + 1 && !toks.get(as).low.equals("as")) {
                Tok t = toks.get(as);
                if (t.qrole != OUT || Words.isTerminal(t) || t.text.equals(",")) {
                    return -1;
                }
                as++;
            }
        }
        return as + 1 <= cse && toks.get(as).low.equals("as")
                && (toks.get(as + 1).low.equals("saying") || toks.get(as + 1).low.equals("telling")) ? as + 1 : -1;
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
        if (!RELAYING.contains(toks.get(m).low) || toks.get(m).cap || m >= 1 && BE.contains(toks.get(m - 1).low)) {
            return null; // n75a: `X was cited by the Gazette as saying` is passive, its subject the speaker
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
        return quoting && toks.get(last).type == WORD && toks.get(last).qrole == OUT ? new int[]{first, last}
                : modifiedObject(toks, cue - 1, ss);
    }

    /** The furthest a relaying verb stands before `as` when a modifier keeps its object from `as`. */
    private static final int MAX_MODIFIED = 24;

    /**
     * Rule relayed-name-with-modifier (session n75a): `quoted Ida Berg, head of the trust, as saying`, `quoted Berg
     * recorded on a wiretap as saying`: an appositive set off by commas or a participle or prepositional phrase keeps
     * the name from `as`; the name right after the relaying verb is still the person quoted. Only a capitalised run
     * (a name, `Dr. Ida Berg`), so `quoted an aide to the mayor as saying` stays with the walk back from `as`.
     */
    private static int[] modifiedObject(List<Tok> toks, int as, int ss) {
        for (int v = as - 3; v >= ss && as - v <= MAX_MODIFIED; v--) {
            Tok t = toks.get(v);
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return null;
            }
            if (t.type != WORD || !QUOTING.contains(t.low)) {
                continue;
            }
            int first = v + 1, last = first;
            if (toks.get(first).type != WORD || !toks.get(first).cap) {
                return apposedName(toks, first, as); // `quoted the mill's owner, Ida Berg, as saying`
            }
            while (last + 1 < as && toks.get(last + 1).type == WORD && toks.get(last + 1).cap) {
                last++;
            }
            Tok after = toks.get(last + 1);
            boolean apposed = after.text.equals(",") && toks.get(as - 1).text.equals(",") && last + 2 < as - 1;
            boolean modified = after.type == WORD && !after.cap && (Lexicon.PREPOSITIONS.contains(after.low)
                    || after.low.length() > 4 && (after.low.endsWith("ed") || after.low.endsWith("ing")));
            return last + 1 < as && (apposed || modified) ? new int[]{first, last} : null;
        }
        return null;
    }

    /** `the mill's owner, Ida Berg, as`: the capitalised name between the last two commas before `as`, or null. */
    private static int[] apposedName(List<Tok> toks, int first, int as) {
        int last = as - 2, start = last;
        if (!toks.get(as - 1).text.equals(",") || last <= first) {
            return null;
        }
        while (start > first && toks.get(start).type == WORD && toks.get(start).cap) {
            start--;
        }
        return start > first && start < last && toks.get(start).text.equals(",") ? new int[]{start + 1, last} : null;
    }
}
