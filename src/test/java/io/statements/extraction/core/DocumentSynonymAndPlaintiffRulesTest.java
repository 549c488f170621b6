package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session names29, rules document-synonyms and suit-plaintiff: a document called by another noun than the one its
 * issuer's sentence used (`filed a lawsuit` ... `the suit reads`, `wrote a memoir` ... `the book said`) has that
 * issuer; `the lawsuit says` after `X will sue` is X's; a passive `was sued` gives no plaintiff. Invented text.
 */
class DocumentSynonymAndPlaintiffRulesTest {

    private static final String SYNONYMS = "Harbour row\n\n"
            + "Former clerk Tom Reyes filed a lawsuit against the harbour board on Friday. The board did not comment.\n\n"
            + "\"The board ignored every warning about the cranes,\" the suit reads.\n\n"
            + "Former harbour master Ida Berg wrote a memoir of her years at the port. It sold well on the island.\n\n"
            + "\"Nobody listened to the night crews,\" the book said.";

    private static final String SUING = "Union to sue port\n\n"
            + "The Harbour Workers Union will sue the Port Authority over the new shift rules. The rules start in May.\n\n"
            + "The rules \"put every night crew at risk,\" the lawsuit says.";

    private static final String SUED = "Port in court\n\n"
            + "The Port Authority was sued over the new shift rules. The rules start in May.\n\n"
            + "The rules \"put every night crew at risk,\" the lawsuit says.";

    @Test
    void aDocumentCalledByAnotherNounHasItsIssuer() {
        assertEquals("Tom Reyes", with(SYNONYMS, "ignored every warning").speakerName());
        assertEquals("Ida Berg", with(SYNONYMS, "Nobody listened").speakerName());
    }

    @Test
    void theLawsuitIsTheWordsOfWhoeverSued() {
        assertEquals("Harbour Workers Union", with(SUING, "every night crew").speakerName());
        assertNull(with(SUED, "every night crew").speakerName());
    }
}
