package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n72a: where a speaker's name begins and ends inside a capitalised run ({@link NameBoundaries}, {@link
 * SaidObjects}, the trades of {@link NameDescriptors} and {@link RoleRunNames}). Invented text.
 */
class NameBoundaryRulesTest {

    private static String name(String text, String words) {
        return with(text, words).speakerName();
    }

    @Test
    void aClauseOpenerIsNoPartOfTheName() {
        assertEquals("Dolores Fenwick", name("Inquest ends\n\nAfterwards Dolores Fenwick said she was \"grateful for the "
                + "answers\" the hearing gave.", "grateful for the answers"));
        String text = "Mine plan sunk\n\nUnder Kestrelgate's plan, the mine would have opened next year. Kestrelgate "
                + "said it was \"deeply disappointed\" by the ruling.\n\n\"We will study the decision,\" it said.";
        assertEquals("Kestrelgate", name(text, "deeply disappointed"));
    }

    @Test
    void aWordThatOpensNamesOfBodiesOrPeopleStays() {
        assertEquals("Will Tarrant", name("Vote delayed\n\nWill Tarrant said the vote was \"a shambles\".", "a shambles"));
        assertEquals("Beyond Grain", name("Plant closes\n\nBeyond Grain said the closure was \"a hard decision\".",
                "a hard decision"));
    }

    @Test
    void postNominalLettersAreNoPartOfTheName() {
        assertEquals("Owen Brask", name("Pilot on trial\n\nProsecutor Owen Brask QC alleged the pilot had been "
                + "\"reckless with the rules\" for years.", "reckless with the rules"));
        assertEquals("Carla Moyes", name("Chief quits\n\nDays after former judge Carla Moyes, SC said the chief was "
                + "\"unfit to lead\", he quit.", "unfit to lead"));
    }

    @Test
    void lettersAfterACourtOrAnAcronymStay() {
        assertEquals("Supreme Court", name("Bail refused\n\nThe Supreme Court heard the plea on Monday. The SC said the "
                + "accused had shown \"no remorse\".", "no remorse"));
    }

    @Test
    void aTradeOrCountyOfficeBeforeTheNameIsNoPartOfIt() {
        assertEquals("Rosa Kemble", name("Board criticised\n\nLawyer-cum-activist Rosa Kemble told the crowd: \"The board "
                + "owes everyone an apology.\"", "owes everyone"));
        assertEquals("Irene Valdo", name("County sues\n\nTarrow County Counsel Irene Valdo said: \"The county will "
                + "recover every cent it spent.\"", "recover every cent"));
        assertEquals("Hanna Otieno Mbalu", name("Rally held\n\nPolitician Hanna Otieno Mbalu said the count was "
                + "\"a farce\".", "a farce"));
    }

    @Test
    void anOwnerBeforeAGivenNameIsNoPartOfTheName() {
        String text = "NFL’s Ronan Petty: Owner selling club is ‘right move’\n\nRonan Petty said on Tuesday that the "
                + "sale was \"the right move\" for the league.\n\n\"We will move on,\" Petty said.";
        assertEquals("Ronan Petty", name(text, "right move"));
    }

    @Test
    void anOwnerThatGoesOnWithTheNameStays() {
        assertEquals("St Brigid's Hospital", name("Ward shut\n\nSt Brigid's Hospital said the ward was \"closed for "
                + "cleaning\".", "closed for cleaning"));
    }

    @Test
    void aVerbOfSayingAfterAnotherIsItsObject() {
        ExtractedStatement s = with("Breach grows\n\nOn Friday, Telvora chief executive Ana Lise Brandt said reports of "
                + "nine million records being lost were the \"worst case\".", "worst case");
        assertEquals("Ana Lise Brandt", s.speakerName());
        assertEquals("said", s.cue().text());
    }

    @Test
    void aNounPhraseSubjectBeforeACueInSStillSpeaks() {
        ExtractedStatement s = with("Jobs report\n\nThe harbour board's report says the port lost \"hundreds of jobs\".",
                "hundreds of jobs");
        assertEquals("says", s.cue().text());
    }

    @Test
    void honorificsAndKinTitlesStay() {
        assertEquals("Uncle Colin Warrick", name("Elder mourned\n\nUncle Colin Warrick said the day was \"a sad one\".",
                "a sad one"));
    }
    @Test
    void aTimeWordWithAPhraseOpeningTheSentenceIsNoSpeaker() {
        assertEquals("Harriet Calloway", name("Man jailed\n\nToday during sentencing Judge Harriet Calloway blasted the "
                + "man's \"callous actions\" in court.", "callous actions"));
    }

    @Test
    void aRelativeTimeAdverbialAfterTheSubjectIsNoPartOfIt() {
        assertEquals("Omar Pell", name("Drivers stay out\n\nBusline chief Omar Pell earlier in the day urged the "
                + "drivers to \"return to their routes at once\".", "return to their routes"));
        assertEquals("Omar Pell", name("Drivers stay out\n\nBusline chief Omar Pell had earlier in the day urged the "
                + "drivers to \"return to their routes\".", "return to their routes"));
    }

    @Test
    void aTimeWordOpeningBeforeACapitalisedPhraseStaysAsBefore() {
        ExtractedStatement s = with("Vote held\n\nToday the Harbour Board said the vote was \"a fair one\".", "a fair one");
        assertEquals("Harbour Board", s.speakerName());
    }

    @Test
    void aParticipleOpeningTheSentenceTakesTheMainClauseSubject() {
        assertEquals("Marlowe", name("League chief sorry\n\nSpeaking of his \u201cshock\u201d and saying he was "
                + "\u201csaddened\u201d by the report, Marlowe apologised again to the players.", "saddened"));
    }

    @Test
    void aNameEndingInIngIsNoParticiple() {
        assertEquals("Reading", name("Festival ready\n\nReading, which hosts the festival, said it was \"ready for the "
                + "crowds\".", "ready for the crowds"));
    }
}
