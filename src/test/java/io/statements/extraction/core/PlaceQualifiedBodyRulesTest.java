package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n68a, rule place-qualified-body ({@link PlaceQualifiedBodies}): `the government`, `police`, `the ministry`
 * are the state body the article qualified by its country or place (`the Estonian government`, `Latvia's police`);
 * a modifier must agree, a possessed or indefinite noun is no such mention, and two states leave it. Invented text.
 */
class PlaceQualifiedBodyRulesTest {

    @Test
    void theGovernmentIsTheOneTheArticleQualifiedByItsNationality() {
        String text = "Ferry line sold\n\n"
                + "The Estonian government will keep a small stake in the ferry line after the sale.\n\n"
                + "\"The buyer has promised to keep every winter route,\" the government said on Friday.";
        assertEquals("Estonian government", with(text, "The buyer has promised").speakerName());
    }

    @Test
    void barePoliceIsTheForceWrittenWithItsCountrysPossessive() {
        String text = "Hikers found\n\n"
                + "Latvia's police began the search on Sunday after two hikers failed to return.\n\n"
                + "Both were found alive near a forest hut on Monday, police said.\n\n"
                + "Police said the pair had \"walked in circles for two nights\" in the fog.";
        assertEquals("Latvia's police", with(text, "Both were found alive").speakerName());
        assertEquals("Latvia's police", with(text, "walked in circles").speakerName());
    }

    @Test
    void aModifierMustAgreeWithTheQualifiedBody() {
        String text = "Trawler ban\n\n"
                + "Chile's fisheries ministry closed the bay to trawlers on Tuesday.\n\n"
                + "\"The children of the coast deserve clean water,\" the health ministry said.";
        assertNotEquals("Chile's fisheries ministry", with(text, "The children of the coast").speakerName());
    }

    @Test
    void theModifiedMentionReachesTheBodyWithThatModifier() {
        String text = "Trawler ban\n\n"
                + "Chile's fisheries ministry closed the bay to trawlers on Tuesday.\n\n"
                + "\"No boat may enter before March,\" the fisheries ministry said.";
        assertEquals("Chile's fisheries ministry", with(text, "No boat may enter").speakerName());
    }

    @Test
    void aGovernmentOwnedByARelativePronounIsNoMentionOfTheQualifiedOne() {
        String text = "Donors listed\n\n"
                + "The Estonian government gave the museum a grant last year.\n\n"
                + "A former minister whose government had \"done nothing for the arts\" also gave money.";
        assertNotEquals("Estonian government", with(text, "done nothing for the arts").speakerName());
    }

    @Test
    void twoStatesNamedFarBackLeaveTheNoun() {
        String text = "Border talks\n\n"
                + "The Peruvian government and the Bolivian government met at the lake on Monday.\n\n"
                + "Fishermen on both shores have argued over the catch for years.\n\n"
                + "Prices of trout rose again this spring, traders in the market towns said.\n\n"
                + "Boats now leave before dawn to reach the deeper water first.\n\n"
                + "\"We want a shared quota by winter,\" the government said.";
        String name = with(text, "We want a shared quota").speakerName();
        assertNotEquals("Peruvian government", name);
        assertNotEquals("Bolivian government", name);
    }

    @Test
    void aForceQualifiedOnlyFarAfterTheMentionIsNotTheSpeaker() {
        String text = "Boat seized\n\n"
                + "Police confirmed on Monday that a smuggling boat had been seized near the river mouth.\n\n"
                + "Its crew were \"trying to outrun the patrol boats,\" police said.\n\n"
                + "The men had left a port where Polish police had tried to stop them a week before.";
        assertNotEquals("Polish police", with(text, "trying to outrun").speakerName());
    }

    @Test
    void aForceQualifiedInTheHeadlineIsThePoliceOfTheBody() {
        String text = "Chilean police search for missing climbers\n\n"
                + "Two climbers were reported missing on Sunday.\n\n"
                + "\"The weather closed in on the ridge within an hour,\" police said.";
        assertEquals("Chilean police", with(text, "The weather closed in").speakerName());
    }

    /** lead63: states were told apart by their first four letters, which made Austria and Australia one. */
    @Test
    void statesWhoseNamesShareTheirFirstLettersAreTwoStates() {
        String text = "Visa deal\n\n"
                + "The Austrian government and Australia's government signed a working-holiday deal on Monday.\n\n"
                + "Students on both sides have asked for such a scheme for years.\n\n"
                + "Airlines expect more bookings on the long route next summer.\n\n"
                + "Universities plan joint courses from the autumn term.\n\n"
                + "\"Young people will be able to work for twelve months,\" the government said.";
        String name = with(text, "Young people will be able").speakerName();
        assertNotEquals("Austrian government", name);
        assertNotEquals("Australia's government", name);
    }

    @Test
    void twoPlacesThatShareTheirFirstWordAreTwoStates() {
        String text = "Shipping pact\n\n"
                + "The South Korean government and South Africa's government agreed on a shipping pact on Monday.\n\n"
                + "Port workers in both countries had waited for the deal.\n\n"
                + "Freight rates on the route fell last year.\n\n"
                + "Insurers welcomed the news.\n\n"
                + "\"The first ships will sail in May,\" the government said.";
        String name = with(text, "The first ships will sail").speakerName();
        assertNotEquals("South Korean government", name);
        assertNotEquals("South Africa's government", name);
    }

    @Test
    void anAdjectiveAndItsCountryAreOneStateEvenWhenNoEndingMakesOneFromTheOther() {
        String text = "Fjord ferries\n\n"
                + "The Norwegian government ordered six electric ferries last spring.\n\n"
                + "Norway's government has since added two more to the order.\n\n"
                + "\"Every fjord crossing will be electric by 2030,\" the government said.";
        assertEquals("Norway's government", with(text, "Every fjord crossing").speakerName());
    }

    // n71m: the shared reader (PlaceQualifiers) reads a possessive the tokenizer splits off (`Philippines` `'`)
    @Test
    void aPluralPlacesPossessiveQualifiesTheBody() {
        String text = "Ferry arrests\n\n"
                + "The Philippines' police arrested the captain of the ferry on Sunday.\n\n"
                + "\"He will appear in court on Monday,\" police said.";
        assertEquals("Philippines' police", with(text, "He will appear in court").speakerName());
    }
}
