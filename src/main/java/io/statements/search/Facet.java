package io.statements.search;

import io.statements.common.ApiException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A sidebar facet: how one GROUP BY branch of the facet query counts the filtered statements. */
public enum Facet {
    SPEAKER("speaker_id"),
    OUTLET("outlet_id"),
    STANCE("stance"),
    // Grouped by name key so that "Israel" and "israel" are one value; the most common spelling is shown.
    STANCE_TARGET("stance_target", "stance_target", "statements_name_key"),
    CHANNEL("channel"),
    TOPIC("topics", "topic", "lower"),
    LANGUAGE("language", "language", "lower");

    /** The statement column it counts (whose statistics estimate the facet of every statement). */
    final String column;
    /** Counting utterances (collapse=utterance). */
    final String collapsedBranch;
    /**
     * Counting statements from the grouping sets of {@link AggregateQueries#facets}: the rows of g whose grouping
     * set is this facet's column ({@link #groupedBy()} is 0), each with its count n.
     */
    final String fromGroups;

    /** A facet of one column's values as they are: a speaker or outlet id, or a stance or channel (not null). */
    Facet(String column) {
        this.column = column;
        boolean uuid = column.endsWith("_id");
        String selected = "select '" + param() + "', " + (uuid ? column + ", null::text" : "null::uuid, " + column);
        this.collapsedBranch = selected + ", count(distinct utterance_id) from m"
                + (uuid ? "" : " where " + column + " is not null") + " group by " + column;
        this.fromGroups = selected + ", n from g where " + groupedBy() + " = 0"
                + (uuid ? "" : " and " + column + " is not null");
    }

    /**
     * A facet of spellings grouped by a key, shown by its most common spelling (ties: the first in order). Statements
     * are counted per spelling first and the key computed once a spelling, not once a statement (statements_name_key
     * normalises accents and punctuation: 14 of a 95 ms facet query of 10,000 matches, with the sort mode() needs).
     * Utterances are counted distinct over the whole key, since one utterance's reports may spell it differently.
     */
    Facet(String column, String facet, String key) {
        this.column = column;
        // each value of the facet as v, beside its statement's utterance
        String values = column.equals("topics") ? "select t as v, utterance_id from m, unnest(m.topics) t"
                : "select " + column + " as v, utterance_id from m where " + column + " is not null";
        this.collapsedBranch = "select '" + facet + "', null::uuid, mode() within group (order by v),"
                + " count(distinct utterance_id) from (" + values + ") x group by " + key + "(v)";
        // an array's elements are counted once per distinct array, weighted by its statements
        String spellings = column.equals("topics")
                ? "select t as v, sum(n)::bigint as n from g, unnest(g.topics) t where " + groupedBy() + " = 0 group by t"
                : "select " + column + " as v, n from g where " + groupedBy() + " = 0 and " + column + " is not null";
        this.fromGroups = "select '" + facet + "', null::uuid, (array_agg(s.v order by s.n desc, s.v))[1],"
                + " sum(s.n)::bigint from (" + spellings + ") s group by " + key + "(s.v)";
    }

    /** The column of g that is 0 in the rows grouped by this facet's column (GROUPING(column)). */
    String groupedBy() {
        return "gk_" + column;
    }

    String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Set<Facet> parse(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return EnumSet.allOf(Facet.class);
        }
        List<String> values = Params.list("facet", raw, 40);
        EnumSet<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String v : values) {
            facets.add(Arrays.stream(values()).filter(f -> f.param().equals(v.toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> ApiException.invalid("facet", "'" + v + "' is not one of " + Arrays.stream(
                            values()).map(Facet::param).collect(Collectors.joining(", ")))));
        }
        return facets;
    }
}
