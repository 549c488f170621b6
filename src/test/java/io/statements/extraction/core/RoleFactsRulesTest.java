package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n68c, rules role-fact-cataphora ({@link RoleFacts}, in {@link LeadCataphora}), person-at-body-appositive
 * ({@link TitleAppositives}) and portfolio-chief-minister ({@link PortfolioTitles}): a lead's `an MP warned` is the
 * person the article next names and gives the noun anywhere (an appositive after the name, `who led the party`, a
 * later `the lawmaker` resolved to them); `His old business partner at Corvane, X,` is X; `the country's health
 * chief` is the one `Health Minister`. Not a person never given the noun, not `a lawyer for the lawmaker`, not a
 * firm's appositive, not another portfolio's minister. Invented text.
 */
class RoleFactsRulesTest {

    private static final String MP_NAMED_NEXT = "Mill closure leaves valley short of work\n"
            + "\n"
            + "Some 900 posts are to be cut by next summer at the Eastmoor mill.\n"
            + "\n"
            + "The owner's decision to shut the mill will strip the valley of its biggest employer, as an MP warned that the plan raised \"grave questions\" for the region.\n"
            + "\n"
            + "Tom Vale, the shadow minister for industry and Labour MP for Eastmoor, said the closure would leave the valley \"without a heart\".";

    private static final String MP_NOT_GIVEN = "Dock closure leaves town short of work\n"
            + "\n"
            + "The owner's decision to shut the Varrow dock will strip the town of its biggest employer, as an MP warned that the plan raised \"grave questions\" for jobs.\n"
            + "\n"
            + "Tom Vale, the shadow minister for industry, said the closure would leave the town \"without a heart\".";

    private static final String LAWMAKER_RESOLVED_LATER = "Norland lawmaker wants singer banned\n"
            + "\n"
            + "A northern lawmaker is demanding that a touring singer be barred from entering Norland after the singer claimed its workers were a danger to others.\n"
            + "\n"
            + "\"There is no fair basis for such a claim,\" Ivo Sandor wrote in a motion put to the national assembly.\n"
            + "\n"
            + "The lawmaker, who represents a northern farming district, said the remarks had \"hurt thousands of families\".";

    private static final String LAWYER_FOR_THE_LAWMAKER = "Norland lawmaker wants singer banned\n"
            + "\n"
            + "A northern lawmaker is demanding that a touring singer be barred from entering Norland after the singer mocked its workers.\n"
            + "\n"
            + "Ann Loy, a lawyer for the lawmaker, said the remarks had \"hurt thousands of families\".";

    private static final String WHO_LED_THE_PARTY = "Party row\n"
            + "\n"
            + "A former Green Party chairman says the leaders should have acted a year earlier on the complaints.\n"
            + "\n"
            + "Don Hale, who led the party from 1995 to 1999, said he had warned the leaders \"again and again\".";

    private static final String WHO_JOINED_THE_PARTY = "Party row\n"
            + "\n"
            + "A former Green Party chairman says the leaders should have acted a year earlier on the complaints.\n"
            + "\n"
            + "Don Hale, who joined the party in 1995, said he had warned the leaders \"again and again\".";

    private static final String TOOK_CHARGE = "Trust chief apologises\n"
            + "\n"
            + "The chief executive of Marlow's main hospital trust has apologised \"without reservation\" after a review found years of failings.\n"
            + "\n"
            + "Petra Lind, who took charge of the Marlow Hospitals Trust in May, said \"much has changed already\".";

    private static final String WHO_IS_CHAIRMAN = "Party row\n"
            + "\n"
            + "A former Green Party chairman says the leaders should have acted a year earlier on the complaints.\n"
            + "\n"
            + "Don Hale, who was the party's chairman until 1999, said he had warned the leaders \"again and again\".";

    private static final String PARTNER_AT_BODY = "Harbour deal\n"
            + "\n"
            + "Over two decades he built one of his firms, Corvane Shipping, into a large business. His old business partner at Corvane, Carl B. Morrow, called him a master at closing hard deals. \"No one read a balance sheet faster.\"";

    private static final String FIRM_AT_BODY = "Harbour deal\n"
            + "\n"
            + "Over two decades he built one of his firms, Corvane Shipping, into a large business. His main firm at Corvane, Morrow Shipping, called the deal \"a master stroke\" in a filing.";

    private static final String HEALTH_CHIEF = "Rail crash toll revised\n"
            + "\n"
            + "Nineteen people died in the crash in the southern province and 185 were hurt, Health Minister Dana Ferro said on Saturday.\n"
            + "\n"
            + "The figures came after the ministry had said that the crash killed 32 people. According to the nation's health chief, the error arose because several dozen people had been unconscious.";

    private static final String OTHER_PORTFOLIO = "Rail crash toll revised\n"
            + "\n"
            + "Nineteen people died in the crash in the southern province, Finance Minister Dana Ferro said on Saturday.\n"
            + "\n"
            + "According to the nation's health chief, the error arose because several dozen people had been unconscious.";

    @Test
    void leadDescriptionIsTheNextPersonGivenTheNounInAnAppositive() {
        assertEquals("Tom Vale", with(MP_NAMED_NEXT, "grave questions").speakerName());
    }

    @Test
    void leadDescriptionStaysWhenTheNextPersonIsNeverGivenTheNoun() {
        assertNotEquals("Tom Vale", with(MP_NOT_GIVEN, "grave questions").speakerName());
    }

    @Test
    void leadDescriptionIsThePersonALaterDescriptionWasResolvedTo() {
        assertEquals("Ivo Sandor", with(LAWMAKER_RESOLVED_LATER, "a touring singer be barred").speakerName());
    }

    @Test
    void aNounInsideTheAppositivesPrepositionalPhraseIsNoFact() {
        assertNotEquals("Ann Loy", with(LAWYER_FOR_THE_LAWMAKER, "a touring singer be barred").speakerName());
    }

    @Test
    void whoLedTheBodyMakesTheChairman() {
        assertEquals("Don Hale", with(WHO_LED_THE_PARTY, "acted a year earlier").speakerName());
    }

    @Test
    void whoJoinedTheBodyMakesNoChairman() {
        assertNotEquals("Don Hale", with(WHO_JOINED_THE_PARTY, "acted a year earlier").speakerName());
    }

    @Test
    void whoTookChargeOfTheBodyMakesItsChiefExecutive() {
        assertEquals("Petra Lind", with(TOOK_CHARGE, "without reservation").speakerName());
    }

    @Test
    void whoIsTheBodysChairGivesTheAppositiveAfterTheCopula() {
        assertEquals("Don Hale", with(WHO_IS_CHAIRMAN, "acted a year earlier").speakerName());
    }

    @Test
    void personDescribedAtABodyIsTheNameInApposition() {
        assertEquals("Carl B. Morrow", with(PARTNER_AT_BODY, "master at closing hard deals").speakerName());
    }

    @Test
    void aFirmDescribedAtABodyIsNoPerson() {
        assertNotEquals("Morrow Shipping", with(FIRM_AT_BODY, "a master stroke").speakerName());
    }

    @Test
    void portfolioChiefIsThatPortfoliosMinister() {
        assertEquals("Dana Ferro", with(HEALTH_CHIEF, "the error arose").speakerName());
    }

    @Test
    void portfolioChiefIsNoOtherPortfoliosMinister() {
        assertNotEquals("Dana Ferro", with(OTHER_PORTFOLIO, "the error arose").speakerName());
    }
}
