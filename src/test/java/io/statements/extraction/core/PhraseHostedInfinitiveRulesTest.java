package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule phrase-hosted-infinitive (session n54a, {@link InfinitiveHosts}): a verb of saying in an infinitive after `went
 * so far as` / `as far as` or a copula and an adjective of readiness or a participle (`was quick to say`, `was
 * prompted to say`) has the clause's subject, not the sentence's;
 * near-misses: an inability (`was unable to say`) whose quote is someone else's, an adjective of readiness hosting no
 * verb of saying. Invented text.
 */
class PhraseHostedInfinitiveRulesTest {

    @Test
    void goneSoFarAsToSayAtAColon() {
        String text = "Ferry plan\n\n"
                + "Rival operators lined up on Monday. The harbour columnist Petra Hollis had gone so far as to say: "
                + "\"This timetable is a slow way of closing the route.\"";
        assertEquals("Petra Hollis", with(text, "This timetable is a slow way").speakerName());
    }

    @Test
    void wentAsFarAsToSayAfterAComma() {
        String text = "School meals\n\n"
                + "Hilde Ravensworth spoke after the vote. Ravensworth went as far as to say, \"Every costing in this "
                + "plan is a guess.\"";
        assertEquals("Hilde Ravensworth", with(text, "Every costing in this plan").speakerName());
    }

    @Test
    void wasQuickToSayThat() {
        String text = "School meals\n\n"
                + "The education minister, Corin Maddox, was quick to say that the pledge \"will be paid for in full\" "
                + "when pressed by the committee on Wednesday.";
        assertEquals("Corin Maddox", with(text, "will be paid for in full").speakerName());
    }

    @Test
    void aParticipleHostInAResultClauseHasItsOwnSubject() {
        String text = "Council debate\n\n"
                + "The council met on Monday. The hearing was so quiet that Mayor Oren Tally was moved to say, "
                + "\"This is the calmest room I have sat in.\"";
        assertEquals("Oren Tally", with(text, "the calmest room I have sat in").speakerName());
    }

    @Test
    void anInabilityLeavesTheQuoteToItsOwnSpeaker() {
        String text = "Pier plan\n\n"
                + "The spokesman was unable to say whether the pier would reopen, but the owner, Tamsin Okoro, told "
                + "reporters it was \"a matter of weeks.\"";
        assertEquals("Tamsin Okoro", with(text, "a matter of weeks").speakerName());
    }

    @Test
    void readinessWithoutAVerbOfSayingChangesNothing() {
        String text = "Pier plan\n\n"
                + "Ida Berg was first to arrive at the hall, and Tomas Reyes said the deal was \"done and dusted.\"";
        assertEquals("Tomas Reyes", with(text, "done and dusted").speakerName());
    }
}
