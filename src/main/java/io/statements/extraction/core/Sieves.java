package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The quote attribution sieves by name, and the order they run in unless the extractor is configured otherwise. */
final class Sieves {

    /** Cue sieves first (most precise), then the cue-less ones, down to the last-resort fallback. */
    static final List<String> DEFAULT_ORDER = List.of("dash", "dash-line", "trailing-cue", "postposed-cue", "as-put-it",
            "passive-agent", "colon-label", "leading-cue",
            "colon-intro", "agreement-intro", "full-stop-cue", "next-sentence", "named-before", "continuation",
            "colon-name", "verbless-name", "possessed-claim", "sentence-subject",
            "nearby-speaker");

    private static final Map<String, Function<Doc, QuoteSieve>> BY_NAME = Map.ofEntries(
            Map.entry("dash", DashSieve::new),
            Map.entry("dash-line", DashLineSieve::new),
            Map.entry("as-put-it", AsPutItSieve::new),
            Map.entry("passive-agent", PassiveAgentSieve::new),
            Map.entry("trailing-cue", TrailingCueSieve::new),
            Map.entry("postposed-cue", PostposedCueSieve::new),
            Map.entry("leading-cue", LeadingCueSieve::new),
            Map.entry("colon-intro", ColonIntroSieve::new),
            Map.entry("colon-label", ColonLabelSieve::new),
            Map.entry("agreement-intro", AgreementIntroSieve::new),
            Map.entry("full-stop-cue", FullStopCueSieve::new),
            Map.entry("next-sentence", NextSentenceSpeakerSieve::new),
            Map.entry("named-before", NamedBeforeSieve::new),
            Map.entry("continuation", ContinuationSieve::new),
            Map.entry("colon-name", ColonNameSieve::new),
            Map.entry("verbless-name", VerblessNameSieve::new),
            Map.entry("possessed-claim", PossessedClaimSieve::new),
            Map.entry("sentence-subject", SentenceSubjectSieve::new),
            Map.entry("nearby-speaker", NearbySpeakerSieve::new));

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

    /** The sieves an extractor runs, in order: one factory a sieve, each called once per text. */
    record Configured(List<Function<Doc, QuoteSieve>> factories) {
        Configured {
            factories = List.copyOf(factories);
        }

        List<QuoteSieve> build(Doc d) {
            List<QuoteSieve> sieves = new ArrayList<>(factories.size());
            for (Function<Doc, QuoteSieve> f : factories) {
                sieves.add(f.apply(d));
            }
            return sieves;
        }
    }

    /** The sieves of an order of names.
     *
     * @throws IllegalArgumentException for an unknown or repeated name
     */
    static Configured configure(List<String> order) {
        List<Function<Doc, QuoteSieve>> out = new ArrayList<>(order.size());
        for (String name : validate(order)) {
            out.add(BY_NAME.get(name));
        }
        return new Configured(out);
    }
}
