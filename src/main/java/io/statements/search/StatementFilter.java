package io.statements.search;

import io.statements.common.ApiException;
import io.statements.statement.Channel;
import io.statements.statement.Stance;
import io.statements.statement.StatementKind;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Validated statement filters. Empty lists mean "no constraint". Names (speaker, outlet, article URL)
 * are turned into ids by {@link FilterResolver} before the query is built; after that the id lists
 * {@code speakerIds}, {@code outletIds} and {@code articleIds} carry the combined constraint, and an
 * id list that resolved to nothing is represented by {@code matchesNothing}.
 */
public record StatementFilter(String q, List<UUID> speakerIds, List<String> speakers, List<UUID> outletIds,
                              List<String> outlets, List<Stance> stances, List<String> stanceTargets,
                              List<StatementKind> kinds, List<Channel> channels, List<String> vias,
                              List<String> topics, List<String> languages, Instant reportedAfter,
                              Instant reportedBefore, Instant statedAfter, Instant statedBefore,
                              List<String> articleUrls, List<UUID> articleIds, boolean matchesNothing,
                              List<String> externalIds) {

    /** Without external ids: the shape benchmarks build. */
    public StatementFilter(String q, List<UUID> speakerIds, List<String> speakers, List<UUID> outletIds,
                           List<String> outlets, List<Stance> stances, List<String> stanceTargets,
                           List<StatementKind> kinds, List<Channel> channels, List<String> vias,
                           List<String> topics, List<String> languages, Instant reportedAfter,
                           Instant reportedBefore, Instant statedAfter, Instant statedBefore,
                           List<String> articleUrls, List<UUID> articleIds, boolean matchesNothing) {
        this(q, speakerIds, speakers, outletIds, outlets, stances, stanceTargets, kinds, channels, vias, topics,
                languages, reportedAfter, reportedBefore, statedAfter, statedBefore, articleUrls, articleIds,
                matchesNothing, List.of());
    }

    public static final int MAX_Q_LENGTH = 1000;

    /** A filter with only these fields set; what benchmarks and tests build directly. */
    public static StatementFilter of(String q, List<UUID> speakerIds, List<UUID> outletIds, List<Stance> stances,
                                     Instant reportedAfter, Instant reportedBefore) {
        return new StatementFilter(q, speakerIds, List.of(), outletIds, List.of(), stances, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), reportedAfter, reportedBefore, null, null, List.of(),
                List.of(), false);
    }

    static StatementFilter parse(FilterParams p) {
        String q = query(p.q);
        Instant reportedAfter = Params.instant("reported_after", p.reportedAfter);
        Instant reportedBefore = Params.instant("reported_before", p.reportedBefore);
        Instant statedAfter = Params.instant("stated_after", p.statedAfter);
        Instant statedBefore = Params.instant("stated_before", p.statedBefore);
        Params.requireOrdered("reported_after", reportedAfter, "reported_before", reportedBefore);
        Params.requireOrdered("stated_after", statedAfter, "stated_before", statedBefore);
        return new StatementFilter(q,
                Params.uuids("speaker_id", p.speakerId),
                Params.list("speaker", p.speaker, Params.MAX_VALUE_LENGTH),
                Params.uuids("outlet_id", p.outletId),
                Params.list("outlet", p.outlet, Params.MAX_VALUE_LENGTH),
                Params.enums("stance", p.stance, Stance.class),
                Params.list("stance_target", p.stanceTarget, Params.MAX_VALUE_LENGTH),
                Params.enums("kind", p.kind, StatementKind.class),
                Params.enums("channel", p.channel, Channel.class),
                Params.list("via", p.via, Params.MAX_VALUE_LENGTH),
                Params.lowerCase("topic", p.topic),
                Params.lowerCase("language", p.language),
                reportedAfter, reportedBefore, statedAfter, statedBefore,
                Params.list("article_url", p.articleUrl, 2048), List.of(), false,
                Params.list("external_id", p.externalId, 200));
    }

    private static String query(String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > MAX_Q_LENGTH) {
            throw ApiException.invalid("q", "at most " + MAX_Q_LENGTH + " characters");
        }
        Params.checkText("q", raw);
        String q = raw.strip();
        if (q.isEmpty()) {
            throw ApiException.invalid("q", "must not be blank; leave it out to match every statement");
        }
        return q;
    }

    /** A kind of condition a filter may set; what an index or a tally can serve is said in these terms. */
    enum Condition { WORDS, LANGUAGES, SPEAKER_IDS, SPEAKER_NAMES, OUTLETS, ARTICLES, STANCES, STANCE_TARGETS, KINDS,
        CHANNELS, VIAS, TOPICS, EXTERNAL_IDS, DATES }

    /**
     * The conditions this filter sets: the one place that lists the fields, so that a new filter field cannot be
     * overlooked by a shortcut that serves only some conditions (the tallies, the filter tokens, the statistics).
     */
    Set<Condition> conditions() {
        EnumSet<Condition> set = EnumSet.noneOf(Condition.class);
        set(set, Condition.WORDS, q != null);
        set(set, Condition.LANGUAGES, !languages.isEmpty());
        set(set, Condition.SPEAKER_IDS, !speakerIds.isEmpty());
        set(set, Condition.SPEAKER_NAMES, !speakers.isEmpty());
        set(set, Condition.OUTLETS, !outletIds.isEmpty() || !outlets.isEmpty());
        set(set, Condition.ARTICLES, !articleIds.isEmpty() || !articleUrls.isEmpty());
        set(set, Condition.STANCES, !stances.isEmpty());
        set(set, Condition.STANCE_TARGETS, !stanceTargets.isEmpty());
        set(set, Condition.KINDS, !kinds.isEmpty());
        set(set, Condition.CHANNELS, !channels.isEmpty());
        set(set, Condition.VIAS, !vias.isEmpty());
        set(set, Condition.TOPICS, !topics.isEmpty());
        set(set, Condition.EXTERNAL_IDS, !externalIds.isEmpty());
        set(set, Condition.DATES, reportedAfter != null || reportedBefore != null || statedAfter != null
                || statedBefore != null);
        return set;
    }

    private static void set(Set<Condition> set, Condition condition, boolean present) {
        if (present) {
            set.add(condition);
        }
    }

    /** Not a filter that matches nothing, and no condition but those given (which may be absent too). */
    boolean onlyConditions(Condition... allowed) {
        Set<Condition> rest = conditions();
        rest.removeAll(List.of(allowed));
        return !matchesNothing && rest.isEmpty();
    }

    /** No condition beyond q and languages (which may be absent too), and not a filter that matches nothing. */
    boolean onlyWordsAndLanguages() {
        return onlyConditions(Condition.WORDS, Condition.LANGUAGES);
    }

    /** No condition at all: every statement matches. */
    boolean matchesEverything() {
        return onlyConditions();
    }

    StatementFilter withStanceTargets(List<String> targets) {
        return new StatementFilter(q, speakerIds, speakers, outletIds, outlets, stances, targets, kinds, channels,
                vias, topics, languages, reportedAfter, reportedBefore, statedAfter, statedBefore, articleUrls,
                articleIds, matchesNothing, externalIds);
    }

    StatementFilter resolved(List<UUID> speakerIds, List<UUID> outletIds, List<UUID> articleIds, boolean nothing) {
        return new StatementFilter(q, speakerIds, List.of(), outletIds, List.of(), stances, stanceTargets, kinds,
                channels, vias, topics, languages, reportedAfter, reportedBefore, statedAfter, statedBefore,
                List.of(), articleIds, nothing, externalIds);
    }
}
