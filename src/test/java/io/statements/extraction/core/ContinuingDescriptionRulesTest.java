package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Rules added-description-continues and pronoun-goes-on (session n65d, {@link ContinuingDescriptions}): `"...," the
 * officer added` after a named person's quote is that person's; not when the article used that noun before (`a
 * second officer`, `the fire officer said`), when someone else spoke in between, or when the verb does not go on
 * (`said`) two paragraphs on (session n75b: in the next paragraph it may, {@link UntiedDescriptions}).
 * `"...," she added` right after a named woman's quote is hers, not a capitalised place the sentence before
 * opens with; not when the last voice was unnamed or of the other gender. Invented text.
 */
class ContinuingDescriptionRulesTest {

    private static final String NAMED = "Warehouse fire contained after two days\n\n"
            + "Fire crews in Port Hallam brought the blaze at the Kessing warehouse under control on Sunday, said "
            + "district commander Ilse Varga.\n\n"
            + "\"The roof has gone, but the walls are standing and nobody is left inside,\" Commander Varga told "
            + "the Coast Courier.\n\n"
            + "The Hallam Water Board said it had pumped extra water to the site overnight.\n\n"
            + "\"We will stay on the site until every hot spot is out, which may take another week,\" the fire "
            + "officer added.";

    @Test
    void aDescriptionThatAddsIsTheNamedPersonWhoSpokeLast() {
        assertEquals("Ilse Varga", with(NAMED, "We will stay on the site").speakerName());
    }

    @Test
    void aSaidDescriptionIsNotCarried() {
        String text = NAMED.replace("the fire officer added", "the fire officer said");
        assertNotEquals("Ilse Varga", with(text, "We will stay on the site").speakerName());
    }

    @Test
    void anUnnamedPersonIntroducedWithTheNounStaysUnnamed() {
        String text = "Warehouse fire contained after two days\n\n"
                + "\"The roof has gone, but the walls are standing and nobody is left inside,\" Ilse Varga, the "
                + "district commander, told the Coast Courier.\n\n"
                + "A second officer at the scene said the crews were exhausted.\n\n"
                + "\"We will stay on the site until every hot spot is out, which may take another week,\" the "
                + "officer added.";
        assertNotEquals("Ilse Varga", with(text, "We will stay on the site").speakerName());
    }

    @Test
    void aDescriptionTheArticleAlreadyUsedStaysItsOwn() {
        String text = "Warehouse fire contained after two days\n\n"
                + "The blaze is under control, the fire officer said on Sunday.\n\n"
                + "\"The roof has gone, but the walls are standing,\" Ilse Varga, who owns the warehouse, told the "
                + "Coast Courier.\n\n"
                + "\"We will stay on the site until every hot spot is out, which may take another week,\" the fire "
                + "officer added.";
        assertNotEquals("Ilse Varga", with(text, "We will stay on the site").speakerName());
    }

    @Test
    void anotherVoiceInBetweenBlocksTheCarry() {
        String text = "Warehouse fire contained after two days\n\n"
                + "\"The roof has gone, but the walls are standing and nobody is left inside,\" Ilse Varga, the "
                + "district commander, told the Coast Courier.\n\n"
                + "\"It was the worst night of my life,\" said a neighbour who watched from her balcony.\n\n"
                + "\"We will stay on the site until every hot spot is out, which may take another week,\" the "
                + "official added.";
        assertNotEquals("Ilse Varga", with(text, "We will stay on the site").speakerName());
    }

    @Test
    void aGenderedDescriptionOfTheOtherSexIsNotCarried() {
        String text = "Harbour dredging delayed again\n\n"
                + "\"The barges are booked for March, not a day earlier,\" Mr. Tomas Brandvold told reporters.\n\n"
                + "\"We have asked the ministry twice and heard nothing back,\" the spokeswoman added.";
        assertNotEquals("Tomas Brandvold", with(text, "We have asked the ministry").speakerName());
    }

    private static final String CLINIC = "Price defends clinic cuts as nurses protest\n\n"
            + "Health Minister Alma Price defended the cuts on Monday. Price said the clinics would merge, and she "
            + "promised that no nurse would lose her job.\n\n"
            + "\"We were told about the merger by a notice on the staff board, nothing else,\" said Kemi "
            + "Adebayo-Lind, a nurse at Eastgate.\n\n"
            + "For the nurses, Eastgate is more than a workplace. \"This was something different, because I "
            + "trained there,\" she added.";

    @Test
    void aPronounThatAddsIsThePersonQuotedLast() {
        assertEquals("Kemi Adebayo-Lind", with(CLINIC, "This was something different").speakerName());
    }

    @Test
    void aPronounAfterAnUnnamedVoiceIsNotCarriedToANamedOne() {
        String text = CLINIC.replace("said Kemi Adebayo-Lind, a nurse at Eastgate", "said a nurse at Eastgate");
        assertNotEquals("Kemi Adebayo-Lind", with(text, "This was something different").speakerName());
    }

    @Test
    void aPronounOfTheOtherGenderIsNotCarried() {
        String text = CLINIC.replace("said Kemi Adebayo-Lind, a nurse", "said Mr. Tomas Brandvold, a nurse");
        assertNotEquals("Tomas Brandvold", with(text, "This was something different").speakerName());
    }

    @Test
    void aPersonNamedInBetweenKeepsThePronoun() {
        String text = CLINIC.replace("For the nurses, Eastgate is more than a workplace.",
                "Her colleague Ruth Lindqvist nodded.");
        assertEquals("Ruth Lindqvist", with(text, "This was something different").speakerName());
    }
}
