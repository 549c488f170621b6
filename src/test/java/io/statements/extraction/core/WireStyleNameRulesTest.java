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

    @Test
    void anAideToAPersonIsNotThatPerson() {
        ExtractedStatement s = with("A senior aide to Governor Ellis Varga called the toll plan \"a tax on nurses.\"",
                "a tax on nurses.");
        assertEquals("senior aide", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
        assertEquals(null, s.speakerTitle());
    }

    @Test
    void aSpokesmanForAPersonStillSpeaksForThem() {
        ExtractedStatement s = with("A spokesman for Governor Ellis Varga said the tolls would \"stay as they are.\"",
                "stay as they are.");
        assertEquals("Ellis Varga", s.speakerName());
    }

    @Test
    void aNameBeforeTheAppositiveStaysTheSpeaker() {
        ExtractedStatement s = with("Ruth Amsel, a former adviser to Governor Ellis Varga, said the tolls were "
                + "\"a mistake from the start.\"", "a mistake from the start.");
        assertEquals("Ruth Amsel", s.speakerName());
    }

    @Test
    void aDocumentReleasedBySomeoneIsTheirs() {
        ExtractedStatement s = with("A report released Monday by the Coastal Water Trust found that the river "
                + "was cleaner than in any year since 1990.", "the river was cleaner");
        assertEquals("Coastal Water Trust", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }

    @Test
    void aPluralTitleIsNotPartOfTheName() {
        String text = """
                Toll vote

                Senators Ada Quell and Tomas Brink voted against the plan. "It taxes nurses," Quell said.
                """;
        assertEquals("Ada Quell", with(text, "It taxes nurses,").speakerName());
    }

    @Test
    void aHeadlineGivesNobodyATitle() {
        String text = """
                Harbour Chief Warns Ferry Crews

                "The night crossings stop in May," the chief said on Friday.
                """;
        assertEquals("chief", with(text, "The night crossings stop in May,").speakerName());
    }

    @Test
    void anOfficeOfATownIsAPersonNotTheTown() {
        ExtractedStatement s = with("Road news\n\nThe mayor of Eastbrook said the road would \"stay closed until "
                + "May.\"", "stay closed until May.");
        assertEquals("mayor", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
        assertEquals("Eastbrook", s.speakerAffiliation());
    }

    @Test
    void theOfficeOfAnOrganisationNamedAsOneIsAPersonToo() {
        // session n72b (role-of-body-person): was the trust (extraction11); the director is a person, never the body
        ExtractedStatement s = with("The director of the Coastal Water Trust said the river was \"cleaner than "
                + "ever.\"", "cleaner than ever.");
        assertEquals("director", s.speakerName());
        assertEquals(SpeakerKind.PERSON, s.speakerKind());
    }

    @Test
    void aTitleCaseHeadlineWithAFullStopGivesNobodyATitle() {
        String text = """
                Harbour Chief Warns Ferry Crews Of Longer Nights.

                "The night crossings stop in May," the chief said on Friday.
                """;
        assertEquals("chief", with(text, "The night crossings stop in May,").speakerName());
    }

    @Test
    void aTitleKeepsTheWordsThatCloseIt() {
        ExtractedStatement s = with("\"Nobody asked the islanders,\" said Miguel Serra, the governor's chief of staff.",
                "Nobody asked the islanders,");
        assertEquals("chief of staff", s.speakerTitle());
        ExtractedStatement ceo = with("Ferry news\n\nThe chief executive of Northline Ferries said the fares would "
                + "\"stay as they are.\"", "stay as they are.");
        assertEquals("chief executive", ceo.speakerName());
        assertEquals("chief executive", ceo.speakerTitle());
        assertEquals("Northline Ferries", ceo.speakerAffiliation());
    }

    @Test
    void aTextOfOneParagraphIsNoHeadline() {
        // before, a lone sentence whose quote closes it (`."`) read as a headline; its title-only speaker named
        // nobody in full, no body followed to attribute it from, and the statement was dropped
        ExtractedStatement s = with("The mayor said the gates would \"stay shut until May.\"",
                "stay shut until May.");
        assertEquals("The mayor", s.speakerMention().text());
    }
}
