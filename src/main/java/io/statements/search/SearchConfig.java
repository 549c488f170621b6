package io.statements.search;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Search settings beyond the reactive datasource's own ({@code quarkus.datasource.reactive.*}). */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.search")
public interface SearchConfig {

    /** Most searches waiting for a connection; beyond it a search fails at once instead of queueing. */
    @WithDefault("1000")
    int maxWaiting();

    /**
     * Who writes a page of results: STREAMING ({@link SearchPageWriter}) or JACKSON (the generic mapper; with
     * quarkus.rest.jackson.optimization.enable-reflection-free-serializers at build time, its generated
     * serializers). Only for the comparison in bench/search/compare-writers.sh.
     */
    @WithDefault("STREAMING")
    PageWriter pageWriter();

    enum PageWriter { STREAMING, JACKSON }

    /**
     * Facets are counted exactly over at most this many matching statements; a search matching more is counted on a
     * sample of the table ({@link #facetSampleRows()}) and answered with {@code "approximate": true}.
     */
    @WithDefault("50000")
    @WithName("facets.exact-limit")
    int facetExactLimit();

    /**
     * A search by words alone (and at most languages) whose matches the text index's sample (one statement in eight,
     * V34_1) puts above this many is counted on that sample and answered with {@code "approximate": true}; at or
     * below it, exactly as any other search. Counting every match costs all postings of the words and 3-5
     * microseconds a match at 10M statements.
     */
    @WithDefault("5000")
    @WithName("facets.words-exact-limit")
    int facetWordsExactLimit();

    /**
     * A search by words alone whose exact count would read more postings than this (the sum of its common words'
     * statements, from PostgreSQL's statistics) is counted on the text index's sample even when it matches few
     * statements, provided the sample holds at least {@link #facetWordsSampleMin()} of its matches: at 10M statements
     * "fair wages" matches 3,729 but its exact count intersects ~450,000 postings (#16).
     */
    @WithDefault("100000")
    @WithName("facets.words-exact-postings")
    long facetWordsExactPostings();

    /** The fewest sampled matches a postings-bound estimate is made of; a thinner sample is counted exactly. */
    @WithDefault("64")
    @WithName("facets.words-sample-min")
    int facetWordsSampleMin();

    /** About how many statements the sample of an approximate facet count reads (a block sample of the table). */
    @WithDefault("100000")
    @WithName("facets.sample-rows")
    int facetSampleRows();

    /**
     * How many of a broad search's newest matches are ranked by relevance ({@link BoundedRelevance}); 0 ranks every
     * match of every search.
     */
    @WithDefault("500")
    @WithName("relevance.candidates")
    int relevanceCandidates();

    /**
     * How many of the newest calendar quarters get their own text index ({@link SearchPeriods}), so that a search
     * ranks the matches of the newest quarters without reading every match's posting and row; 0: none.
     */
    @WithDefault("16")
    @WithName("relevance.periods")
    int relevancePeriods();

    /** When the quarters' indexes are first checked after start (then every refresh-every). */
    @WithDefault("15s")
    @WithName("relevance.periods-first-after")
    String relevancePeriodsFirstAfter();

    /**
     * How often the word shares are refreshed from PostgreSQL's statistics (ANALYZE keeps those current), and the
     * newest quarters' text indexes checked ({@link SearchPeriods}).
     */
    @WithDefault("10m")
    @WithName("relevance.refresh-every")
    String relevanceRefreshEvery();

    /** How often the background re-index ({@link SearchReindex}) takes its next slice of the table; "off" stops it. */
    @WithDefault("2s")
    @WithName("reindex.every")
    String reindexEvery();

    /** Statements a slice of the re-index looks at (by id; one short transaction a slice). */
    @WithDefault("20000")
    @WithName("reindex.slice")
    int reindexSlice();

    /**
     * How often the deltas of the stance and timeline tallies (V31_1) are folded into them ({@link TallyCompaction});
     * reads count the deltas not folded yet, so this bounds their size, not the counts' freshness.
     */
    @WithDefault("5s")
    @WithName("tallies.compact-every")
    String talliesCompactEvery();

    /**
     * The longest a read on the search pool (and the replica's) may run; PostgreSQL cancels it then and the client
     * gets a 503 with Retry-After instead of holding a connection and a core for minutes.
     */
    @WithDefault("30s")
    @WithName("statement-timeout")
    java.time.Duration statementTimeout();
}
