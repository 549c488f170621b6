package io.statements.extraction.core;

/**
 * Session n67b, rule shouted-adverb: a headline may open with a word in capitals and a colon (`FINALLY: the board
 * quits`, `AGAIN: ...`). Written in capitals like an acronym or a transcript's speaker label, such an adverb is
 * neither: no body is called `Finally` and nobody speaks under it, so it is never a name, a label, nor the body
 * an unsigned `the news release` below falls back to. Only the listed adverbs in `-ly` and `again`: a modal or an
 * auxiliary in capitals may be a person's name in a transcript (`MAY:`, `WILL:`), and a first name stays one.
 */
final class ShoutedWords {
    private ShoutedWords() {
    }

    /** Whether the token is a listed adverb written all in capitals (`FINALLY`, `AGAIN`, `REPORTEDLY`). */
    static boolean shoutedAdverb(Tok t) {
        String text = t.text;
        if (text.length() < 5 || !Character.isUpperCase(text.charAt(1)) || !(t.low.endsWith("ly") || t.low.equals("again"))
                || !Lexicon.ADVERBS_AUX.contains(t.low)) {
            return false;
        }
        for (int k = 2; k < text.length(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return !PersonGenders.isFirstName(t.low);
    }
}
