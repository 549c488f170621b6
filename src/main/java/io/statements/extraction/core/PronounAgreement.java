package io.statements.extraction.core;

import java.util.regex.Pattern;

/**
 * Rule pronoun-number-and-kind (session names45): `he` and `she` stand for one person, so a name the mention index
 * took for a person is no antecedent of theirs when it is a people's plural (`The enthusiasm of Nigerians is high.
 * ... He said`, `Kenyans`, `Filipinos`) or a place the text names as one (`the village of Alto Verde`, `Alto Verde
 * County`): the pronoun goes to the next candidate, as it does past an organisation.
 */
final class PronounAgreement {

    private PronounAgreement() {
    }

    /** Nouns that introduce a place by name: `the village of X`, `the district of X`. */
    private static final Pattern PLACE_OF = Pattern.compile(
            "\\b(?:village|town|city|district|county|province|region|state|municipality|island|suburb|township|"
                    + "community|settlement|capital|port|enclave|governorate|prefecture|ward) of ");

    /** True when {@code name} cannot be what `he`/`she` stands for: a plural of a people or a place of the text. */
    static boolean noOnePerson(Doc d, String name) {
        return name != null && (peoplePlural(name) || namedAsPlace(d, name));
    }

    /**
     * One capitalised word naming a people in the plural: `-ians`, `-eans`, `-ans` of seven letters or more
     * (`Nigerians`, `Koreans`, `Kenyans`; a surname such as `Evans` is shorter), `-inos` (`Filipinos`).
     */
    static boolean peoplePlural(String name) {
        if (name.indexOf(' ') >= 0 || name.length() < 7 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        return name.endsWith("ians") || name.endsWith("eans") || name.endsWith("ans") || name.endsWith("inos");
    }

    /** The text names {@code name} after a place noun and `of` (`the village of Alto Verde`). */
    static boolean namedAsPlace(Doc d, String name) {
        if (name.indexOf(' ') < 0 && !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int at = d.s.indexOf(name); at >= 0; at = d.s.indexOf(name, at + 1)) {
            int from = Math.max(0, at - 16);
            if (PLACE_OF.matcher(d.s.substring(from, at)).find() && d.s.substring(from, at).endsWith("of ")) {
                return true;
            }
        }
        return false;
    }
}
