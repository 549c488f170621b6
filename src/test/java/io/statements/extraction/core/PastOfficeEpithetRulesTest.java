package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n72d, rule past-office-epithet ({@link PastOfficeEpithets} through {@link EpithetTopics}): `the then
 * Kestrel boss`, `the former Varland coach` calls back the subject of the sentence before, a person named in
 * full. Not when that subject names nobody in full, nor for someone else's person (`the former Okafor aide`). Invented
 * text.
 */
class PastOfficeEpithetRulesTest {

    private static final String THEN_BOSS = "Kestrel sack manager after six games\n"
            + "\n"
            + "Kestrel have parted company with Marco Bellandi after only six league games in charge.\n"
            + "\n"
            + "Bellandi's methods split the dressing room from the first week of pre-season.\n"
            + "\n"
            + "Marco Bellandi even said the squad's poor fitness was making him \"lose sleep\".\n"
            + "\n"
            + "\"I need hungry players,\" said the then Kestrel boss. \"I need them now.\"";

    private static final String SUBJECT_UNNAMED = "Kestrel sack manager after six games\n"
            + "\n"
            + "Kestrel have parted company with Marco Bellandi after only six league games in charge.\n"
            + "\n"
            + "The club's owner, Piet Lanz, had backed Bellandi in the summer.\n"
            + "\n"
            + "His wife even said the move had made the family \"lose sleep\".\n"
            + "\n"
            + "\"I need hungry players,\" said the then Kestrel boss. \"I need them now.\"";

    private static final String SOMEONE_ELSES_AIDE = "Mayor faces inquiry\n"
            + "\n"
            + "Mayor Dina Okafor will face an inquiry into the sale of the old harbour depot.\n"
            + "\n"
            + "Tomas Weller told the council the sale had been \"handled in a hurry\".\n"
            + "\n"
            + "\"Nobody asked the right questions,\" said the former Okafor aide.";

    @Test
    void theThenBossIsTheSubjectOfTheSentenceBefore() {
        assertEquals("Marco Bellandi", with(THEN_BOSS, "hungry players").speakerName());
    }

    @Test
    void noSubjectNamedInFullLeavesTheEpithet() {
        assertEquals("then Kestrel boss", with(SUBJECT_UNNAMED, "hungry players").speakerName());
    }

    @Test
    void someoneElsesPersonIsNoPastOffice() {
        assertEquals("former Okafor aide", with(SOMEONE_ELSES_AIDE, "right questions").speakerName());
    }
}
