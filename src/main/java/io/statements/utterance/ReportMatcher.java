package io.statements.utterance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides whether two reports of one speaker report the same utterance (the sieves in order, the first answer
 * wins), and which utterance a new report joins.
 */
final class ReportMatcher {

    /** A decision and the sieve that made it (null: no sieve matched, so the reports stay apart). */
    record Decision(boolean same, String sieve) {
    }

    /** The utterance a report joins and the sieve that linked it; utterance null: none, it starts its own. */
    record Choice(UUID utterance, String sieve, UUID matched) {
    }

    private final List<LinkSieve> sieves;

    /**
     * @param containmentThreshold share of the lighter report that must align ({@link ContainedQuote})
     * @param paraphraseSimilarity embedding similarity from which full reports are one statement
     *                             ({@link SameMeaning}); 0 or less: paraphrases are not linked
     */
    ReportMatcher(double containmentThreshold, double paraphraseSimilarity) {
        this.sieves = List.of(new DifferentOccasion(), new IdenticalWords(), new TooShortToTell(), new LateReport(),
                new ContainedQuote(containmentThreshold), new SharedPassage(), new SameMeaning(paraphraseSimilarity));
    }

    Decision decide(Report x, Report y) {
        Report a = x.text().weight <= y.text().weight ? x : y;
        Report b = a == x ? y : x;
        for (LinkSieve sieve : sieves) {
            LinkSieve.Verdict verdict = sieve.judge(a, b);
            if (verdict != null) {
                return new Decision(verdict == LinkSieve.Verdict.SAME, sieve.name());
            }
        }
        return new Decision(false, null);
    }

    /**
     * The utterance among the candidates' that the report belongs to. An utterance is judged by its reports at
     * least as full as the new one when it has any, else by its fullest: a fragment shared with one of its partial
     * quotes says little when its fuller reports disagree. Among matching utterances the one with the most
     * matching weight wins; closed utterances never take automatic members.
     */
    Choice choose(Report report, List<Report> candidates) {
        Map<UUID, List<Report>> byUtterance = new LinkedHashMap<>();
        for (Report c : candidates) {
            if (c.open() && c.utterance() != null && !c.id().equals(report.id())) {
                byUtterance.computeIfAbsent(c.utterance(), k -> new ArrayList<>()).add(c);
            }
        }
        // The first matching pair (in candidate order) of the highest weight wins. Pairs are judged heaviest first
        // (a stable sort keeps candidate order among equals), so the first match is the answer and the pairs after
        // it, whose sieves might cost an embedding, are never judged.
        List<Map.Entry<UUID, Report>> pairs = new ArrayList<>();
        for (Map.Entry<UUID, List<Report>> utterance : byUtterance.entrySet()) {
            for (Report member : judges(report, utterance.getValue())) {
                pairs.add(Map.entry(utterance.getKey(), member));
            }
        }
        double own = report.text().weight;
        pairs.sort(Comparator.comparingDouble(
                (Map.Entry<UUID, Report> p) -> -Math.min(own, p.getValue().text().weight)));
        for (Map.Entry<UUID, Report> pair : pairs) {
            Decision d = decide(report, pair.getValue());
            if (d.same()) {
                return new Choice(pair.getKey(), d.sieve(), pair.getValue().id());
            }
        }
        return new Choice(null, null, null);
    }

    private static List<Report> judges(Report report, List<Report> members) {
        List<Report> fuller = new ArrayList<>(members.size());
        Report fullest = members.get(0);
        for (Report r : members) {
            if (r.text().weight >= report.text().weight) {
                fuller.add(r);
            }
            if (r.text().weight > fullest.text().weight) {
                fullest = r;
            }
        }
        return fuller.isEmpty() ? List.of(fullest) : fuller;
    }
}
