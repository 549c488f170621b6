package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule lost-opener (session n51d): web copy drops the opening mark of a paragraph's first quote, and the paragraph
 * reads `There was a flash and the roof fell in,” engineer Ana Ruiz, who was there, told the radio.` or `As the crowd
 * left a man ran at them," said Tomas Vale, a guard.`: with no quote open, when the paragraph's first double mark is
 * a closer right after a comma, with {@link #MIN_WORDS} words or more before it from the paragraph's start, and a
 * verb of saying follows it in the same sentence, the quote ran from the paragraph's first word. Not a paragraph
 * whose first mark opens (`He called it "a sham,” she said`), a closer after a full stop (a scare quote closing a
 * line of a list, a quote whose verb is before it), nor one with no verb of saying after it.
 */
final class LostOpeners {
    /** Words the paragraph holds before its closer: a sentence's worth, not a heading or a label. */
    static final int MIN_WORDS = 5;
    /** How many tokens after the closer the verb of saying may stand (`, businessman Ana Ruiz, who was there, told`). */
    private static final int CUE_REACH = 14;

    private LostOpeners() {
    }

    /** The first token of the quote that closes at {@code close} without having opened, or -1. */
    static int start(List<Tok> toks, int close) {
        Tok c = toks.get(close);
        if (close < 1 || !toks.get(close - 1).text.equals(",")) {
            return -1;
        }
        int first = close;
        int words = 0;
        while (first > 0 && toks.get(first - 1).para == c.para) {
            Tok t = toks.get(first - 1);
            if (t.type == DQ) {
                return -1; // not the paragraph's first mark
            }
            words += t.type == WORD ? 1 : 0;
            first--;
        }
        Tok head = toks.get(first);
        if (words < MIN_WORDS || head.type != WORD || !head.cap) {
            return -1;
        }
        for (int k = close + 1; k < toks.size() && k <= close + CUE_REACH; k++) {
            Tok t = toks.get(k);
            if (t.para != c.para || t.type == DQ || t.type == PUNCT && Words.isTerminal(t)) {
                return -1;
            }
            if (t.type == WORD && t.has(WordBits.SPEECH_VERB) && !t.cap) {
                return first;
            }
        }
        return -1;
    }
}
