package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule place-named-body (session n61a): a capitalised run that opens with a place of two words and goes on with
 * more capitalised words (`Sri Lanka Rowing`, `New Zealand Weekly Courier`, `South Africa Tourism`) names a body,
 * never a person: no person's name opens with a country or a city. Read as a person, the place's first word could
 * be stripped as an honorific (`Sri` in `Sri Lanka`, leaving `Lanka Rowing`), and a later `he` or `she` resolved to
 * the body. Not when a title, a party word or a known first name follows the place (`New Zealand Prime Minister X`,
 * `New York Democrat X`, `South Korea's X`): those describe the person named after them. The place alone (`in Sri
 * Lanka`) is classified as a one-word place is, not as a person `Lanka`.
 */
final class PlaceNamedBodies {
    /** Words of a party or side that describe a person after a place (`New Jersey Democrat X`). */
    private static final Set<String> SIDES = Lexicon.words("""
            democrat democrats republican republicans labour liberal conservative socialist independent green""");

    /** The first words of the two-word places (`sri`, `new`, `south`): a quick test before the pair is built. */
    private static final Set<String> FIRST_WORDS = firstWords();

    private static Set<String> firstWords() {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> places : List.of(Lexicon.WORLD_PLACES, Lexicon.MULTIWORD_REGIONS)) {
            for (String p : places) {
                int space = p.indexOf(' ');
                if (space > 0 && p.indexOf(' ', space + 1) < 0) {
                    out.add(p.substring(0, space));
                }
            }
        }
        return new WordListSet(out); // a probe of hashes, not Set.copyOf's compare of every word it passes
    }

    private PlaceNamedBodies() {
    }

    /**
     * Session n67d, rule sport-place-body: a sport and the place whose sport it governs (`Hockey Norland`, `Cricket
     * West Vessia`, `Athletics Kenya`) name that sport's national body: no person is called after a sport and a
     * country, and read as a person `the organization` after it found no body.
     */
    private static final Set<String> SPORTS = Lexicon.words("""
            hockey cricket rugby football soccer athletics tennis golf cycling swimming rowing netball basketball
            volleyball baseball softball boxing gymnastics skiing sailing badminton squash triathlon""");

    /** Whether the run [a, b] is a sport before a place that closes the run (one word, or two). */
    static boolean sportBody(List<Tok> toks, int a, int b) {
        if (b - a < 1 || b - a > 2 || !SPORTS.contains(toks.get(a).low) || toks.get(b).type != WORD) {
            return false; // most runs open with no sport: decided on the first word
        }
        String last = Words.stripPossessive(toks.get(b).text);
        String place = b - a == 1 ? Lexicon.lower(last) : toks.get(a + 1).low + " " + Lexicon.lower(last);
        return b - a == 1 ? Lexicon.PLACES.contains(place) : Lexicon.WORLD_PLACES.contains(place)
                || Lexicon.MULTIWORD_REGIONS.contains(place);
    }

    /** Whether the run [a, b] is the two-word place itself (`Sri Lanka`, a place) or a body named after it. */
    static boolean named(List<Tok> toks, int a, int b) {
        if (b - a < 1 || toks.get(a).type != WORD || toks.get(a + 1).type != WORD || toks.get(a + 1).text.endsWith("'s")) {
            return false;
        }
        if (!FIRST_WORDS.contains(toks.get(a).low)) {
            return false; // most runs: no two-word place opens them, and no string is built to find that out
        }
        String place = toks.get(a).low + " " + toks.get(a + 1).low;
        if (!Lexicon.WORLD_PLACES.contains(place) && !Lexicon.MULTIWORD_REGIONS.contains(place)) {
            return false;
        }
        for (int k = a + 2; k <= b; k++) {
            Tok t = toks.get(k);
            String w = t.low.replace(".", "");
            if (t.type != WORD || Lexicon.TITLES.contains(t.low) || Lexicon.TITLES.contains(w) || RoleWords.isRole(t)
                    || SIDES.contains(w) || PersonGenders.isFirstName(t.low)) {
                return false;
            }
        }
        return true;
    }
}
