package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names42, rule gender-from-own-pronoun: a person whose first name no list knows takes the gender of the
 * pronoun in the clause they are reported as saying, so a later `she said` after a man's quote finds her. Invented
 * text.
 */
class PronounGenderRulesTest {

    private static final String TEXT = "Fishing ban lifted on the lake\n\n"
            + "KISUMU - A court on Tuesday lifted a ban on night fishing on the lake.\n\n"
            + "Akinyi Odera said the ruling meant she could repair her boat. Kiprono Langat"
            + " said his office would study the judgment.\n\n"
            + "\u201cWe lost three months of catches,\u201d Odera said.\n\n"
            + "Langat said the ban had protected young fish. \u201cThe stocks needed a rest,\u201d he said.\n\n"
            + "\u201cThe stocks are fine and everybody on the shore knows it,\u201d she said.";

    @Test
    void sheIsTheWomanTheReportCalledShe() {
        assertEquals("Akinyi Odera", with(TEXT, "everybody on the shore").speakerName());
    }

    @Test
    void heIsStillTheManJustQuoted() {
        assertEquals("Kiprono Langat", with(TEXT, "needed a rest").speakerName());
    }

    /** `said the governor broke her promise`: a person described in between takes the pronoun; no gender learned. */
    @Test
    void aPronounAfterAnotherPersonTeachesNothing() {
        String text = "Dispute over school funds\n\n"
                + "Amani Wekesa said the governor broke her promise on school funds. Zawadi Njoroge"
                + " said the schools had waited a year.\n\n"
                + "\u201cWe are still waiting,\u201d Njoroge said.\n\n"
                + "\u201cNobody answers our letters,\u201d he said.";
        assertEquals("Zawadi Njoroge", with(text, "Nobody answers our letters").speakerName());
    }

    /** `X, the opposition candidate, said her ...`: a description between commas before the verb. */
    @Test
    void aDescriptionBetweenTheNameAndTheVerb() {
        String text = "Count drags on in county race\n\n"
                + "Chinwe Abara-Obi, the opposition candidate, said her observers had seen \u201cboxes filled before"
                + " dawn.\u201d Her rival, Tunde Bakare, rejected the claim.\n\n"
                + "\u201cThe count is clean,\u201d he said.\n\n"
                + "\u201cThen publish every tally sheet,\u201d she said.";
        assertEquals("Chinwe Abara-Obi", with(text, "publish every tally sheet").speakerName());
    }
}
