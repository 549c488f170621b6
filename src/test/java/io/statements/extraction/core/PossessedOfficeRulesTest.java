package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names35: `His office put out a short statement saying` (rules phrasal-verb-object and possessed-office): the
 * phrasal verb `put out` is no part of the subject (it was `office put`), and an office of the person `his`/`her`
 * means speaks under that person's name; `his campaign` is the candidate's even when the text names an organisation
 * with `Campaign` in its name (rule possessive-campaign-not-named-org), and a `he`/`she` after that campaign spoke
 * is the candidate, not the campaign (rule campaign-candidate-pronoun). Invented text.
 */
class PossessedOfficeRulesTest {

    private static final String TEXT = "Senators split on refugee plan\n\n"
            + "Several senators criticised the plan on Tuesday. Sen. Richard Brandt of Ohio was among them. His office "
            + "put out a short statement saying the country \"cannot vet the new arrivals in time.\"\n\n"
            + "Rep. Frank Hunt opposed it as well. On Friday his campaign sent out an email saying the plan was "
            + "\"reckless and rushed.\"\n\n"
            + "The Campaign for Safe Borders, a lobby group, ran ads in Ohio. Hunt spoke in Dayton on Saturday. His "
            + "campaign said he would \"keep pressing\" the point.\n\n"
            + "On Sunday, his campaign sent out a letter stressing his votes on trade. \"We will not back down,\" read the "
            + "letter.\n\n"
            + "On Monday, he dodged the question of a debate, telling reporters his calendar was full.\n\n"
            + "The harbour board put out a short statement saying the fares \"must rise.\"";

    @Test
    void hisOfficeIsTheSenator() {
        assertEquals("Richard Brandt", with(TEXT, "cannot vet").speakerName());
    }

    @Test
    void aPhrasalVerbEndsTheSubject() {
        assertEquals("Frank Hunt campaign", with(TEXT, "reckless and rushed").speakerName());
        assertEquals("harbour board", with(TEXT, "must rise").speakerName());
    }

    @Test
    void aPronounAfterTheCampaignIsTheCandidate() {
        assertEquals("Frank Hunt", with(TEXT, "calendar was full").speakerName());
    }

    @Test
    void hisCampaignIsNoNamedOrganisation() {
        assertEquals("Frank Hunt campaign", with(TEXT, "keep pressing").speakerName());
    }
}
