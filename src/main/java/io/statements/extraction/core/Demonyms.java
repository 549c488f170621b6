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
            kentuckian""");

    /** Whether [a, end] is `the` + one capitalised demonym for a person. */
    static boolean definite(List<Tok> toks, int a, int end) {
        Tok head = toks.get(end);
        return end == a + 1 && toks.get(a).low.equals("the") && head.type == WORD && head.cap
                && PERSON_DEMONYMS.contains(head.low);
    }

    /** 'F' for `-woman` and `Filipina`, 'M' for `-man`, else '?'. */
    static char gender(String low) {
        return low.endsWith("woman") || low.equals("filipina") ? 'F' : low.endsWith("man") ? 'M' : '?';
    }
}
