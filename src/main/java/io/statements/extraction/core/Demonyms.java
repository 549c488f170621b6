package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule demonym-description (lead, session 46): sports and foreign news refer back to a person by nationality, `the
 * Irishwoman added`, `said the Spaniard`, `the Kenyan told reporters`. Such a noun names one person of that country,
 * and the article rarely states the nationality, so no tie in the text explains it: like `the Utah Republican`
 * ({@link RoleMentions}), it is the person the text was just about, when that person's gender does not conflict with
 * a gendered noun (`the Frenchman` is not the woman quoted last). Only `the` + the noun: `the American team` has
 * another head, and plural forms (`the Americans`) are groups.
 */
final class Demonyms {
    private Demonyms() {
    }

    private static final Set<String> PERSON_DEMONYMS = Lexicon.words("""
            irishman irishwoman frenchman frenchwoman dutchman dutchwoman englishman englishwoman scotsman
            scotswoman welshman welshwoman briton scot spaniard swede dane finn pole turk kiwi aussie argentine
            australian canadian american german italian brazilian nigerian kenyan ghanaian ugandan ethiopian
            indian pakistani bangladeshi afghan russian ukrainian belarusian israeli palestinian iranian iraqi
            syrian lebanese egyptian moroccan algerian tunisian saudi emirati qatari mexican colombian chilean
            peruvian venezuelan cuban argentinian uruguayan norwegian belgian austrian serb croat slovenian
            greek cypriot armenian azerbaijani kazakh uzbek filipino filipina indonesian malaysian singaporean
            thai korean zimbabwean zambian cameroonian senegalese texan californian floridian ohioan vermonter
            kentuckian icelander estonian latvian lithuanian hungarian romanian bulgarian moldovan albanian
            montenegrin bosnian kosovar slovak czech jamaican trinidadian haitian ecuadorian bolivian paraguayan
            guatemalan honduran salvadoran nicaraguan panamanian jordanian kuwaiti bahraini omani yemeni libyan
            somali eritrean tanzanian rwandan burundian angolan mozambican malawian namibian ivorian liberian
            gambian malian chadian fijian samoan tongan mongolian cambodian tajik kyrgyz londoner""");

    /**
     * Nationality adjectives no country's name begins with (`Spanish`, `Czech`, `Portuguese`, `Ivorian`), so the
     * endings of {@link #DERIVED} cannot make them; those with a country in {@link #IRREGULAR} are there (rule
     * nationality-before-name, lead56).
     */
    private static final Set<String> IRREGULAR_ADJECTIVES = Lexicon.words("""
            spanish czech slovak portuguese icelandic burmese somali congolese ivorian togolese malagasy salvadoran
            montenegrin macedonian kosovar laotian mozambican chadian nigerien mauritian seychellois kurdish""");

    /** Whether [a, end] is `the` + one capitalised demonym for a person, or a demonym of a two-word place. */
    static boolean definite(List<Tok> toks, int a, int end) {
        Tok head = toks.get(end);
        if (end == a + 2 && toks.get(a).low.equals("the") && head.type == WORD && head.cap && toks.get(a + 1).cap) {
            return TWO_WORD.contains(toks.get(a + 1).low + " " + head.low); // n61a: `the South African told AFP`
        }
        return end == a + 1 && toks.get(a).low.equals("the") && head.type == WORD && head.cap
                && PERSON_DEMONYMS.contains(head.low);
    }

    /**
     * Rule two-word-demonym (session n61a): `the South African`, `the New Zealander`, `the Sri Lankan`, `the Costa
     * Rican`, `the Hong Konger`: the person of a two-word place (it had been a name, `South African`). Made from the
     * places of two words with a demonym's ending (`+n`, `+an`, `+er`, `+ese`, a final vowel for `-an`).
     */
    private static final Set<String> TWO_WORD = twoWord();

