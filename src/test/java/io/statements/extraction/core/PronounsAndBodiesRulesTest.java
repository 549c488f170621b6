package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n73b: `he`/`she` stand for a person, `it` and `police` for the body the article is about
 * ({@link PluralBodyNames}, {@link ItAfterQuotes}, {@link PoliceForces}). The positive cases fail at 77f02e95
 * (checked); the negatives must not change. Invented text.
 */
class PronounsAndBodiesRulesTest {

    /** `The Greens were ready to vote`: a plural after `the` is a party, never the `he` of its opponent. */
    @Test
    void aPartyWrittenAsThePluralIsNoHe() {
        String text = "Tomas Reyes quits as harbour chief\n\n"
                + "Tomas Reyes stood down on Monday, a week after he tore up the deal with the Alder"
                + " Greens that had let both parties share the harbour board.\n\n"
                + "The Greens were ready to vote with the opposition against him on Wednesday.\n\n"
                + "He said a compromise had been \"close at hand\", and he added: \"No seat on any board"
                + " is worth giving up what I believe in.\"";
        assertEquals("Tomas Reyes", with(text, "No seat on any board").speakerName());
    }

    /** `some 120 Machinists`, `Kestrel Machinists union members`: the union's members, not `he`. */
    @Test
    void aGroupCountedInNumbersIsNoHe() {
        String text = "Kestrel Machinists turn down wage deal\n\n"
                + "Kestrel Machinists union members rejected the wage deal by a large majority on"
                + " Friday.\n\n"
                + "Ansel Vry spent the evening outside the depot in Portmore with his sister and his two"
                + " sons.\n\n"
                + "Shortly after eleven, the count was announced to some 120 Machinists gathered there.\n\n"
                + "\"My father walked out in 1990, and tonight so do we,\" he said.";
        assertEquals("Ansel Vry", with(text, "My father walked out").speakerName());
    }

    /** `a new leader of Sinn Varra`: a body that has a leader is no person. */
    @Test
    void aBodyWithALeaderIsNoHe() {
        String text = "Harbour premier steps down\n\n"
                + "Mr. Dorran said family and politics had both shaped his choice.\n\n"
                + "He has governed the island since the spring of 2016, a time that saw two hurricanes"
                + " strip the roofs from the northern villages, a bitter quarrel over the new bridge"
                + " tolls, the end of the old cannery in the east and a slow return of visitors after the"
                + " second hurricane, years before most ministers in his present cabinet had won a seat of"
                + " their own.\n\n"
                + "He leaves office today, and a new leader of Sinn Varra could be chosen before the"
                + " autumn conference.\n\n"
                + "\"Every premier should know the day to hand over, and for me that day has arrived,\" he"
                + " said.";
        assertEquals("Dorran", with(text, "Every premier should know").speakerName());
    }

    /** `Kestrel blames ... crews, who belong to the Harbour Pilots Guild, ...` then `it added`: the subject. */
    @Test
    void itAfterAQuoteIsTheSubjectBefore() {
        String text = "Flights cut as pilots strike\n\n"
                + "Kestrel will scrap 40 departures on Friday while Kestrel pilots hold a one-day"
                + " walkout.\n\n"
                + "On its website, Kestrel said more cancellations were possible over the holidays.\n\n"
                + "Kestrel blames a rival carrier's crews, who belong to the Harbour Pilots Guild, for"
                + " stirring up the dispute.\n\n"
                + "\"Crews who fly for a competitor have no business running a strike here,\" it added.";
        assertEquals("Kestrel", with(text, "Crews who fly for a competitor").speakerName());
    }

    /** `police have admitted` in the lead: the force named below it. */
    @Test
    void policeIsTheForceTheArticleNames() {
        String text = "Inquest finds fans were unlawfully killed\n\n"
                + "A coroner's jury decided on Tuesday that eleven supporters crushed at the north gate"
                + " had been unlawfully killed, and police have admitted that their handling of the crowd"
                + " was \"a grave failure\".\n\n"
                + "The jury also criticised the stewards at the ground.\n\n"
                + "Tarnside Police Chief Constable Ida Berg told reporters the force took the verdict"
                + " without reservation.";
        assertEquals("Tarnside Police", with(text, "a grave failure").speakerName());
    }

    /** `Kestrel Captains`: the airline's captains, so `Kestrel` alone is the airline, not their full name. */
    @Test
    void aRoleGroupGivesNoFullNameToItsFirstWord() {
        String text = "Kestrel says walkout is off\n\n"
                + "Kestrel told customers on Sunday that the pilots' stoppage planned for Tuesday had been"
                + " called off.\n\n"
                + "Its notice says:\n\n"
                + "\"Kestrel is pleased that the court has stopped a walkout which would have stranded"
                + " families at the start of the holidays.\"\n\n"
                + "The union has said pay for Kestrel Captains lags far behind other carriers.";
        assertEquals("Kestrel", with(text, "stoppage planned for Tuesday").speakerName());
    }

    /** `Dottie Deans` is never written `Dottie` alone: a woman, not a group. */
    @Test
    void aSurnameLikeARolesPluralKeepsHerPronoun() {
        String text = "Voters weigh the marina plan\n\n"
                + "Dottie Deans, who taught at the village school for thirty years, has turned out for"
                + " every local vote since 1970.\n\n"
                + "\"The harbour has never been split like this before,\" she said.";
        assertEquals("Dottie Deans", with(text, "The harbour has never been split").speakerName());
    }

    /** two forces named: `Police` stays as it is. */
    @Test
    void twoForcesNamedLeavePoliceAlone() {
        String text = "Two forces search the moor\n\n"
                + "Officers from Tarnside Police and Kellan Constabulary combed the moor on Sunday for two"
                + " lost hikers.\n\n"
                + "Police said they would keep looking after dark.";
        assertEquals("Police", with(text, "keep looking after dark").speakerName());
    }

    /** `Three guards died at the depot. "...," it reads`: people, whom no `it` stands for. */
    @Test
    void itAfterAQuoteNeverTakesAPluralSubject() {
        String text = "Memo shows the agency was warned\n\n"
                + "The memo was written by the agency's deputy head two days before the flood reached the"
                + " Marlow depot.\n\n"
                + "Three guards died at the depot.\n\n"
                + "\"We have moved every pump we could find,\" it reads.";
        assertNotEquals("Three guards", with(text, "We have moved every pump").speakerName());
    }
}
