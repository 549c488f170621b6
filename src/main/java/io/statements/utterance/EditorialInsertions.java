package io.statements.utterance;

import java.util.regex.Pattern;

/**
 * Words an outlet inserts into a quote ("[Israeli] jets", "the [Syrian] system") are the outlet's, not the
 * speaker's: dropped. Ellipses mark omissions and become a plain gap.
 */
final class EditorialInsertions implements TextRule {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]{0,80}\\]");
    private static final Pattern ELLIPSIS = Pattern.compile("\\.\\s*\\.\\s*\\.|\u2026");

    @Override
    public String apply(String text) {
        String out = text.indexOf('[') < 0 ? text : BRACKETED.matcher(text).replaceAll(" ");
        return out.indexOf('\u2026') < 0 && dots(out) < 3 ? out : ELLIPSIS.matcher(out).replaceAll(" ");
    }

    private static int dots(String text) {
        int dots = 0;
        for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
            dots++;
        }
        return dots;
    }
}
