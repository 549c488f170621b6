package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n72d ({@link ChiefTitles}, {@link DescribedHolders}, {@link PersonRecords}): a description's noun meets the
 * record of the one named holder under a close synonym (`chief executive` and `boss`, `Chief Justice` and `judiciary
 * boss`, `skipper` and `captain`); a description the resolver left with kind GROUP (`the coroner`) is still one
 * person's; an indefinite description in the lead that an earlier rule already gave the holder is no second holder.
 * Invented text.
 */
class ChiefTitlesRulesTest {

    private static final String BOSS_THEN_CHIEF_EXECUTIVE = "Netball body ends star's contract\n"
            + "\n"
            + "Netball Norland boss Wendy Aldous has defended the decision to end the contract of the team's captain.\n"
            + "\n"
            + "The chief executive, speaking on local radio, said: \"We had no other option open to us.\"";

    private static final String CHIEF_JUSTICE = "Court throws out poll challenge\n"
            + "\n"
            + "Chief Justice Tomas Mbeki, sitting with six other judges, dismissed the challenge to the result.\n"
            + "\n"
            + "\"The applicant brought no evidence of his own to the court,\" said the judiciary boss.";

    private static final String CHIEF_ECONOMIST = "Bank warns of slower growth\n"
            + "\n"
            + "Chief economist Lena Harrow presented the figures to reporters on Monday.\n"
            + "\n"
            + "\"We expect a difficult winter,\" the bank boss said.";

    private static final String SKIPPER = "Former captain banned by board\n"
            + "\n"
            + "Former Varland captain Anil Rasheed has been suspended by the cricket board.\n"
            + "\n"
            + "The former Varland skipper said the ban was \"a vendetta by a small group\".";

    private static final String CORONER = "Coroner faults ride operator\n"
            + "\n"
            + "A theme park's safety record was a \"complete failure\", a coroner has found.\n"
            + "\n"
            + "Coroner Maud Feeney handed down her findings on Tuesday after a six-week inquest.\n"
            + "\n"
            + "In court, the coroner said the ride had \"posed an obvious danger\" to riders.";

    private static final String SECOND_CORONER = "Coroner faults ride operator\n"
            + "\n"
            + "Coroner Maud Feeney handed down her findings on Tuesday after a six-week inquest.\n"
            + "\n"
            + "A coroner in another state will hold a second inquest next year.\n"
            + "\n"
            + "In court, the coroner said the ride had \"posed an obvious danger\" to riders.";

    @Test
    void theChiefExecutiveIsTheBossTheArticleNamed() {
        assertEquals("Wendy Aldous", with(BOSS_THEN_CHIEF_EXECUTIVE, "no other option").speakerName());
    }

    @Test
    void theJudiciaryBossIsTheChiefJustice() {
        assertEquals("Tomas Mbeki", with(CHIEF_JUSTICE, "brought no evidence").speakerName());
    }

    @Test
    void aChiefEconomistIsNobodysBoss() {
        assertEquals("bank boss", with(CHIEF_ECONOMIST, "difficult winter").speakerName());
    }

    @Test
    void theSkipperIsTheCaptain() {
        assertEquals("Anil Rasheed", with(SKIPPER, "vendetta").speakerName());
    }

    @Test
    void theCoronerIsTheOneCoronerNamedThoughTheLeadIntroducedHerIndefinitely() {
        assertEquals("Maud Feeney", with(CORONER, "obvious danger").speakerName());
    }

    @Test
    void anIndefiniteCoronerNobodyNamedIsASecondOne() {
        assertEquals("coroner", with(SECOND_CORONER, "obvious danger").speakerName());
    }
}
