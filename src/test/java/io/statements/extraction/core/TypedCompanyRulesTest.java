package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names20: `the company`, `the firm`, `the union`, `the group` with no organisation speaking just before are
 * the nearest organisation the text typed so, by its name (`Dunmore Holdings Inc.`, `Harbour Dockworkers Federation`) or
 * by its own description (`Harlow, the seed company,`). Invented text.
 */
class TypedCompanyRulesTest {

    private static final String TEXT = "Seed prices rise\n\n"
            + "Farmers in the valley say prices have doubled. Harlow, the seed company, raised prices in March.\n\n"
            + "\"Our costs went up,\" the company said in a statement.\n\n"
            + "Workers at the mill voted on Monday. The Harbour Dockworkers Federation called the vote a success.\n\n"
            + "\"This is a victory for every member,\" the union said.\n\n"
            + "The mayor met the owners of Dunmore Holdings Inc. on Tuesday. Later the firm said, \"We will keep the"
            + " plant open.\"";

    @Test
    void theCompanyIsTheOneTheTextDescribedSo() {
        assertEquals("Harlow", with(TEXT, "Our costs went up").speakerName());
    }

    @Test
    void theUnionIsTheFederationNamedBefore() {
        assertEquals("Harbour Dockworkers Federation", with(TEXT, "a victory for every member").speakerName());
    }

    @Test
    void theFirmIsTheIncorporatedNameBefore() {
        assertEquals("Dunmore Holdings Inc.", with(TEXT, "keep the plant open").speakerName());
    }
}
