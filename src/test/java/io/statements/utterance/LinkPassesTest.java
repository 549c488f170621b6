package io.statements.utterance;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large batch of statements is linked in passes of bounded size, each speaker's statements together. */
class LinkPassesTest {

    private static LinkStore.Row row(UUID speaker, int minute) {
        return new LinkStore.Row(UUID.randomUUID(), speaker, "words " + minute, null,
                Instant.parse("2026-03-01T00:00:00Z").plusSeconds(60L * minute), null, false, false, null, false,
                null, null, null, null, null, true, 0);
    }

    @Test
    void aSmallBatchIsOnePass() {
        List<LinkStore.Row> rows = List.of(row(UUID.randomUUID(), 1), row(UUID.randomUUID(), 2));
        assertEquals(List.of(rows), UtteranceLinker.passes(rows, 500));
        assertEquals(List.of(), UtteranceLinker.passes(List.of(), 500));
    }

    @Test
    void speakersStayTogetherAndEveryRowIsLinkedOnce() {
        List<LinkStore.Row> rows = new ArrayList<>();
        for (int s = 0; s < 40; s++) {
            UUID speaker = UUID.randomUUID();
            for (int i = 0; i < 3 + s % 5; i++) {
                rows.add(row(speaker, i));
            }
        }
        List<List<LinkStore.Row>> passes = UtteranceLinker.passes(rows, 10);
        Set<UUID> seen = new HashSet<>();
        Set<UUID> speakersSeen = new HashSet<>();
        for (List<LinkStore.Row> pass : passes) {
            assertTrue(pass.size() <= 10, "a pass holds at most the size");
            Set<UUID> speakers = new HashSet<>();
            pass.forEach(r -> speakers.add(r.speaker()));
            for (UUID speaker : speakers) {
                assertTrue(speakersSeen.add(speaker), "a speaker's statements are in one pass when they fit");
            }
            pass.forEach(r -> assertTrue(seen.add(r.id())));
        }
        assertEquals(rows.size(), seen.size(), "every statement is in a pass");
    }

    @Test
    void aSpeakerWithMoreThanAPassIsSplitInTimeOrder() {
        UUID speaker = UUID.randomUUID();
        List<LinkStore.Row> rows = new ArrayList<>();
        for (int i = 25; i > 0; i--) {
            rows.add(row(speaker, i));
        }
        List<List<LinkStore.Row>> passes = UtteranceLinker.passes(rows, 10);
        assertEquals(List.of(10, 10, 5), passes.stream().map(List::size).toList());
        assertTrue(passes.get(0).get(9).at().isBefore(passes.get(1).get(0).at()), "earlier statements first");
    }
}
