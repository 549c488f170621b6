package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule place-incorporated-no-firm (session n66b): `the reputation of Norway Inc`, `Britain plc`, `India Inc`: a
 * country's or a region's name with a firm's legal form after it is the country's business world taken as one
 * firm, a figure of speech, never a company that speaks; `the firm` and `the company` are the firm the text names
 * (it took `Norway Inc` for them, a name its `Inc` said was a company).
 */
final class NationalEconomies {
    private static final Set<String> LEGAL_FORMS = Lexicon.words("inc inc. plc ltd ltd. limited corp corp.");

    private NationalEconomies() {
    }

    /** Whether the name is a place and one legal form after it (`Norway Inc`, `UK plc`). */
    static boolean is(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp <= 0 || !LEGAL_FORMS.contains(Lexicon.lower(name.substring(sp + 1)))) {
            return false; // the quick rejection first: nearly no name ends in a legal form
        }
        String place = Lexicon.lower(name.substring(0, sp));
        return Lexicon.PLACES.contains(place) || Lexicon.isRegion(name.substring(0, sp)) || place.equals("uk");
    }
}
