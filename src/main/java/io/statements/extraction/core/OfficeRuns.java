package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule pronoun-not-office-or-place (session n59c): a capitalised run the mention index took for a person that names
 * an office, an award or a place of two words is no one `he` or `she` can stand for: `Chief Executive Officer` (of
 * `X Chairman and Chief Executive Officer (CEO), Ana Ruiz said`), `the Public Protector`, `won Best Actor`, `Liberia
 * and Sierra Leone`. The pronoun goes on to the next candidate, the person named. Seen in wire, broadsheet, regional
 * and entertainment copy of four real-news sets. An office is read from its words, whatever the office: every word
 * but the last a title or a modifier of offices (`chief`, `public`, `best`, `deputy`), the last a title, a role, a
 * trade or an agent noun in `-tor`/`-sor` (`Protector`, `Assessor`); no word a first name. A person's name keeps its
 * reading: `Dana Porter`, `Ivo Baker`, `Victor Hale`.
 */
final class OfficeRuns {
    private OfficeRuns() {
    }

    /** Words that qualify an office or an award before its noun. */
    private static final Set<String> MODIFIERS = Lexicon.words("""
            public best chief executive senior deputy acting interim vice supreme first general principal special
            national lead head high grand assistant associate joint finance financial operating technology""");

    private static final Set<String> COMPASS = Lexicon.words("west east north south central western eastern northern southern");

    private static final Set<String> CONTINENTS = Lexicon.words("africa asia europe america americas oceania");

    /** Offices no one bears as a last name: after any words without a first name, an office (`Kestrel President`). */
    private static final Set<String> OFFICES = Lexicon.words("""
            president chairman chairwoman chairperson minister secretary director governor spokesman spokeswoman
            spokesperson commissioner ambassador senator mayor premier officer ceo""");

    /** The last words of the places above (`leone`, `africa`), the one cheap look before the whole name's. */
    private static final Set<String> PLACE_ENDS = new java.util.HashSet<>(CONTINENTS);

    static {
        Lexicon.WORLD_PLACES.forEach(p -> PLACE_ENDS.add(p.substring(p.lastIndexOf(' ') + 1)));
        Lexicon.MULTIWORD_REGIONS.forEach(p -> PLACE_ENDS.add(p.substring(p.lastIndexOf(' ') + 1)));
        PLACE_ENDS.addAll(Lexicon.PLACES);
    }

    /** True when {@code name} (a mention's canonical name) names an office, an award or a two-word place. */
    static boolean is(String name) {
        return name != null && name.indexOf(' ') > 0 && is(name, Lexicon.lower(name.substring(name.lastIndexOf(' ') + 1)));
    }

    /** {@link #is(String)} for a name of two words or more whose last word, lower-cased, is {@code end}. */
    static boolean is(String name, String end) {
        if (!OFFICES.contains(end) && !Lexicon.TITLES.contains(end) && !RoleWords.ROLES.contains(end)
                && !NameDescriptors.isTrade(end) && !(end.length() > 6 && (end.endsWith("tor") || end.endsWith("sor")))
                && !PLACE_ENDS.contains(end)) {
            return false; // most names: a last word that ends no office and no place (asked for every name run)
        }
        String low = Lexicon.lower(name);
        if (Lexicon.WORLD_PLACES.contains(low) || Lexicon.MULTIWORD_REGIONS.contains(low)) {
            return true; // `cases in Liberia and Sierra Leone. ... she said`: a country is no `she`
        }
        String[] w = low.split(" ");
        if (w.length == 2 && COMPASS.contains(w[0]) && (CONTINENTS.contains(w[1]) || Lexicon.PLACES.contains(w[1]))) {
            return true; // `spread across West Africa`, `Northern Nigeria`: a region
        }
        if (!Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (String word : w) {
            if (PersonGenders.isFirstName(word)) {
                return false; // `Ruth President`: a person after all
            }
        }
        String last = w[w.length - 1];
        if (OFFICES.contains(last)) {
            return true; // `Kestrel Chairman and Chief Executive Officer`: a firm's office, no one's last name
        }
        for (int k = 0; k < w.length - 1; k++) {
            if (!MODIFIERS.contains(w[k]) && !Lexicon.TITLES.contains(w[k]) && !RoleWords.ROLES.contains(w[k])) {
                return false;
            }
        }
        return Lexicon.TITLES.contains(last) || RoleWords.ROLES.contains(last) || NameDescriptors.isTrade(last)
                || last.length() > 6 && (last.endsWith("tor") || last.endsWith("sor"));
    }
}
