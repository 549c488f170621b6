package io.statements.utterance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Transcribers differ on spoken forms and contractions ("gonna" / "going to", "didn't" / "did not",
 * "we're" / "we are"): all are written out. A possessive or unknown "'s" is dropped.
 */
final class SpokenForms implements TextRule {

    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        String[][] pairs = {
            {"gonna", "going to"}, {"wanna", "want to"}, {"gotta", "got to"}, {"hafta", "have to"},
            {"kinda", "kind of"}, {"sorta", "sort of"}, {"lotta", "lot of"}, {"outta", "out of"},
            {"dunno", "do not know"}, {"lemme", "let me"}, {"gimme", "give me"}, {"ya", "you"},
            {"cause", "because"}, {"cuz", "because"}, {"cos", "because"}, {"til", "until"}, {"till", "until"},
            {"ok", "okay"}, {"cannot", "can not"}, {"can't", "can not"}, {"won't", "will not"},
            {"shan't", "shall not"}, {"ain't", "is not"}, {"let's", "let us"}, {"y'all", "you all"},
            {"it's", "it is"}, {"that's", "that is"}, {"there's", "there is"}, {"here's", "here is"},
            {"what's", "what is"}, {"who's", "who is"}, {"he's", "he is"}, {"she's", "she is"},
            {"where's", "where is"}, {"how's", "how is"},
        };
        for (String[] p : pairs) {
            WORDS.put(p[0], p[1]);
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)?|'[\\p{L}]+");

    @Override
    public String apply(String text) {
        return TextRule.replace(WORD.matcher(text), text, m -> expand(m.group()));
    }

    private static String expand(String token) {
        String word = token.startsWith("'") ? token.substring(1) : token;
        String whole = WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        int apostrophe = word.indexOf('\'');
        if (apostrophe < 0) {
            return word;
        }
        String stem = word.substring(0, apostrophe);
        return switch (word.substring(apostrophe)) {
            case "'t" -> stem.endsWith("n") ? stem.substring(0, stem.length() - 1) + " not" : stem;
            case "'re" -> stem + " are";
            case "'m" -> stem + " am";
            case "'ll" -> stem + " will";
            case "'ve" -> stem + " have";
            case "'d" -> stem + " would";
            default -> stem;
        };
    }
}
