package io.statements.article.evidence;

import io.statements.common.ApiException;

import java.util.ArrayList;
import java.util.List;

/**
 * What POST /articles stores of the extracted statements: those at the given indexes of a previous POST
 * /extractions of the same text (all when absent), with at least {@code minConfidence}; {@code dryRun} only answers
 * what would be stored.
 */
record ArticleReview(double minConfidence, List<Integer> indexes, boolean dryRun) {

    static final ArticleReview ALL = new ArticleReview(0, null, false);

    static ArticleReview of(String minConfidence, String statements, String dryRun) {
        double min = 0;
        if (minConfidence != null) {
            try {
                min = Double.parseDouble(minConfidence);
            } catch (NumberFormatException e) {
                min = Double.NaN;
            }
            if (!(min >= 0 && min <= 1)) {
                throw ApiException.invalid("min_confidence", "a number from 0 to 1");
            }
        }
        List<Integer> indexes = null;
        if (statements != null) {
            indexes = new ArrayList<>();
            for (String part : statements.split(",", 1001)) {
                try {
                    int i = Integer.parseInt(part.strip());
                    if (i < 0) {
                        throw new NumberFormatException();
                    }
                    indexes.add(i);
                } catch (NumberFormatException e) {
                    throw ApiException.invalid("statements", "comma-separated statement indexes from 0, at most 1000");
                }
            }
            if (indexes.size() > 1000) {
                throw ApiException.invalid("statements", "comma-separated statement indexes from 0, at most 1000");
            }
        }
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw ApiException.invalid("dry_run", "true or false");
        }
        return new ArticleReview(min, indexes, "true".equals(dryRun));
    }

    boolean selects(int index, double confidence) {
        return confidence >= minConfidence && (indexes == null || indexes.contains(index));
    }
}
