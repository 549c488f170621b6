package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n74b ({@link LongTitleAppositives}, {@link SentenceOwnNames}, {@link RoleOfBodySpeakers},
 * {@link BodyOfficialContinuations}): a title and a name set side by side by a comma are one person and the name is
 * the speaker, however long the title (`on`, `at`, `of` inside it); an epithet for the story's person is never a
 * person its own sentence names; the boss `of` a body described by its trade is the boss the article names; a body's
 * official right after that body's titled person spoke is that person. Invented text.
 */
class LongTitleAppositiveRulesTest {

    private static final String TITLE_FIRST = "Monitor faults the trial\n\n"
            + "Three editors were jailed in Korva on Monday.\n\n"
            + "UN Special Envoy on media freedom in Korva, Lise Tarrant, called the trial \"a gross abuse of the"
            + " courts and of the law.\"\n";

    private static final String NAME_FIRST = "Economists split on the budget\n\n"
            + "The finance ministry published its forecast on Tuesday.\n\n"
            + "\"Those numbers will not survive the winter,\" Hugo Brennart, vice president of the Society of the"
            + " Eastern Ports think tank, said of the forecast.\n\n"
            + "Carys Doolan, branch officer at the Weavers union said on Monday: \"We were told nothing until the"
            + " gates were locked.\"\n";

    private static final String FIELD_BETWEEN = "Ferry cuts condemned\n\n"
            + "The cuts to island sailings have been called \"plainly indefensible\" by junior minister for the"
            + " islands, Ewan Saltire.\n";

    private static final String EPITHET = "Unrest after the count\n\n"
            + "Backers of Tarvia's former leader Viktor Halm occupied the parliament on Sunday, rejecting Irena"
            + " Sova's win in the spring.\n\n"
            + "Halm's backers blocked the bridges and Halm stayed silent. Halm then flew abroad.\n\n"
            + "President Sova, who was touring the north, blamed Halm for the unrest.\n\n"
            + "The 71-year-old veteran campaigner who defeated Halm in April stated, \"Every one of these rioters"
            + " will be found and tried.\"\n";

    private static final String BODY_BEFORE = "Dock deal signed\n\n"
            + "The Harbour Trust, Mira Voss said, will \"never again lease a berth it cannot staff.\"\n";

    private static final String NOBODY_NAMED = "Dock plan questioned\n\n"
            + "The plan was called \"late and badly costed\" by the chief engineer for the docks, who asked not to be"
            + " named.\n";

    private static final String DESCRIBED_BODY = "Tarkon Boss Blames Weather\n\n"
            + "The boss of stone supplier Tarkon says delays at his quarries were caused by \"the wettest spring in"
            + " memory\" and not by his crews.\n\n"
            + "At a meeting with lenders, chief executive Rufus Kettleby said the firm would hire forty more drivers.\n";

    private static final String BODY_OFFICIAL = "Talks will resume, envoy says\n\n"
            + "WTO trade envoy Nadia Ferrant said on Friday the two sides could still close the deal by summer.\n\n"
            + "\"I remain confident, because both capitals want this,\" Ferrant said in Geneva.\n\n"
            + "\"It will take patience but the deal is closer than it looks from outside,\" the WTO official said.\n";

    private static final String OTHER_OFFICIAL = "Talks stall\n\n"
            + "WTO trade envoy Nadia Ferrant said on Friday the talks would go on.\n\n"
            + "\"We are not giving up,\" Ferrant said. A WTO official who sat in on the talks was less sure.\n\n"
            + "\"Nobody in that room thinks the date will hold,\" the WTO official said.\n";

    @Test
    void aTopOfficerOfABodyDescribedByItsTradeIsTheBodysBoss() {
        assertEquals("Rufus Kettleby", with(DESCRIBED_BODY, "the wettest spring").speakerName());
    }

    @Test
    void aBodysOfficialRightAfterThatBodysTitledSpeakerIsThem() {
        assertEquals("Nadia Ferrant", with(BODY_OFFICIAL, "It will take patience").speakerName());
    }

    @Test
    void aBodysOfficialIntroducedAsSomeoneElseStaysUnnamed() {
        assertEquals("WTO official", with(OTHER_OFFICIAL, "Nobody in that room").speakerName());
    }

    @Test
    void aCapitalisedTitleWithItsFieldIsTheNamesAfterIt() {
        assertEquals("Lise Tarrant", with(TITLE_FIRST, "a gross abuse").speakerName());
    }

    @Test
    void aTitleEndingInABodyIsTheNamedPersonsNotTheBodys() {
        assertEquals("Hugo Brennart", with(NAME_FIRST, "Those numbers will not survive").speakerName());
    }

    @Test
    void aTitleLeftUnclosedAfterTheNameIsTheNamedPersons() {
        assertEquals("Carys Doolan", with(NAME_FIRST, "We were told nothing").speakerName());
    }

    @Test
    void aTitlesFieldBetweenItAndTheNameStillGivesTheName() {
        assertEquals("Ewan Saltire", with(FIELD_BETWEEN, "plainly indefensible").speakerName());
    }

    @Test
    void anEpithetIsNotTheRivalItsOwnSentenceNames() {
        assertEquals("Irena Sova", with(EPITHET, "Every one of these rioters").speakerName());
    }

    @Test
    void aBodyBeforeTheCommaIsNoTitle() {
        assertEquals("Mira Voss", with(BODY_BEFORE, "never again lease a berth").speakerName());
    }

    @Test
    void aTitleWithNobodyNamedStaysTheTitle() {
        assertEquals("chief engineer", with(NOBODY_NAMED, "late and badly costed").speakerName());
    }
}
