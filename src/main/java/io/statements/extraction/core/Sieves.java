package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The quote attribution sieves by name, and the order they run in unless the extractor is configured otherwise. */
final class Sieves {

    /** Cue sieves first (most precise), then the cue-less ones, down to the last-resort fallback. */
    static final List<String> DEFAULT_ORDER = List.of("dash", "trailing-cue", "postposed-cue", "leading-cue",
            "colon-intro", "colon-label", "continuation", "sentence-subject", "nearby-speaker");

    private static final Map<String, Function<Doc, QuoteSieve>> BY_NAME = Map.of(
            "dash", DashSieve::new,
            "trailing-cue", TrailingCueSieve::new,
            "postposed-cue", PostposedCueSieve::new,
            "leading-cue", LeadingCueSieve::new,
            "colon-intro", ColonIntroSieve::new,
            "colon-label", ColonLabelSieve::new,
            "continuation", ContinuationSieve::new,
            "sentence-subject", SentenceSubjectSieve::new,
            "nearby-speaker", NearbySpeakerSieve::new);

    private Sieves() {
    }

    /** Checks a configured order: known names, each at most once. */
    static List<String> validate(List<String> order) {
        List<String> seen = new ArrayList<>();
        for (String name : order) {
            if (!BY_NAME.containsKey(name)) {
                throw new IllegalArgumentException("unknown sieve " + name + "; known: " + DEFAULT_ORDER);
            }
            if (seen.contains(name)) {
                throw new IllegalArgumentException("sieve " + name + " listed twice");
            }
            seen.add(name);
        }
        return List.copyOf(seen);
    }

    static List<QuoteSieve> build(List<String> order, Doc d) {
        List<QuoteSieve> sieves = new ArrayList<>(order.size());
        for (String name : order) {
            sieves.add(BY_NAME.get(name).apply(d));
        }
        return sieves;
    }
}
