package io.statements.utterance;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case without accents: "Zelénskyy" = "zelenskyy". */
final class CaseAndAccents implements TextRule {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    @Override
    public String apply(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
