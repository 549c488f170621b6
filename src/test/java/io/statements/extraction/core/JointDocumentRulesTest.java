package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Session n58a, rule joint-document-unnamed ({@link DocumentIssuers#jointIssuer}): a joint or trilateral document is
 * named only by a sentence listing who issued it; issuers the text describes (`The two countries`) leave it unnamed,
 * not the leader of a sentence that names the statement nor the body named last.
 */
class JointDocumentRulesTest {

    @Test
    void aJointStatementOfDescribedPartiesHasNoName() {
        String text = """
                Neighbours to reopen embassies

                Marvola and Ostrenia agreed on Friday to reopen their embassies after talks hosted by the Kellmark government.

                The two neighbours released a joint statement on Friday night. Kellmark's President Anton Velsch was thanked in the statement for hosting the talks.

                "Each side will return its ambassador within sixty days," the joint statement said.
                """;
        assertNull(with(text, "Each side will return").speakerName());
    }

    @Test
    void aTrilateralStatementNobodyIssuedByNameHasNoName() {
        String text = """
                River pact signed

                Three valley provinces signed a pact on water rights on Monday.

                Irrigation minister Corla Demmet said the farmers had "waited long enough" for the deal.

                The trilateral statement said the river flow would be "measured weekly by an independent office".
                """;
        assertNull(with(text, "measured weekly by an independent").speakerName());
    }

    @Test
    void aJointLetterOfNamedSignersIsTheFirstNamed() {
        String text = """
                Rail plea

                Councillor Olive Brandt and Councillor Felix Ondaatje sent a joint letter to the ministry on Monday.

                "Our stations have waited thirty years for this line," the joint letter said.
                """;
        assertEquals("Olive Brandt", with(text, "Our stations have waited").speakerName());
    }

    @Test
    void aStatementOfOneCompanyIsTheCompany() {
        String text = """
                Bakery closures

                Tallow Mills will close two bakeries next year, the company said on Monday in a statement.

                "This was a hard decision after a long review," the statement said.
                """;
        assertEquals("Tallow Mills", with(text, "This was a hard decision").speakerName());
    }
}
