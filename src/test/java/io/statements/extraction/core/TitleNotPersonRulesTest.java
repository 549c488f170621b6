package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rules title-not-person and described-name-subject: `she wrote` after `Civic icon Edith Carver, who
 * died ..., used her final column` is Carver's, not `Civic Case`'s (a book title, `The Civic Case for Reform`, read as
 * a person whose first name `Civic` opened the sentence). Invented text.
 */
class TitleNotPersonRulesTest {

    private static final String TEXT = "Carver's last column praises the mayor\n\n"
            + "Civic icon Edith Carver, who passed away Monday aged 90, used her final column to praise the new"
            + " mayor.\n\n"
            + "\"The mayor's visit to the harbour reminds me of the great reforms of 1975,\" she wrote, recalling the"
            + " meeting.\n\n"
            + "Carver's final book, The Civic Case for Reform, was released Tuesday.\n";

    @Test
    void sheWroteIsThePersonNotTheBook() {
        assertEquals("Edith Carver", with(TEXT, "reminds me of the great reforms").speakerName());
    }
}
