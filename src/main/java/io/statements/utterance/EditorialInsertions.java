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
        return ELLIPSIS.matcher(BRACKETED.matcher(text).replaceAll(" ")).replaceAll(" ");
    }
}
