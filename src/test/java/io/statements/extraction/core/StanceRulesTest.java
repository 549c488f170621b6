package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Suggested stance and target: only with evidence a rule can point at. Invented sentences. */
class StanceRulesTest {

    private static void assertStance(Stance stance, String target, String evidence, ExtractedStatement s) {
        assertEquals(stance, s.stance(), "stance");
        assertEquals(target, s.stanceTarget(), "target");
        assertEquals(evidence, s.stanceEvidence().text(), "evidence");
    }

    @Test
    void aVerbOfBlameAsTheCueOpposesItsObject() {
        String text = "Mayor Tilda Brask blamed the Harbour Authority for the flooding, saying the gates \"were left open all night.\"";
        assertStance(Stance.OPPOSE, "Harbour Authority", "blamed", with(text, "were left open all night."));
        // a headline's quotes are attributed from the body: the sentence stands below a headline here
        String other = "Tenants' meeting\n\nThe tenants blamed Mayor Tilda Brask, saying the pumps \"were never switched on.\"";
        assertStance(Stance.OPPOSE, "Tilda Brask", "blamed", with(other, "were never switched on."));
    }

    @Test
    void praiseAsTheCueSupportsItsObject() {
        String text = "The union praised Governor Ellis Varga for \"keeping every promise he made to nurses.\"";
        assertStance(Stance.SUPPORT, "Ellis Varga", "praised", with(text, "keeping every promise"));
    }

    @Test
    void holdingSomeoneResponsibleInsideTheQuoteOpposesThem() {
        String text = "\"We hold the Northline Shipping company fully responsible for this spill,\" the ministry said.";
        ExtractedStatement s = with(text, "We hold the Northline Shipping company");
        assertStance(Stance.OPPOSE, "Northline Shipping company", "hold the Northline Shipping company fully responsible", s);
    }

    @Test
    void aJudgingAdjectiveWithItsBearerOpposesTheBearer() {
        String text = "\"These were reckless manoeuvres of the Valdorian navy,\" Admiral Pia Kern said.";
        ExtractedStatement s = with(text, "These were reckless manoeuvres");
        assertEquals(Stance.OPPOSE, s.stance());
        assertEquals("Valdorian navy", s.stanceTarget());
    }

    @Test
    void aDemonymStandsForItsCountry() {
        String text = "\"The blame for the crash lies wholly with the Israeli side,\" the general said.";
        ExtractedStatement s = with(text, "The blame for the crash");
        assertStance(Stance.OPPOSE, "Israel", "blame for the crash lies wholly with", s);
    }

    @Test
    void someoneElsesBlameInsideTheQuoteIsNotTheSpeakersStance() {
        String text = "\"The opposition blamed the council for the delay, but that is not my view,\" Mayor Rhea Olin said.";
        ExtractedStatement s = with(text, "The opposition blamed the council");
        assertNull(s.stance());
        assertNull(s.stanceTarget());
        assertNull(s.stanceEvidence());
    }

    @Test
    void withoutANameableTargetNothingIsSuggested() {
        String text = "Councillor Ada Frost criticized them, saying the plan \"will cost far more than promised.\"";
        ExtractedStatement s = with(text, "will cost far more than promised.");
        assertNull(s.stance());
    }

    @Test
    void plainReportingSuggestsNoStance() {
        String text = "\"The bridge will reopen on Monday after repairs,\" said Oren Lasky, a spokesman for the county.";
        assertNull(with(text, "The bridge will reopen").stance());
    }
}
