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
    SPEAKER("speaker_id", "select 'speaker', speaker_id, null::text, count(*) from m group by speaker_id"),
    OUTLET("outlet_id", "select 'outlet', outlet_id, null::text, count(*) from m group by outlet_id"),
    STANCE("stance", "select 'stance', null::uuid, stance, count(*) from m where stance is not null group by stance"),
    // Grouped by name key so that "Israel" and "israel" are one value; the most common spelling is shown.
    STANCE_TARGET("stance_target", "select 'stance_target', null::uuid,"
            + " mode() within group (order by stance_target), count(*) from m where stance_target is not null group by statements_name_key(stance_target)"),
    CHANNEL("channel",
            "select 'channel', null::uuid, channel, count(*) from m where channel is not null group by channel"),
    TOPIC("topics", "select 'topic', null::uuid, mode() within group (order by t), count(*) from m, unnest(m.topics) t"
            + " group by lower(t)"),
    LANGUAGE("language", "select 'language', null::uuid, mode() within group (order by language), count(*) from m"
            + " where language is not null group by lower(language)");

    /** The statement column it counts (whose statistics estimate the facet of every statement). */
    final String column;
    final String branch;

    Facet(String column, String branch) {
        this.column = column;
        this.branch = branch;
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