    private static Set<String> twoWord() {
        Set<String> out = new java.util.HashSet<>();
        Set<String> places = new java.util.HashSet<>(Lexicon.WORLD_PLACES);
        places.addAll(Lexicon.MULTIWORD_REGIONS);
        for (String p : places) {
            for (String end : new String[]{"n", "an", "er", "ese"}) {
                out.add(p + end);
            }
            out.add(p.substring(0, p.length() - 1) + "an"); // `Puerto Rico` → `Puerto Rican`
        }
        out.addAll(List.of("northern irishman", "northern irishwoman", "west indian")); // n61b: no ending makes these
        return new WordListSet(out); // a probe of hashes, not Set.copyOf's compare of every word it passes
    }

    /**
     * Rule nationality-before-name (session n49b): whether a word is a nationality adjective (`Canadian`, `Kenyan`,
     * `Brazilian`, `Japanese`, `Pakistani`, `Polish`): a demonym of the list, or a place of {@link Lexicon#PLACES} with a
     * demonym's ending (`Bolivia` + `n`, `Canada` → `Canadian`, `Italy` → `Italian`, `Sweden` → `Swedish`).
     */
    static boolean adjective(String low) {
        if (low.length() < 5 || PERSON_DEMONYMS.contains(low) || IRREGULAR.containsKey(low)) {
            return low.length() >= 5 && !low.equals("swede"); // never `Dane`, `Finn`, `Scot`: first names too
        }
        return DERIVED.contains(low) || IRREGULAR_ADJECTIVES.contains(low);
    }

    /**
     * Rule demonym-modifier-no-name (session n66b): `The Norwegian company said`, `the Dutch firm`: a nationality
     * adjective before a body noun is a description of the body, no name (it was kept as `Norwegian company`); the
     * noun is then the body the text is about. Whether the capitalised run [run[0], run[1]] is one such adjective.
     */
    static boolean only(List<Tok> toks, int[] run) {
        return run[0] == run[1] && toks.get(run[0]).type == WORD && adjective(toks.get(run[0]).low);
    }

    /** What a country's name adds to the adjective's stem: `Kenya`, `Canad`+`a`, `Ital`+`y`, `Swed`+`en`, `Pol`+`and`. */
    private static final String[] STEM_TAILS = {"", "a", "y", "en", "and"};

    /**
     * Every place's stem with every demonym ending, with the place it came from, made once. Where two places make the
     * same word, the longer place wins: `Nigerian` is Nigeria's (Niger's people are `Nigerien`).
     */
    private static final java.util.Map<String, String> DERIVED_PLACE = derived();

    /** The words of {@link #DERIVED_PLACE}: one look-up a word. */
    private static final Set<String> DERIVED = new WordListSet(DERIVED_PLACE.keySet()); // a probe of hashes

