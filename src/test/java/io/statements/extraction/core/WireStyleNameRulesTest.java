package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wire-style speaker names (session extraction11): titles before and after names, and documents whose issuer is
 * named. Invented sentences, one rule each; each failed before this session.
 */
class WireStyleNameRulesTest {

    @Test
    void aVerbAfterANamesCommaDoesNotGiveTheNameTheTitleThatFollows() {
        // `Ona Pell, said the president`: not an appositive; the president stays the one named President
        String text = """
                Quota talks

                President Vera Lindqvist said on Monday that the talks would go on.

                The press secretary, Ona Pell, said the president had "made her view plain."

                The president later wrote that the talks were "going in circles."
                """;
        assertEquals("Vera Lindqvist", with(text, "going in circles.").speakerName());
    }

    @Test
    void anOfficeWordBeforeARoleIsNotPartOfTheName() {
        String text = "Asked about tariffs, Shipping Secretary Paul Ambler said, \"Every option is still open.\"";
        ExtractedStatement s = with(text, "Every option is still open.");
        assertEquals("Paul Ambler", s.speakerName());
        assertEquals("Secretary", s.speakerTitle());
        assertEquals("Shipping", s.speakerAffiliation());
    }

    @Test
    void aRoleKeepsTheCapitalisedWordsThatBelongToIt() {
        String text = "\"The offer is fair,\" Prime Minister Lena Dahl told the Harbour Gazette.";
        ExtractedStatement s = with(text, "The offer is fair,");
        assertEquals("Lena Dahl", s.speakerName());
        assertEquals("Prime Minister", s.speakerTitle());
        assertEquals(null, s.speakerAffiliation());
    }

    @Test
    void aDocumentIsTheLatestIssuersNotAnEarlierSpeakersWhoUsedTheSameWord() {
        String text = """
                Quota talks

                "Our offer stands," Lena Dahl said in a statement.

                The Ministry of Coastal Affairs issued a statement late on Monday. "The quotas follow the best \
                science we have," the statement said.
                """;
        ExtractedStatement s = with(text, "The quotas follow the best science we have,");
        assertEquals("Ministry of Coastal Affairs", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void withoutALaterIssuerTheDocumentStaysTheEarlierSpeakers() {
        String text = """
                Quota talks

                "Our offer stands," Lena Dahl said in a statement on Monday.

                "We will not reopen the quotas," the statement said.
                """;
        assertEquals("Lena Dahl", with(text, "We will not reopen the quotas,").speakerName());
    }
}
