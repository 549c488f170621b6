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

    // n70a: the record's modifiers must agree with the description's; a possessed `her lawyer` records nobody
    private static final String LEAD_LAWYER_FORMER = "Court jails harbour official\n"
            + "\n"
            + "A court in Varrow jailed a harbour official for two years on Monday, a defence lawyer said.\n"
            + "\n"
            + "The official was convicted of taking bribes from shipping agents.\n"
            + "\n"
            + "Former lawyer Ivo Sandor, who once advised the harbour board, was jailed in the same case last year.";

    private static final String LEAD_LAWYER_DEFENCE = "Court jails harbour official\n"
            + "\n"
            + "A court in Varrow jailed a harbour official for two years on Monday, a defence lawyer said.\n"
            + "\n"
            + "The official was convicted of taking bribes from shipping agents.\n"
            + "\n"
            + "Defence lawyer Ivo Sandor said his client would appeal.";

    private static final String LEAD_LAWYER_POSSESSED = "Court frees ferry captain\n"
            + "\n"
            + "A court in Varrow freed a ferry captain on Friday after two months in custody, a defense lawyer said.\n"
            + "\n"
            + "Captain Mira Oszt had been held since the sinking of a cargo boat in June.\n"
            + "\n"
            + "\"She is relieved and wants to go home,\" her lawyer said.\n"
            + "\n"
            + "Mira Oszt thanked her crew in a short note.";

    @Test
    void aFormerHolderIsNoRecordOfThePresentRole() {
        assertNotEquals("Ivo Sandor", with(LEAD_LAWYER_FORMER, "jailed a harbour official").speakerName());
    }

    @Test
    void aRecordWithTheSameSideStillNamesTheDescription() {
        assertEquals("Ivo Sandor", with(LEAD_LAWYER_DEFENCE, "jailed a harbour official").speakerName());
    }

    @Test
    void aPossessedDescriptionGivenToTheClientRecordsNoRole() {
        // a guard only: the resolver names `her lawyer` as the client's lawyer, so this passes with or without n70a
        assertNotEquals("Mira Oszt", with(LEAD_LAWYER_POSSESSED, "freed a ferry captain").speakerName());
    }

    // n71m: tests that fail without n70a's change (the two above pass either way; they stay as guards)
    private static final String LEAD_LAWYER_OTHER_SIDE = "Tribunal fines quarry owner\n"
            + "\n"
            + "A tribunal in Kessock fined a quarry owner for blasting at night on Wednesday, a defence lawyer said.\n"
            + "\n"
            + "The owner had ignored three warnings from the district council.\n"
            + "\n"
            + "Prosecution lawyer Ivo Sandor left the hall before the ruling was read.";

    private static final String LEAD_LAWYER_SAME_SIDE = LEAD_LAWYER_OTHER_SIDE.replace("Prosecution", "Defence");

    private static final String CLIENT_FREED = "Ferry captain freed\n"
            + "\n"
            + "A court in Varrow freed Captain Mira Oszt on Friday after two months in custody.\n"
            + "\n"
            + "\"She is relieved,\" her lawyer said.";

    @Test
    void aRecordOfTheOtherSideIsNoRecordOfTheDescription() {
        assertEquals("defence lawyer", with(LEAD_LAWYER_OTHER_SIDE, "fined a quarry owner").speakerName());
        assertEquals("Ivo Sandor", with(LEAD_LAWYER_SAME_SIDE, "fined a quarry owner").speakerName());
    }

    @Test
    void onlyADefiniteDescriptionTheResolverGaveToAPersonRecordsItsNoun() {
        assertEquals(false, recordedThroughStatement(CLIENT_FREED, "her lawyer"));
        assertEquals(true, recordedThroughStatement(CLIENT_FREED, "the lawyer"));
    }

    /** Whether `lawyer` is recorded for Mira Oszt once a statement with this mention is hers. */
    private static boolean recordedThroughStatement(String text, String mention) {
        Doc d = new Doc(text);
        Pipeline.namesAndGenders(d);
        Stmt st = new Stmt();
        st.sp = new Speaker(0, 0, mention, "Mira Oszt", SpeakerKind.PERSON, null);
        d.out.add(st);
        return RoleFacts.given(d, "Mira Oszt", "lawyer");
    }

    @Test
    void modifiersAgreeInRankAndSide() {
        assertEquals(false, RoleFacts.agree(java.util.List.of("defence"), java.util.List.of("former")));
        assertEquals(false, RoleFacts.agree(java.util.List.of("defence"), java.util.List.of("prosecution")));
        assertEquals(false, RoleFacts.agree(java.util.List.of(), java.util.List.of("deputy")));
        assertEquals(true, RoleFacts.agree(java.util.List.of("defence"), java.util.List.of("veteran")));
        assertEquals(true, RoleFacts.agree(java.util.List.of("acting", "defense"), java.util.List.of("acting", "defence")));
    }

    private static final String LEAD_LAWYER_ACCORDING = "Court frees ferry captain\n"
            + "\n"
            + "A military court in Varrow freed a ferry captain on Friday after two months in custody, according to a lawyer.\n"
            + "\n"
            + "The captain had been held since a cargo boat sank in the harbour in June.\n"
            + "\n"
            + "According to her lawyer, Oszt was charged with neglect of duty after the sinking.\n"
            + "\n"
            + "Captain Mira Oszt thanked her crew in a short note.";

    @Test
    void aPossessedNounBeforeTheClientsNameIsNoRecordOfHer() {
        assertNotEquals("Mira Oszt", with(LEAD_LAWYER_ACCORDING, "freed a ferry captain").speakerName());
    }
}
