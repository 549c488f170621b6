package io.statements.utterance;

import java.util.List;
import java.util.Set;
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

    /** Every swear word holds one of these: a text with none of them has no swear word to key. */
    private static final List<String> STEMS = List.of("fuck", "shit", "bitch", "bastard", "asshole", "damn", "crap",
            "dick", "piss", "cunt", "prick", "wanker");

    @Override
    public String apply(String text) {
        String out = text;
        if (TextRule.containsAny(text, "*#@%$!") || text.contains("--") || text.contains("__")) {
            out = TextRule.replace(MASKED.matcher(text), text,
                    m -> exclaimed(m) ? m.group() : " " + key(m.group(1)) + " ");
        }
        if (STEMS.stream().noneMatch(out::contains)) {
            return out;
        }
        return TextRule.replace(WORD.matcher(out), out,
                m -> SWEAR_WORDS.contains(m.group()) ? key(m.group().substring(0, 1)) : m.group());
    }

    /**
     * "running!", "now!!": a whole word and an exclamation, not a mask ("f!!!", "sh!t" are masks). Until this was
     * seen every word before an exclamation mark became a swear key, and "We won!" matched "We wept!".
     */
    private static boolean exclaimed(java.util.regex.Matcher m) {
        return m.group(3).isEmpty() && EXCLAIMED.matcher(m.group(2)).matches();
    }

    private static final Pattern EXCLAIMED = Pattern.compile("\\p{L}+!+");

    /** Letters are kept so that the key stays one token after punctuation is removed. */
    private static String key(String first) {
        return first + "xcensoredx";
    }
}
