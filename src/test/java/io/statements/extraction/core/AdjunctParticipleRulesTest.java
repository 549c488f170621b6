package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names41, rules adjunct-participle and adjunct-participle-subject ({@link LeadingSubordinateClauses}, asked
 * by {@link ReportedSpeechSieve}): a participle phrase opening the sentence after a subordinator (`While tweeting,`,
 * `After saying ...,`) has the main clause's subject. Invented text.
 */
class AdjunctParticipleRulesTest {

    @Test
    void aParticipleWithoutComplementLeavesTheReportToTheMainVerb() {
        String text = "Leader hits out at poll body with 'two words'\n\n"
                + "While tweeting, Anil Mehra wrote that the poll body had lost its way. Later, the party said it "
                + "would go to court.\n\n"
                + "After tweeting from the rally, Mehra told reporters that the count had been "
                + "'a farce from the start'.";
        assertEquals("Anil Mehra", with(text, "the poll body had lost its way").speakerName());
    }

    @Test
    void aParticipleWithAComplementHasTheMainClauseSubject() {
        String text = "Since announcing in March that she would not seek a third term, Mayor Ilse Brandt has spent "
                + "her weekends on the campaign trail for her deputy.";
        assertEquals("Ilse Brandt", with(text, "she would not seek a third term").speakerName());
    }

    @Test
    void afterSayingGivesTheMainClauseSubjectNotTheSubordinator() {
        String text = "Senator Ruth Adair took questions at a diner in Keene.\n\n"
                + "After saying he had never voted in a primary before, the welder stayed on to hear the answer.";
        assertEquals("welder", with(text, "he had never voted in a primary").speakerName());
    }
}
