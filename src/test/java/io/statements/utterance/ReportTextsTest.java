package io.statements.utterance;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The normalised texts the linker keeps are bounded by their heap, not only by their number (#16). */
class ReportTextsTest {

    private static String words(int n, int seed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append("word").append(seed).append('x').append(i).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void shortReportsAreKeptUpToTheCapacity() {
        ReportTexts texts = new ReportTexts(100);
        for (int i = 0; i < 150; i++) {
            texts.of(UUID.randomUUID(), "The council will vote on the harbour plan " + i, null, null);
        }
        assertEquals(100, texts.kept(), "short reports: the count is the bound");
    }

    @Test
    void longReportsAreKeptUpToTheCapacitysBytes() {
        ReportTexts texts = new ReportTexts(100);
        for (int i = 0; i < 150; i++) {
            texts.of(UUID.randomUUID(), words(110, i), null, null);
        }
        assertTrue(texts.kept() < 50, "110-word reports take several 30-word shares each; kept " + texts.kept());
        assertTrue(texts.kept() > 10, "yet the newest are kept; kept " + texts.kept());
    }

    @Test
    void aKeptTextIsReturnedAgainAndAnEditedOneIsNormalisedAnew() {
        ReportTexts texts = new ReportTexts(10);
        UUID id = UUID.randomUUID();
        ReportText first = texts.of(id, "Ferries resume on Monday", null, null);
        assertSame(first, texts.of(id, "Ferries resume on Monday", null, null));
        ReportText edited = texts.of(id, "Ferries resume on Tuesday", null, null);
        assertTrue(edited != first && edited.original.equals("Ferries resume on Tuesday"));
        assertEquals(1, texts.kept());
    }
}
