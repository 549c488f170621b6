package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n63d, rule justice-title-judge ({@link JusticeTitles}): `Justice Aaron Teo` is `the judge`, and `Chief
 * Justice R.K. Mehra` (`CJI Mehra`) is `the CJI` and `the chief justice`; `the judge` stays the holder of `Judge X`
 * when the text names one. Invented text.
 */
class JusticeTitleRulesTest {

    private static final String JUDGE = "Ex-official jailed\n\n"
            + "Justice Aaron Teo sentenced the former official to ten months in jail on Friday.\n\n"
            + "The defence had asked for a fine. \"Public servants must be held to a higher standard,\" the judge said.";

    private static final String CHIEF = "Recount ordered\n\n"
            + "Chief Justice R.K. Mehra led the bench of three judges. Justice Anil Rao wrote a separate note.\n\n"
            + "\"The ballots were defaced on purpose,\" the CJI said. \"Count them again,\" the chief justice added.";

    private static final String JUDGE_TITLED = "Ex-official jailed\n\n"
            + "Justice Aaron Teo heard the appeal in March. Judge Mira Holt sentenced the official on Friday.\n\n"
            + "\"Public servants must be held to a higher standard,\" the judge said.";

    @Test
    void theJudgeIsTheJusticeNamedBefore() {
        assertEquals("Aaron Teo", with(JUDGE, "Public servants must be held").speakerName());
    }

    @Test
    void theCjiIsTheChiefJusticeNotAnotherJustice() {
        assertEquals("R.K. Mehra", with(CHIEF, "The ballots were defaced").speakerName());
    }

    @Test
    void theChiefJusticeIsTheChiefJustice() {
        assertEquals("R.K. Mehra", with(CHIEF, "Count them again").speakerName());
    }

    @Test
    void aJudgeTitledJudgeStaysTheJudge() {
        assertEquals("Mira Holt", with(JUDGE_TITLED, "Public servants must be held").speakerName());
    }
}
