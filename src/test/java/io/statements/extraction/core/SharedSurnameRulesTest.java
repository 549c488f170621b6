package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n67e, rules coordinated-given-names-share-surname ({@link SharedSurnames}) and honorific-couple ({@link
 * HonorificCouples}): `Ivy, Cole and Tam Marsh` and `Jane and Oskar Pell` name several bearers of one surname, so a
 * bare `Marsh said` is no longer the last conjunct's full name; `Mr and Mrs Pell said` is the couple, named by the
 * surname. Near-misses: a surname and a full name joined by `and` (two families), a bearer named in full before the
 * coordination, a pair of people with their own surnames. Invented text.
 */
class SharedSurnameRulesTest {

    @Test
    void aSurnameSharedByListedChildrenIsNotTheLastChildsName() {
        String text = "Ferry deaths\n\nThree children died when a ferry sank off Port Verran on Tuesday.\n\n"
                + "The siblings Ellie, Rowan and Tamsin Brannock were among them. Their father is a fisherman.\n\n"
                + "\"We want to know why the ferry sailed in that storm,\" Brannock said.";
        assertEquals("Brannock", with(text, "We want to know why").speakerName());
    }

    @Test
    void aSurnameSharedByACoupleIsTheSurname() {
        String text = "Rescue\n\nJane and Oskar Pell, whose son survived the sinking, met the rescuers on Friday.\n\n"
                + "\"He is alive because a stranger swam back for him,\" Pell said.";
        assertEquals("Pell", with(text, "He is alive because").speakerName());
    }

    @Test
    void honorificsOfACoupleNameTheCoupleBySurname() {
        String text = "Appeal\n\nThe parents of the drowned boy have written to the minister again.\n\n"
                + "\"We are tired of waiting for a reply from anyone,\" Mr and Mrs Brannock said.";
        ExtractedStatement st = with(text, "We are tired of waiting");
        assertEquals("Brannock", st.speakerName());
        assertEquals(SpeakerKind.GROUP, st.speakerKind());
        String inverted = "Appeal\n\n\"We are tired of waiting for a reply,\" said Mr. and Mrs. Brannock.";
        assertEquals("Brannock", with(inverted, "We are tired of waiting").speakerName());
    }

    @Test
    void aSurnameAndAFullNameAreTwoFamilies() {
        String text = "Talks\n\nOn Monday Reyes and Ida Berg met the unions in Lorvik.\n\n"
                + "\"The talks went well and we will meet again,\" Berg said.";
        assertEquals("Ida Berg", with(text, "The talks went well").speakerName());
    }

    @Test
    void aListOfKnownSurnamesIsSeveralFamilies() {
        String text = "Campaign\n\n\"We need a new plan,\" said Ada Voss, a donor who quit last month.\n\n"
                + "The manager dismissed criticism from Voss, Lindqvist and Otto Pelham, a banker.\n\n"
                + "\"The campaign has no future with these managers,\" said Pelham.";
        assertEquals("Otto Pelham", with(text, "The campaign has no future").speakerName());
    }

    @Test
    void aBearerNamedInFullFirstKeepsTheSurname() {
        String text = "Ferry deaths\n\nFisherman Garrick Brannock lost three children when the ferry sank.\n\n"
                + "Ellie, Rowan and Tamsin Brannock were buried on Saturday.\n\n"
                + "\"We want to know why the ferry sailed in that storm,\" Brannock said.";
        assertEquals("Garrick Brannock", with(text, "We want to know why").speakerName());
    }

    @Test
    void twoPeopleWithTheirOwnSurnamesStayAPair() {
        String text = "Talks\n\n\"We will meet again next week,\" said Ida Berg and Tomas Reyes.";
        assertEquals("Ida Berg and Tomas Reyes", with(text, "We will meet again").speakerName());
    }
}
