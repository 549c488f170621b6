package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n71b, rule body-description-record ({@link BodyDescriptions} over {@link BodyRecords}): a body description
 * left as the speaker is the one named body of the article whose kind fits its noun (by a word of its name, an
 * apposition, a description before it, or a class of kind nouns: `the party` is an `Alliance`); a modifier narrows,
 * a contrasting one no body holds leaves it; an indefinite description takes only a body named after it. Invented
 * text.
 */
class BodyDescriptionRulesTest {

    @Test
    void thePartyIsTheOneAllianceTheArticleNames() {
        String text = "Vote count disputed\n\n"
                + "The Harbour Alliance rejected the count on Monday and called for a recount in three districts.\n\n"
                + "Its leader, Tomas Reyes, was not at the briefing. Officials at the electoral office declined to comment.\n\n"
                + "The party said remarks by a senior general before the count were proof the result was fixed.";
        assertEquals("Harbour Alliance", with(text, "remarks by a senior general").speakerName());
    }

    @Test
    void aDescribingModifierDoesNotStopTheOneCourtNamed() {
        String text = "Border ruling\n\n"
                + "Norland asked the Sea Rights Tribunal to settle the dispute over the reef in 2019.\n\n"
                + "On Friday the Hague-based court said neither state had shown a clear title to the reef.";
        assertEquals("Sea Rights Tribunal",
                with(text, "neither state had shown").speakerName());
    }

    @Test
    void anIndefiniteUnionIsTheUnionNamedAfterIt() {
        String text = "A union has warned that lecturers at forty colleges will walk out over pay next month.\n\n"
                + "The Lecturers and Tutors Union said talks with the employers had broken down on Thursday.";
        assertEquals("Lecturers and Tutors Union", with(text, "lecturers at forty colleges").speakerName());
    }

    @Test
    void anIndefiniteCourtGivenToACourtNamedBeforeIsAnotherOne() {
        String text = "Fraud trial\n\n"
                + "The Marlow Crown Court heard the case of the missing ferry funds last spring.\n\n"
                + "In a separate case, a court said on Tuesday that the harbour fees had been lawful all along.";
        assertEquals("court", with(text, "the harbour fees had been lawful").speakerName());
    }

    @Test
    void aContrastingModifierTheNamedCourtLacksMeansAnUnnamedCourt() {
        String text = "Appeal granted\n\n"
                + "The Norland Court of Appeal freed the ferry captain on Monday.\n\n"
                + "The lower court had said the captain ignored the storm warnings.";
        assertEquals("lower court", with(text, "the captain ignored").speakerName());
    }

    @Test
    void noBodyOfTheKindLeavesTheDescription() {
        String text = "Strike spreads\n\n"
                + "The Harbour Council met the port owners on Monday.\n\n"
                + "The union said the owners had offered nothing new.";
        assertEquals("union", with(text, "the owners had offered nothing").speakerName());
    }

    @Test
    void theBoardOfAFirmIsNotTheFirm() {
        String text = "Chief quits\n\n"
                + "Ardent Steel Ltd lost its chief executive on Monday after a row over the plant.\n\n"
                + "The board said it would name a new chief within a month.";
        assertEquals("board", with(text, "name a new chief within").speakerName());
    }

    @Test
    void theRecordTiesAnAcronymToItsBodyAndReadsAppositions() {
        Doc d = new Doc("Recall ordered\n\n"
                + "The U.K. Harbour Safety Commission (HSC) ordered a recall of the ferry life jackets on Monday.\n\n"
                + "The HSC said three jackets had failed. Kelvane Holdings, the Norland-owned firm, made them.\n\n"
                + "The regulator Harbour Fees Office said it would look at the shop.");
        Pipeline.namesAndGenders(d);
        BodyRecords records = BodyRecords.of(d);
        assertEquals("U.K. Harbour Safety Commission", records.fullName("HSC")); // its place spells no letter
        BodyRecords.Body firm = records.named("Kelvane Holdings");
        assertTrue(firm != null && firm.classes().contains("firm") && firm.words().contains("norland-owned"),
                String.valueOf(firm));
        BodyRecords.Body regulator = records.named("Harbour Fees Office");
        assertTrue(regulator != null && regulator.classes().contains("watchdog"), String.valueOf(regulator));
    }
}
