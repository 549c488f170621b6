package io.statements.search;

import io.statements.statement.Stance;

import java.util.EnumSet;
import java.util.Set;

/**
 * SQL over the running tallies (V31_1): the timeline of every statement, and the stance matrix of filters on speakers,
 * stances and targets only, read from a few thousand tally rows instead of every statement. Each read adds the deltas
 * that {@link TallyCompaction} has not folded in yet, so the counts equal {@link AggregateQueries}' exactly, in the
 * same order. Public so the benchmark issues exactly what the API runs.
 */
public final class TallyQueries {

    private TallyQueries() {
    }

    /** Whether {@link #stances} answers this (resolved) filter: nothing but speakers, stances and stance targets. */
    static boolean answersStances(StatementFilter f) {
        return f.onlyConditions(StatementFilter.Condition.SPEAKER_IDS, StatementFilter.Condition.STANCES,
                StatementFilter.Condition.STANCE_TARGETS);
    }

    /** Statements per UTC day of reported_at, oldest first: {@link AggregateQueries#days} of no filter. */
    public static Sql days() {
        return new Sql().add("select t.day, sum(t.n)::bigint from (select day, n from day_tally"
                + " union all select day, n from day_tally_delta) t group by t.day having sum(t.n) > 0 order by t.day");
    }

    /**
     * {@link AggregateQueries#stances} for a filter {@link #answersStances} accepts: the same columns, counts and order.
     * Without a stance filter, the matrix of every speaker and target reads the tally's largest rows from its index
     * (as many as the rows asked for plus the pairs the deltas touch: no other pair can reach the top) instead of
     * summing all of them.
     */
    public static Sql stances(StatementFilter f, boolean perTarget, int limit) {
        Set<Stance> stances = f.stances().isEmpty() ? EnumSet.allOf(Stance.class) : EnumSet.copyOf(f.stances());
        boolean everyStance = stances.size() == Stance.values().length;
        Sql sql = new Sql().add("with delta as (select d.speaker_id, statements_name_key(d.stance_target) as target_key,"
                + " d.stance, d.stance_target, d.n from stance_tally_delta d where true");
        speakers(sql, "d.speaker_id", f);
        if (!everyStance) {
            sql.add(" and d.stance = any(?::text[])", (Object) Sql.strings(f.stances()));
        }
        targets(sql, "statements_name_key(d.stance_target)", f);
        sql.add("), touched as (select distinct speaker_id, target_key from delta), tallied as (");
        if (perTarget && everyStance && f.speakerIds().isEmpty()) {
            // each candidate looked up by key (a lateral subquery the planner keeps as one: the candidates' number
            // is unknown when planning, and a hash join would read the whole tally)
            sql.add("select t.* from (select x.speaker_id, x.target_key from (select speaker_id, target_key"
                    + " from stance_tally order by total desc, speaker_id, target_key limit " + limit
                    + " + (select count(*) from touched)) x union select speaker_id, target_key from touched) k"
                    + " cross join lateral (select t.speaker_id, t.target_key, t.support, t.oppose, t.neutral, t.unclear"
                    + " from stance_tally t where t.speaker_id = k.speaker_id and t.target_key = k.target_key limit 1) t");
        } else {
            sql.add("select t.speaker_id, t.target_key, t.support, t.oppose, t.neutral, t.unclear from stance_tally t"
                    + " where true");
            speakers(sql, "t.speaker_id", f);
            targets(sql, "t.target_key", f);
        }
        sql.add("), pairs as (select speaker_id, target_key, support, oppose, neutral, unclear from tallied"
                + " union all select speaker_id, target_key, " + deltaCount(Stance.SUPPORT) + ", "
                + deltaCount(Stance.OPPOSE) + ", " + deltaCount(Stance.NEUTRAL) + ", " + deltaCount(Stance.UNCLEAR)
                + " from delta group by speaker_id, target_key),");
        String total = String.join(" + ", stances.stream().map(s -> "sum(p." + column(s) + ")").toList());
        String group = perTarget ? "p.speaker_id, p.target_key" : "p.speaker_id";
        sql.add(" g as (select p.speaker_id, " + (perTarget ? "p.target_key" : "null::text as target_key")
                + ", " + counted(stances, Stance.SUPPORT) + " as support, " + counted(stances, Stance.OPPOSE)
                + " as oppose, " + counted(stances, Stance.NEUTRAL) + " as neutral, " + counted(stances, Stance.UNCLEAR)
                + " as unclear, (" + total + ")::bigint as total from pairs p group by " + group
                + " having " + total + " > 0 order by total desc, " + group + " limit " + limit + ")");
        sql.add(" select g.speaker_id, ");
        if (perTarget) {
            // the most common spelling among the counted statements, the first in order on a tie, as mode() picks
            sql.add("(select x.stance_target from (select s.stance_target, s.n from stance_target_spelling s"
                    + " where s.speaker_id = g.speaker_id and s.target_key = g.target_key"
                    + (everyStance ? "" : " and s.stance = any(?::text[])")
                    + " union all select d.stance_target, d.n from delta d where d.speaker_id = g.speaker_id"
                    + " and d.target_key = g.target_key) x group by x.stance_target having sum(x.n) > 0"
                    + " order by sum(x.n) desc, x.stance_target limit 1)",
                    everyStance ? new Object[0] : new Object[] {Sql.strings(f.stances())});
        } else {
            sql.add("null::text");
        }
        return sql.add(" as target, g.support, g.oppose, g.neutral, g.unclear, g.total, sp.name as speaker_name,"
                + " sp.kind as speaker_kind, sp.title as speaker_title, sp.affiliation as speaker_affiliation"
                + " from g join speaker sp on sp.id = g.speaker_id order by g.total desc, g.speaker_id, target");
    }

    private static void speakers(Sql sql, String column, StatementFilter f) {
        if (!f.speakerIds().isEmpty()) {
            sql.add(" and " + column + " = any(?::uuid[])", (Object) Sql.uuids(f.speakerIds()));
        }
    }

    private static void targets(Sql sql, String key, StatementFilter f) {
        if (!f.stanceTargets().isEmpty()) {
            sql.add(" and " + key + " = any(array(select statements_name_key(x) from unnest(?::text[]) x))",
                    (Object) Sql.strings(f.stanceTargets()));
        }
    }

    private static String deltaCount(Stance stance) {
        return "coalesce(sum(n) filter (where stance = '" + stance.name() + "'), 0)";
    }

    private static String counted(Set<Stance> counted, Stance stance) {
        return counted.contains(stance) ? "sum(p." + column(stance) + ")::bigint" : "0::bigint";
    }

    private static String column(Stance stance) {
        return stance.name().toLowerCase(java.util.Locale.ROOT);
    }
}
