package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule age-description (session names27): `said the 46-year-old`, `the 43-year-old asked` (`the` and an age as the
 * head) stands, like `the candidate`, for the person who spoke last or whom the sentence before is about
 * ({@link DefiniteDescriptions#antecedent}); the age was reported as the speaker's name. `a 21-year-old` introduces
 * someone else and keeps no name from it.
 * <p>
 * Rule age-holder (session names40): an age is the most specific description a story gives, so `the 79-year-old`,
 * `the 52-year-old former banker` is first the one person the article gave that age anywhere: `Ann Loy, 79,`, `Loy,
 * 79, said`, `79-year-old Ann Loy`, `Ann Loy (79)`, `Ann Loy, aged 79,`. Two people of one age leave the
 * description to the rule above.
 */
final class AgeDescriptions {

    private static final Pattern AGE = Pattern.compile("\\d{1,3}-year-old");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    /** Marks two people given one age: the age names nobody. */
    private static final String SEVERAL = "";

    private final Doc d;
    private Map<String, String> byAge; // `79` -> the one person given that age; built on first use

    AgeDescriptions(Doc d) {
        this.d = d;
    }

    /** True for the mention [a, end] `the 46-year-old` (perhaps with one adjective: `the retired 70-year-old`). */
    static boolean definite(List<Tok> toks, int a, int end) {
        return end - a >= 1 && end - a <= 2 && toks.get(a).low.equals("the") && AGE.matcher(toks.get(end).low).matches();
    }

    /** The one person the article gave the age a definite mention [a, end] carries (`the 52-year-old banker`), or null. */
    String holder(int a, int end) {
        List<Tok> toks = d.toks;
        if (end - a < 1 || end - a > 4 || !toks.get(a).low.equals("the")) {
            return null;
        }
        for (int k = a + 1; k <= end; k++) {
            if (toks.get(k).low.endsWith("-year-old") && AGE.matcher(toks.get(k).low).matches()) {
                String age = toks.get(k).low.substring(0, toks.get(k).low.indexOf('-'));
                String person = ages().get(age);
                return person == null || person.equals(SEVERAL) ? null : person;
            }
        }
        return null;
    }

    /**
     * Session names46, rule age-of-two: the article gave the age a definite mention [a, end] carries to two people
     * (`Sam Idowu, 34, and Petr Holub, 34,`): `the 34-year-old` fits both and names neither.
     */
    boolean several(int a, int end) {
        List<Tok> toks = d.toks;
        for (int k = a + 1; k <= end && end - a <= 4; k++) {
            String low = toks.get(k).low;
            if (low.endsWith("-year-old") && AGE.matcher(low).matches()) {
                return SEVERAL.equals(ages().get(low.substring(0, low.indexOf('-'))));
            }
        }
        return false;
    }

    /**
     * The kind of a description no rule resolved: an age (`the 34-year-old` that two people fit) stays a person
     * unnamed, as a title does, never a group; an anonymous noun (`officials`) is anonymous; else a group.
     */
    static SpeakerKind unresolvedKind(List<Tok> toks, int a, int end, String lastLow) {
        return Lexicon.ANON_NOUNS.contains(lastLow) || oneUnnamed(toks, a, end, lastLow) ? SpeakerKind.ANONYMOUS
                : definite(toks, a, end) ? SpeakerKind.PERSON : SpeakerKind.GROUP;
    }

    /** Nouns for one person no list of titles or sources holds. */
    static final java.util.Set<String> ONE_PERSON = Lexicon.words("""
            man woman boy girl relative neighbour neighbor friend passenger driver fan voter worker survivor victim
            shopper villager local""");

    /**
     * Session n49d, rule one-unnamed-kind: `a man who had driven from Pellham said`, `the relative said`: one person
     * the text never names is an unnamed source (kind ANONYMOUS, as `a spokesperson`), not a collective.
     */
    private static boolean oneUnnamed(List<Tok> toks, int a, int end, String lastLow) {
        String det = toks.get(a).low;
        return ONE_PERSON.contains(lastLow) && !toks.get(end).cap
                && (det.equals("a") || det.equals("an") || det.equals("the") || det.equals("one")
                || det.equals("another"));
    }

    private Map<String, String> ages() {
        if (byAge != null) {
            return byAge;
        }
        byAge = new HashMap<>();
        List<Tok> toks = d.toks;
        for (int i = 1; i + 1 < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.qrole != OUT) {
                continue;
            }
            if (i >= 2 && NUMBER.matcher(t.text).matches()) {
                String open = toks.get(i - 1).low, close = toks.get(i + 1).text;
                // `Ann Loy, 79,` / `Loy, 79, said` / `Ann Loy (79)`: the name before the age
                if (open.equals(",") && (close.equals(",") || close.equals(".")) || open.equals("(") && close.equals(")")) {
                    give(t.text, nameEndingAt(i - 2));
                } else if (open.equals("aged") && i >= 3 && toks.get(i - 2).text.equals(",")) {
                    give(t.text, nameEndingAt(i - 3)); // `Eoin Walsh, aged 51,`
                }
            } else if (t.type == WORD && AGE.matcher(t.low).matches() && toks.get(i + 1).cap) {
                give(t.low.substring(0, t.low.indexOf('-')), nameAt(i + 1)); // `79-year-old Ann Loy`
            }
        }
        return byAge;
    }

    private void give(String age, String person) {
        if (person != null) {
            byAge.merge(age, person, (was, now) -> was.equals(now) ? was : SEVERAL);
        }
    }

    /** The person named by the capitalised run (at most four words) ending at e, or null. */
    private String nameEndingAt(int e) {
        List<Tok> toks = d.toks;
        if (e < 0 || toks.get(e).type != WORD || !toks.get(e).cap) {
            return null;
        }
        int a = e;
        while (a - 1 >= 0 && e - a < 3 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap
                && toks.get(a - 1).sent == toks.get(e).sent) {
            a--;
        }
        return Name.personInFull(d.names, a, e);
    }

    /** The person named by the capitalised run (at most four words) starting at i, or null. */
    private String nameAt(int i) {
        List<Tok> toks = d.toks;
        int e = i;
        while (e + 1 < toks.size() && e - i < 3 && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        return Name.personInFull(d.names, i, e);
    }
}
