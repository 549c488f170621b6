package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n70b, rule place-owned-body (a pass over the statements, after {@link SpokespersonBodies}): a state body
 * named with its country in the possessive (`Norland's Foreign Ministry`, `South Vessia's Defence Ministry`) is that
 * country's body, and news repeats the possessor because `Foreign Ministry` alone says nobody's. The name index reads
 * the capitalised run after the possessive (`Foreign Ministry`), so the statement, and every later `the ministry`,
 * `it` or `the statement` resolved to it, lost the country. The speaker named by such a body gets the article's own
 * fuller form when the article writes the body after one place's possessive only; two countries' possessives before
 * the same name (`Norland's Foreign Ministry` and `Vessia's Foreign Ministry`) leave it as it is, and so does a
 * possessor that is no place (`Vik's Office`): a person's office is not the state's. Session n71m: the place is read by
 * {@link PlaceQualifiers}, as {@link PlaceQualifiedBodies} reads it, and two possessives are one place when they name
 * one state (`U.S.'s` and `United States'`, `Britain's` and `the UK's`).
 */
final class PlaceOwnedBodies {
    /** The last words of state bodies a country owns (`Foreign Ministry`, `Supreme Court`, `Defence Department`). */
    private static final Set<String> HEADS = Lexicon.words("""
            ministry embassy department court parliament cabinet army navy commission agency bureau tribunal
            secretariat forces command""");

    private PlaceOwnedBodies() {
    }

    static void apply(Doc d) {
        Map<String, String> owned = null;
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.kind() != SpeakerKind.ORGANIZATION || sp.name() == null || !headed(sp.name())) {
                continue; // most statements: a person's, or a body of no state noun
            }
            owned = owned == null ? new HashMap<>() : owned;
            String form = owned.computeIfAbsent(sp.name(), n -> ownedForm(d, n));
            if (!form.isEmpty()) {
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), form, SpeakerKind.ORGANIZATION, sp.channel());
            }
        }
    }

    /** Whether the name has two words or more and ends in a state body's noun (`Foreign Ministry`). */
    private static boolean headed(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && Character.isUpperCase(name.charAt(0)) && HEADS.contains(Lexicon.lower(name.substring(sp + 1)));
    }

    /** `Norland's Foreign Ministry` as the article writes it when one place's possessive stands before the name; else "". */
    static String ownedForm(Doc d, String name) {
        String[] words = SpeakerNames.words(name);
        List<Tok> toks = d.toks;
        String form = "", place = null;
        for (int k = 1; k + words.length <= toks.size(); k++) {
            if (!toks.get(k).text.equals(words[0]) || !PlaceQualifiers.possessive(toks, k - 1)) {
                continue; // `Norland's Foreign Ministry`, `U.S.'s Justice Department` (n71m)
            }
            int w = 1;
            while (w < words.length && toks.get(k + w).text.equals(words[w])) {
                w++;
            }
            if (w < words.length) {
                continue;
            }
            int end = PlaceQualifiers.placeEnd(toks, k - 1);
            int start = PlaceQualifiers.start(toks, end);
            if (start < 0) {
                return ""; // `Vik's Foreign Ministry`, `the government's Defence Ministry`: not a country's
            }
            String state = PlaceQualifiers.state(toks, start, end); // n71m: `U.S.'s` and `United States'` are one
            if (place != null && !place.equals(state)) {
                return ""; // two countries' bodies of one name: which one is not for this rule to say
            }
            place = state;
            form = form.isEmpty() ? d.s.substring(toks.get(start).s, toks.get(k + words.length - 1).e) : form;
        }
        return form;
    }
}
