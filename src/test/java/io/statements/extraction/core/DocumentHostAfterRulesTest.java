package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n59b, rule document-host-after ({@link DocumentHosts}): a document told after its noun to stand on a named
 * body's page, account or website is that body's; a page of a body only described, or a pronoun's, names nobody.
 */
class DocumentHostAfterRulesTest {

    @Test
    void aPostOnThePageOfANamedBodyIsTheBodys() {
        String text = """
                Storm floods village hall

                A storm flooded the village hall in Ellerby on Friday night, the fire service said.

                ‘The hall is closed until further notice, thank you to every volunteer,’ read a post in Gaelic on the parish page of the Ellerby Parish Council on Saturday.
                """;
        assertEquals("Ellerby Parish Council", with(text, "The hall is closed until").speakerName());
    }

    @Test
    void aStatementOnANamedBodysWebsiteIsTheBodys() {
        String text = """
                Museum delays reopening

                The Corrow Maritime Museum closed in March for roof repairs. Its builder, Halden Works, said the work had run late.

                "We would rather open late than open unsafe," read a statement on the Corrow Maritime Museum's official website.
                """;
        assertEquals("Corrow Maritime Museum", with(text, "We would rather open late").speakerName());
    }

    @Test
    void aPostOnAGroupPageOnlyDescribedNamesNobody() {
        String text = """
                Parents protest over school bus cuts

                Parents in Dunmarsh gathered outside the council offices on Monday over cuts to school buses.

                "Our children should not walk four miles in winter," read a post on the parents' campaign page.

                Councillor Idris Penhale said the cuts were "under review".
                """;
        assertNull(with(text, "Our children should not walk").speakerName());
    }

    @Test
    void aPostOnHisAccountIsNotTheClubNamedLast() {
        String text = """
                Coach quits

                Coach Ansel Varga resigned on Tuesday after eight seasons at Rellford United.

                "It was an honour to stand on that touchline," read a post on his personal account.
                """;
        assertNotEquals("Rellford United", with(text, "It was an honour to stand").speakerName());
    }
}
