package io.statements.extraction.core;

import java.util.Map;

/**
 * The one actor a whole story is about, by how often it names each (sessions n53b and n54b): news copy names its
 * actor again and again, the headline and the lead first. The leader is named at least {@link #TIMES} times, at
 * least twice as often as any other (or any rival counted apart), and at least once before the mention being
 * resolved. Two actors named as often as each other: none.
 */
final class StoryLeader {
    /** How often the story's actor is named in the whole text, at least. */
    static final int TIMES = 3;

    private StoryLeader() {
    }

    /**
     * The key of {@code counts} that leads clearly, or null; {@code before} counts each key's mentions before the
     * mention being resolved, {@code rival} is the most mentions of an actor counted only against the leader.
     */
    static String of(Map<String, Integer> counts, Map<String, Integer> before, int rival) {
        String best = null;
        int top = 0;
        int second = rival;
        for (var e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = Math.max(second, top);
                top = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return best != null && top >= TIMES && top >= 2 * second && before.get(best) > 0 ? best : null;
    }
}
