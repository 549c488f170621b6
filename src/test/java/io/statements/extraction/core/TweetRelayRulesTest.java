package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59b, rule tweet-relayed-speaker ({@link TweetSignatures}): a signed post that opens with a name and a verb
 * of saying and holds quoted words relays the named one's words; the signer stays the speaker of a post in its own
 * words or voice.
 */
class TweetRelayRulesTest {

    @Test
    void aReportersPostRelaysTheNamedLeadersWords() {
        String text = """
                Mayor rejects audit

                Mayor Kasimir Dolan rejected the findings of the city auditor on Monday.

                Dolan slams 'careless arithmetic' in audit of harbour budget https://t.co/q1W2e3R — Nina Albers (@ninaalbers) May 3, 2022
                """;
        ExtractedStatement st = with(text, "careless arithmetic");
        assertEquals("Kasimir Dolan", st.speakerName());
    }

    @Test
    void anOutletsPostRelaysWhatANamedBodySaidInQuotes() {
        String text = """
                Union rejects pay offer

                The Harbour Workers Federation rejected a pay offer from the port on Tuesday.

                Harbour Workers Federation says the offer is "an insult to every crane driver" and calls a ballot. https://t.co/Lm9 — Coastline Post (@coastlinepost) June 7, 2022
                """;
        assertEquals("Harbour Workers Federation", with(text, "an insult to every crane driver").speakerName());
    }

    @Test
    void anAgencysPostInItsOwnWordsStaysTheAgencys() {
        String text = """
                Minister charged

                Transport minister Ilka Brandt was charged with fraud on Friday.

                Ilka Brandt is charged with fraud in a case the "biggest in a decade", prosecutors say https://t.co/Pq7 — Lanmark News Agency (@lanmarknews) May 6, 2022
                """;
        assertEquals("Lanmark News Agency", with(text, "Ilka Brandt is charged").speakerName());
    }

    @Test
    void aPostInTheSignersOwnVoiceStaysTheSigners() {
        String text = """
                Flood volunteers thanked

                Volunteers filled sandbags along the Tarrow on Saturday night.

                Thank you to every volunteer tonight. One told me, "we just kept going" — Rosa Imrie (@rosaimrie) May 7, 2022
                """;
        assertEquals("Rosa Imrie", with(text, "Thank you to every volunteer").speakerName());
    }
}
