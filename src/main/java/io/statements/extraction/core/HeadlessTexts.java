package io.statements.extraction.core;

import java.util.List;

/**
 * Rule headless-text (session lead49): the rules read paragraph 0 as the headline (its Title Case words name no one
 * until the body does; its quotes are attributed from the body). A text that opens with a body paragraph (an excerpt,
 * a lead pasted without its headline, a text of one paragraph) has none: when the first paragraph holds more words
 * than a headline does, every paragraph moves up by one, so that paragraph 0 is an empty headline and the first
 * paragraph is read as body (`Han Kang, the first writer ...` registers Han Kang by first name, as a later `Han said`
 * needs). Headlines of news run to about 15 words; 25 leaves room for a headline and a short standfirst.
 */
final class HeadlessTexts {
    /** More words than this in the first paragraph: it is body text. */
    static final int HEADLINE_WORDS = 25;

    private HeadlessTexts() {
    }

    static void shiftWhenHeadless(Doc d, List<Tok> toks) {
        int words = 0;
        for (Tok t : toks) {
            if (t.para != 0) {
                break;
            }
            if (t.type == Tok.WORD && ++words > HEADLINE_WORDS) {
                break;
            }
        }
        if (words <= HEADLINE_WORDS) {
            return;
        }
        for (Tok t : toks) {
            t.para++;
        }
        d.paraCount++;
    }
}
