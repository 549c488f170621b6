package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n69a, rule recorded-role-holder ({@link RecordedRoles}): a description every earlier rule left as a
 * description is the one person the article records with its noun: `the actress` after `actress Mia Roe`, a lead's
 * `A judge sitting in ...` named later as `Judge Ivo Lund`. Not when two people hold the noun, not an unnamed
 * source's noun, not an indefinite description after the lead, not a body's person (`the Varn steward`).
 * Invented text.
 */
class RecordedRolesRulesTest {

    private static final String LEAD_JUDGE_TWO_JUDGES = "Court attacks ferry operator\n"
            + "\n"
            + "A judge sitting in the Varrow county court has called the ferry operator's safety record \"a scandal\".\n"
            + "\n"
            + "The remarks were made at the Friday list of claims that passengers have lodged against the operator.\n"
            + "\n"
            + "The operator has appealed against two earlier rulings.\n"
            + "\n"
            + "Judge Ivo Lund heard the first appeal in March; Judge Ann Pell heard the second in May.";

    private static final String LEAD_JUDGE_NAMED_BEFORE = "Court attacks ferry operator\n"
            + "\n"
            + "Judge Ivo Lund opened the sitting at nine.\n"
            + "\n"
            + "A judge sitting in the Varrow county court has called the ferry operator's safety record \"a scandal\".\n"
            + "\n"
            + "The remarks were made at the Friday list of claims that passengers have lodged against the operator.";

    private static final String LAWYER_REPRESENTING = "Court jails opposition activist\n"
            + "\n"
            + "A court in Norland jailed an opposition activist for a year on Tuesday, a defence lawyer said.\n"
            + "\n"
            + "The lawyer representing Ann Loy left the building by a side door.\n"
            + "\n"
            + "The court gave no reasons for the sentence.";

    private static final String LEAD_JUDGE = "Court attacks ferry operator\n"
            + "\n"
            + "A judge sitting in the Varrow county court has called the ferry operator's safety record \"a scandal\".\n"
            + "\n"
            + "The remarks were made at the Friday list of claims that passengers have lodged against the operator.\n"
            + "\n"
            + "Before hearing the first case on Tuesday, Judge Ivo Lund read out a short statement.\n"
            + "\n"
            + "He said the passengers before him had been \"treated like freight\".";

    private static final String LATE_INDEFINITE_JUDGE = "Court attacks ferry operator\n"
            + "\n"
            + "Judge Ivo Lund read out a short statement on Tuesday before hearing the first case.\n"
            + "\n"
            + "The remarks were made at a hearing of claims lodged by passengers.\n"
            + "\n"
            + "The operator has appealed against two earlier rulings.\n"
            + "\n"
            + "A judge in a neighbouring county said last year that such appeals were \"a waste of time\".";

    private static final String LEAD_CONSTABLE = "Chief constable Ada Brenner dismissed, says she is 'deeply hurt'\n"
            + "\n"
            + "A chief constable said she was \"deeply hurt\" to have been dismissed after a hearing found her guilty of misconduct.\n"
            + "\n"
            + "The panel had heard that Ms Brenner helped a friend's son to a post in the force.";

    private static final String BODY_STEWARD = "Store closes without notice\n"
            + "\n"
            + "Staff at the Orrin department store were told on Monday that it had closed, leaving workers such as shop steward Ann Pell without pay.\n"
            + "\n"
            + "The owners have not commented.\n"
            + "\n"
            + "\"We were told nothing,\" the Varn union steward said.";

    @Test
    void twoPeopleGivenTheNounLeaveTheDescription() {
        assertNotEquals("Ivo Lund", with(LEAD_JUDGE_TWO_JUDGES, "a scandal").speakerName());
        assertNotEquals("Ann Pell", with(LEAD_JUDGE_TWO_JUDGES, "a scandal").speakerName());
    }

    @Test
    void aHolderNamedInTheBodyBeforeTheDescriptionIsNoCataphora() {
        assertNotEquals("Ivo Lund", with(LEAD_JUDGE_NAMED_BEFORE, "a scandal").speakerName());
    }

    @Test
    void leadIndefiniteDescriptionIsThePersonNamedLaterWithTheTitle() {
        assertEquals("Ivo Lund", with(LEAD_JUDGE, "a scandal").speakerName());
    }

    @Test
    void indefiniteDescriptionAfterTheLeadIntroducesSomeoneElse() {
        assertNotEquals("Ivo Lund", with(LATE_INDEFINITE_JUDGE, "a waste of time").speakerName());
    }

    @Test
    void leadIndefiniteDescriptionTakesTheHeadlineRecord() {
        assertEquals("Ada Brenner", with(LEAD_CONSTABLE, "deeply hurt").speakerName());
    }

    @Test
    void aNounBeforeAParticipleIsAnotherPersonsRecord() {
        assertNotEquals("Ann Loy", with(LAWYER_REPRESENTING, "jailed an opposition activist").speakerName());
    }

    @Test
    void aBodysPersonIsNoRecordOfTheNamedOne() {
        assertNotEquals("Ann Pell", with(BODY_STEWARD, "We were told nothing").speakerName());
    }
}
