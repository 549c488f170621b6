package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names35, rule tweet-signature: an embedded post with its signature line `— Name (@handle) Month D, YYYY`
 * is the signer's statement, quoted or not; a trailing picture link is no word of the post. Invented text.
 */
class TweetSignatureRulesTest {

    private static final String TEXT = "Ferry fares to rise in spring\n\n"
            + "The harbour board voted on Monday to raise fares by a fifth. Reporters at the meeting shared the news.\n\n"
            + "<tweet id=\"1\" author=\"@nora_pike\" datetime=\"2016-03-02\">Board just voted 5-2 for the fare hike. "
            + "Commuters were not consulted at all. pic.twitter.com/abc123 \u2014 Nora Pike (@nora_pike) March 2, "
            + "2016</tweet>.\n\n"
            + "The vote followed a long debate.";

    @Test
    void theSignerSaysThePost() {
        ExtractedStatement st = with(TEXT, "Board just voted");
        assertEquals("Nora Pike", st.speakerName());
        assertEquals("Board just voted 5-2 for the fare hike. Commuters were not consulted at all.", st.text());
    }
}
