package io.statements.utterance;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outlets print swear words in full or masked ("fucking", "f***ing", "f-----g", "f#@%ing"): both become one key,
 * the first letter and a marker ("fxcensoredx"), so every spelling of the word meets: masks hide the ending too.
 * Masked words are recognised by their masking characters; words printed in full by a short lexicon.
 */
final class CensoredWords implements TextRule {

    /** A letter, then masking characters (with letters possibly between them), ending in a letter or a mask. */
    private static final Pattern MASKED = Pattern.compile(
            "\\b(\\p{L})(\\p{L}*(?:[*#@%$!]+|-{2,}|_{2,})[\\p{L}*#@%$!_-]*?)(\\p{L}?)(?=[^\\p{L}*#@%$!_-]|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> SWEAR_WORDS = Set.of(
            "fuck", "fucks", "fucked", "fucking", "fucker", "fuckers", "motherfucker", "motherfucking",
            "shit", "shits", "shitty", "bullshit", "bitch", "bitches", "bastard", "bastards", "asshole", "assholes",
            "damn", "damned", "goddamn", "crap", "dick", "dickhead", "piss", "pissed", "cunt", "prick", "wanker");

    @Override
    public String apply(String text) {
        Matcher masked = MASKED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (masked.find()) {
            masked.appendReplacement(out, Matcher.quoteReplacement(
                    " " + key(masked.group(1)) + " "));
        }
        masked.appendTail(out);
        Matcher word = WORD.matcher(out);
        StringBuilder keyed = new StringBuilder(out.length());
        while (word.find()) {
            String w = word.group();
            word.appendReplacement(keyed, Matcher.quoteReplacement(SWEAR_WORDS.contains(w)
                    ? key(w.substring(0, 1)) : w));
        }
        word.appendTail(keyed);
        return keyed.toString();
    }

    /** Letters are kept so that the key stays one token after punctuation is removed. */
    private static String key(String first) {
        return first + "xcensoredx";
    }
}
