package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n52a, rule speaker-shape ({@link SpeakerShape}): words that cannot speak are no speaker's name: a sum of
 * money, a heading word, a clause fragment with a verb, an adjective with no noun, a storm, a prize, an event or a
 * period. Near-misses keep their names: one-word names, particles, organisations named by ordinary words, acronyms,
 * a number inside a name, descriptions with a head noun. Invented text.
 */
class SpeakerShapeRulesTest {

    private static final String LIVE = "Ferry missing off the cape\n\n"
            + "Update 2: \"Harbour officials said there was \"very little hope\" of finding the vessel afloat.\n\n"
            + "The coastguard said two aircraft had joined the search.";

    private static final String FUND = "Fund says it is open\n\n"
            + "The Lisvane Fund made a statment stressing it \"is still fully open and working as normal\".\n\n"
            + "Cyclone Amara flattened the coastal villages, \"leaving nothing standing for miles\", according to a"
            + " relief worker.";

    private static final String POET = "Poet honoured\n\n"
            + "Jailed Peruvian poet Ana Koss won the Sorrel Prize on Friday for \"her quiet refusal to be silenced.\"";

    @Test
    void aHeadingWordOpeningTheParagraphIsNoSpeaker() {
        assertNull(with(LIVE, "very little hope").speakerName());
    }

    @Test
    void aClauseFragmentWithAVerbIsNoSpeaker() {
        assertNull(with(FUND, "still fully open").speakerName());
    }

    @Test
    void aParticipleAndANationalityWithoutTheirNounAreNoSpeaker() {
        assertNull(with(POET, "quiet refusal").speakerName());
    }

    @Test
    void shapesThatCannotSpeak() {
        for (String junk : new String[]{"Rs 500", "2,000", "90", "out of 10", "billion", "$40", "With", "Update",
                "Unexpectedly", "He", "Footage", "been members", "Fund issued a statment", "Then he first woman", "to trucks sold abroad findings",
                "brief written", "Norway's top", "Imprisoned Peruvian", "Cyclone Amara", "Sorrel Prize",
                "six-month handover", "flood", "day"}) {
            assertTrue(SpeakerShape.cannotSpeak(junk), junk);
        }
    }

    @Test
    void oddNamesAndDescriptionsStillSpeak() {
        for (String name : new String[]{"Kestrel", "Lantern", "Border Rights Watch", "Ahmad al-Rafi",
                "Joost van Dalen", "Maria de Souza", "Banco do Vale Sul", "Tolven am See", "Mardiyono", "FCU", "G12",
                "Route 9 Association", "Kestrel K330", "local leaders", "state TV", "panel", "Olaf the Quiet",
                "Friends of the Marsh", "Ahmed Karim", "Mohammed Saeed", "Kelly", "those surveyed", "the accused",
                "Tom Shepherd", "Sorrel Committee", "Harbour Rights Watch", "Tolven National University",
                "Court of Appeal for Fisheries", "emergency congress", "Channel 9 Tolven", "FCU", "Will Marsh", "IT"}) {
            assertFalse(SpeakerShape.cannotSpeak(name), name);
        }
    }

    @Test
    void odditiesInTextKeepTheirNames() {
        String text = "Drone row\n\n\"We will not ground a single aircraft,\" Kestrel said in a statement.\n\n"
                + "\"Nobody asked the villages,\" said Joost van Dalen, a councillor.\n\n"
                + "\"The evidence was thin,\" the panel said.";
        assertEquals("Kestrel", with(text, "ground a single aircraft").speakerName());
        assertEquals("Joost van Dalen", with(text, "Nobody asked").speakerName());
        assertEquals("panel", with(text, "evidence was thin").speakerName());
    }
}
