package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n66a: documents and benches that speak for a court, and a firm's report. Rules court-opinion ({@link
 * CourtParts}: `the court's opinion`, `the 40-page opinion`), court-before-judge-title ({@link JudgeTitledCourts}:
 * `X District Court Judge Y` ... `the court said`), bench-of-named-judges ({@link BenchMembers}), trade-named-firm,
 * country-inc-idiom and kind-in-passing ({@link TradeNamedFirms}, {@link LearnedBodyKinds}). Invented text.
 */
class CourtDocumentAuthorRulesTest {

    private static final String COURT = "Levy struck down\n\n"
            + "The Brannock Supreme Court on Monday struck down the county's new water levy.\n\n"
            + "The court said the levy fell hardest on farms with no mains supply.\n\n";

    @Test
    void aPageCountedOpinionIsTheCourts() {
        String text = COURT + "\"A levy that only some residents can escape is no fair levy,\" the 38-page opinion said.";
        assertEquals("Brannock Supreme Court", with(text, "A levy that only some residents can escape").speakerName());
    }

    @Test
    void theCourtsOpinionIsTheCourts() {
        String text = COURT + "While farms may appeal, the court's opinion said the county \"must refund every payment.\"";
        assertEquals("Brannock Supreme Court", with(text, "must refund every payment").speakerName());
    }

    @Test
    void aBareOpinionIsNoCourts() {
        String text = COURT + "Lawyer Ida Brenn disagreed. \"The levy is lawful and fair,\" her opinion said.";
        assertNotEquals("Brannock Supreme Court", with(text, "The levy is lawful and fair").speakerName());
    }

    @Test
    void theCourtIsTheOneNamedBeforeItsJudgesTitle() {
        String text = "Captain jailed over ferry fire\n\n"
                + "Ferry captain Olle Brask got two years in prison from Varnholm East District Court Judge "
                + "Lisa Tenge on Tuesday.\n\n"
                + "The court ruled that he ignored the alarm.\n\n"
                + "\"A captain who hears an alarm must stop the ship,\" the court said.";
        assertEquals("Varnholm East District Court", with(text, "A captain who hears an alarm").speakerName());
    }

    @Test
    void aNamedCourtStillGoesToTheAnaphora() {
        String text = "Captain jailed over ferry fire\n\n"
                + "The Varnholm Court of Appeal on Tuesday jailed ferry captain Olle Brask for two years.\n\n"
                + "\"A captain who hears an alarm must stop the ship,\" the court said.";
        assertEquals("Varnholm Court of Appeal", with(text, "A captain who hears an alarm").speakerName());
    }

    @Test
    void aBenchOfNamedJusticesSpeaksForItsCourt() {
        String text = "Top court restores council vote\n\n"
                + "The Supreme Court on Monday restored the result of the Danpur council vote.\n\n"
                + "\"The officer had no power to discard the ballots,\" a bench comprising Chief Justice R.K. Dasgupta "
                + "and Justices P.L. Mehra and Arun Kaul observed.";
        assertEquals("Supreme Court", with(text, "The officer had no power to discard").speakerName());
    }

    @Test
    void aJusticeSpeakingAloneIsTheJustice() {
        String text = "Top court restores council vote\n\n"
                + "The Supreme Court on Monday restored the result of the Danpur council vote.\n\n"
                + "\"The officer had no power to discard the ballots,\" Justice Arun Kaul observed.";
        assertEquals("Arun Kaul", with(text, "The officer had no power to discard").speakerName());
    }

    @Test
    void aTradeBeforeTheNameMakesTheFirmsReport() {
        String text = "Head of Norland's Vessing Steel to quit over false data\n\n"
                + "The chief of troubled Norland steelmaker Vessing Steel stepped down on Tuesday, days after the firm "
                + "admitted selling beams with falsified test data.\n\n"
                + "Aron Pell's exit deepened the gloom over the country's industry after scandals at carmaker Ostra and "
                + "Pellam Works.\n\n"
                + "Bowing deeply, Pell told reporters: \"I will step down in April so that new people can lead the "
                + "reforms.\"\n\n"
                + "The firm has yet to choose a successor.\n\n"
                + "In its delayed report on the failures, the firm found that staff had changed test results.\n\n"
                + "\"We will earn back the trust of our customers,\" the report said.";
        assertEquals("Vessing Steel", with(text, "We will earn back the trust").speakerName());
    }

    @Test
    void aCountryWithIncIsNoCompany() {
        String text = "Exports slow\n\n"
                + "Growth at Sweden Inc slowed again in the spring.\n\n"
                + "Economist Lena Berg said orders were down for a third month.\n\n"
                + "Trade minister Per Holm said he expected a rebound by the autumn.\n\n"
                + "\"Orders have not recovered,\" the firm said.";
        assertNotEquals("Sweden Inc", with(text, "Orders have not recovered").speakerName());
    }

    private static final String APPEAL = "Appeal court raises sentence\n\n"
            + "On Monday the Norrvik Court of Appeal sentenced Tor Lindell to three years for two assaults.\n\n"
            + "In May Lindell was acquitted of the second assault because the lower Harby District Court said the "
            + "witness was unreliable.\n\n";

    @Test
    void aLightVerbEndsTheCourtsMention() {
        String text = APPEAL + "But the appeals court made \"another judgment,\" saying it was \"clear that the accused "
                + "struck twice\" in that case.";
        assertEquals("Norrvik Court of Appeal", with(text, "clear that the accused struck twice").speakerName());
    }

    @Test
    void aWitnesssTestimonyWeighedIsTheCourts() {
        String text = APPEAL + "But the appeals court made \"another judgment,\" saying it was \"clear that the accused "
                + "struck twice\" in that case.\n\n"
                + "The victim's testimony \"was consistent and detailed,\" adding that her account \"matched the "
                + "medical records.\"";
        assertEquals("Norrvik Court of Appeal", with(text, "was consistent and detailed").speakerName());
    }

    @Test
    void aTestimonyWithNoCourtSpeakingBeforeIsNoCourts() {
        String text = "Hearing on the harbour fire\n\n"
                + "The Norrvik Court of Appeal will hear the harbour fire case in June.\n\n"
                + "Dock manager Ivo Hansen said the alarm had failed twice that week.\n\n"
                + "The guard's testimony \"was never taken,\" he said.";
        assertNotEquals("Norrvik Court of Appeal", with(text, "was never taken").speakerName());
    }
}
