package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66b, rule shared-head-name ({@link LongOrganisationNames}): capitalised words with no body word of their
 * own before `and` share the body word after it (`the National Flood Prevention and Relief Service`); two bodies
 * (`The Foreign Office and Defence Ministry`) are not joined. Invented text.
 */
class SharedHeadNameRulesTest {

    @Test
    void wordsBeforeAndShareTheServiceAfterIt() {
        String text = "River floods\n\n"
                + "The National Flood Prevention and Relief Service (NFPRS) said on Monday that the river broke its banks "
                + "after \"heavy rains in the upper valley\" of the region.";
        assertEquals("National Flood Prevention and Relief Service", with(text, "heavy rains").speakerName());
    }

    @Test
    void twoWordsBeforeAndShareTheAuthority() {
        String text = "Port closed\n\n"
                + "The Coastal Shipping and Harbour Authority (CSHA) said the storm was \"the worst in forty years on this coast.\"";
        assertEquals("Coastal Shipping and Harbour Authority", with(text, "the worst in forty").speakerName());
    }

    @Test
    void aBodyBeforeAndIsABodyOfItsOwn() {
        String text = "Talks open\n\n"
                + "The Foreign Office and Defence Ministry said the talks were \"a useful first step toward peace.\"";
        assertEquals("Defence Ministry", with(text, "a useful first step").speakerName());
    }
}