    private static java.util.Map<String, String> derived() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String place : Lexicon.PLACES) {
            for (String tail : STEM_TAILS) {
                if (place.endsWith(tail) && place.length() - tail.length() >= 3) {
                    for (String end : new String[]{"n", "an", "ian", "ese", "i", "ish"}) {
                        out.merge(place.substring(0, place.length() - tail.length()) + end, place,
                                (a, b) -> a.length() >= b.length() ? a : b);
                    }
                }
            }
        }
        return out;
    }

    /**
     * States whose adjective, demonym or short form no ending makes from the name (`Norwegian`, `Czech`, `U.S.`,
     * `Saudi`), as `word:state` pairs, `_` for a space.
     */
    private static final java.util.Map<String, String> STATE_OF = pairs("""
            argentine:argentina german:germany afghan:afghanistan ukrainian:ukraine lebanese:lebanon
            moroccan:morocco saudi:saudi_arabia emirati:emirates mexican:mexico peruvian:peru norwegian:norway
            belgian:belgium cypriot:cyprus kazakh:kazakhstan uzbek:uzbekistan montenegrin:montenegro kosovar:kosovo
            slovak:slovakia czech:czechia trinidadian:trinidad honduran:honduras salvadoran:el_salvador
            panamanian:panama somali:somalia mozambican:mozambique ivorian:ivory_coast chadian:chad tajik:tajikistan
            kyrgyz:kyrgyzstan spanish:spain portuguese:portugal icelandic:iceland burmese:myanmar congolese:congo
            togolese:togo malagasy:madagascar laotian:laos nigerien:niger mauritian:mauritius
            seychellois:seychelles american:united_states america:united_states u.s.:united_states
            us:united_states usa:united_states british:britain uk:britain u.k.:britain united_kingdom:britain""");

    /**
     * Rule place-qualifier-state (lead63): which state a place qualifier names, one key for `Romanian`, `Romania`
     * and `Romania's`, `U.S.` and `American`, and apart for `Austrian` and `Australia's`, `Niger` and `Nigeria`.
     * The word itself when no list knows it.
     */
    static String state(String low) {
        String state = STATE_OF.get(low.replace(' ', '_'));
        state = state != null ? state : IRREGULAR.get(low);
        state = state != null ? state : DERIVED_PLACE.get(low);
        return state != null ? state.replace('_', ' ') : low;
    }

    /** Demonyms whose country does not begin with them, as `demonym:country` pairs. */
    private static final java.util.Map<String, String> IRREGULAR = pairs("""
            spaniard:spain frenchman:france frenchwoman:france dutchman:netherlands dutchwoman:netherlands
            englishman:england englishwoman:england scotsman:scotland scotswoman:scotland scot:scotland
            welshman:wales welshwoman:wales briton:britain swede:sweden dane:denmark finn:finland pole:poland
            turk:turkey irishman:ireland irishwoman:ireland greek:greece filipino:philippines filipina:philippines
            thai:thailand serb:serbia croat:croatia kiwi:zealand aussie:australia swiss:switzerland dutch:netherlands
            french:france british:britain danish:denmark finnish:finland turkish:turkey irish:ireland
            scottish:scotland welsh:wales english:england""");

    private static java.util.Map<String, String> pairs(String list) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String pair : list.trim().split("\\s+")) {
            map.put(pair.substring(0, pair.indexOf(':')), pair.substring(pair.indexOf(':') + 1));
        }
        return java.util.Map.copyOf(map);
    }

    /**
     * Rule demonym-country-person (session lead48): `Okonkwo will face Spain's Pablo Ruiz. The Spaniard said`: the one
     * person the article introduces with the demonym's country or its adjective (`Spain's X`, `Spanish X`, `X of
     * Spain`, `X (Spain)`), before the mention; null when none or two people.
     */
    static String countryPerson(Doc d, String demonym, int ms) {
        String found = null;
        NameIndex names = d.names;
        for (int k = 0; k < names.mentionPos.size() && names.mentionPos.get(k)[0] < ms; k++) {
            String name = names.mentionName.get(k);
            int[] mp = names.mentionPos.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal() || name == null || !name.contains(" ") || name.equals(found)) {
                continue;
            }
            int first = mp[2];
            String given = name.substring(0, name.indexOf(' '));
            while (first < d.toks.size() && first - mp[2] < 4 && !d.toks.get(first).text.equals(given)) {
                first++;
            }
            int last = first + name.split(" ").length;
            boolean before = first > 0 && first - mp[2] < 4 && d.toks.get(first - 1).cap
                    && countryOf(demonym, Words.stripPossessive(d.toks.get(first - 1).text));
            boolean after = last + 1 < d.toks.size() && (d.toks.get(last).low.equals("of") || d.toks.get(last).text.equals("("))
                    && countryOf(demonym, d.toks.get(last + 1).text);
            if (before || after) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** Whether the word is the demonym's country or its adjective: `Spain`, `Spanish` for `Spaniard`. */
    private static boolean countryOf(String demonym, String word) {
        String w = Lexicon.lower(word);
        if (w.length() < 4 || w.equals(demonym)) {
            return w.equals(demonym) && w.length() >= 4; // `German Lars Brenner` for `the German`
        }
        String country = IRREGULAR.get(demonym);
        if (w.equals(country)) {
            return true;
        }
        String stem = country != null ? country : demonym;
        int common = 0;
        while (common < Math.min(stem.length(), w.length()) && stem.charAt(common) == w.charAt(common)) {
            common++;
        }
        return common >= 4 && w.length() - common <= 2 && (country != null || demonym.length() - common <= 4);
    }

    /** 'F' for `-woman` and `Filipina`, 'M' for `-man`, else '?'. */
    static char gender(String low) {
        return low.endsWith("woman") || low.equals("filipina") ? 'F' : low.endsWith("man") ? 'M' : '?';
    }
}
