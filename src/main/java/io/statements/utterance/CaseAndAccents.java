package io.statements.utterance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents: "Zelénskyy" = "zelenskyy". */
final class CaseAndAccents implements TextRule {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    @Override
    public String apply(String text) {
        if (ascii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
