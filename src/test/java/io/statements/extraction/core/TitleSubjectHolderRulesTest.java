package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n62a, rule title-subject-holder ({@link TitleSubjects}): `The minister visited ... "...," she said` is the
 * one person the article gives that title, named before or after, not the last person quoted. Near-misses: two
 * holders of the title keep the old reading, a pronoun whose gender conflicts with the holder is not the holder, a
 * title with a modifier (`the harbour chief`) is left alone. Invented text.
 */
class TitleSubjectHolderRulesTest {

    private static final String NAMED_LATER = "Clinic reopens\n\n"
            + "The minister visited the flooded clinic in Orvel on Tuesday. \"It will stay open,\" she said.\n\n"
            + "Health Minister Ana Ruiz was appointed in March.";

    private static final String OTHER_SPEAKER_BETWEEN = "Clinic reopens\n\n"
            + "Health Minister Ana Ruiz was appointed in March. Tomas Berend, a surgeon, criticised her. "
            + "\"There is no plan for the valley,\" Berend said.\n\n"
            + "The minister visited the flooded clinic on Tuesday. \"It will stay open,\" she said.";

    private static final String TWO_MINISTERS = "Clinic reopens\n\n"
            + "Health Minister Ana Ruiz and Labour Minister Lena Okafor toured the valley.\n\n"
            + "The minister visited the flooded clinic on Tuesday. \"It will stay open,\" she said.";

    private static final String WRONG_GENDER = "Clinic reopens\n\n"
            + "Health Minister Ana Ruiz was appointed in March. Tomas Berend, a surgeon, criticised her. "
            + "\"There is no plan for the valley,\" Berend said.\n\n"
            + "The minister visited the flooded clinic on Tuesday. \"It will stay open,\" he said.";

    @Test
    void theTitleSubjectIsItsHolderNamedLater() {
        assertEquals("Ana Ruiz", with(NAMED_LATER, "It will stay open").speakerName());
    }

    @Test
    void theTitleSubjectGoesBeforeTheLastSpeaker() {
        assertEquals("Ana Ruiz", with(OTHER_SPEAKER_BETWEEN, "It will stay open").speakerName());
    }

    @Test
    void twoHoldersGiveNoOneByTheTitle() {
        assertNotEquals("Ana Ruiz", with(TWO_MINISTERS, "It will stay open").speakerName());
    }

    @Test
    void aPronounOfTheOtherGenderIsNotTheHolder() {
        assertNotEquals("Ana Ruiz", with(WRONG_GENDER, "It will stay open").speakerName());
    }
}
