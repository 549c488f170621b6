package io.statements.utterance;

import io.smallrye.mutiny.Uni;
import io.statements.article.ArticleSummary;
import io.statements.common.Cursor;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.common.Rows;
import io.statements.outlet.OutletSummary;
import io.statements.replica.ReadDatabase;
import io.statements.search.Sql;
import io.statements.search.StatementFilter;
import io.statements.search.StatementQueries;
import io.statements.speaker.SpeakerKind;
import io.statements.speaker.SpeakerSummary;
import io.statements.statement.StatementKind;
import io.vertx.sqlclient.Row;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads utterances with their speaker, fullest text, first outlet and reports; lists them. */
final class UtteranceQueries {

    static final int MAX_REPORTS = 1000;

    /** Columns of an utterance listing row; {@code u} is the utterance. */
    static final String COLUMNS = """
            select u.id, u.reports, u.first_reported_at, u.last_reported_at, u.closed,
                   sp.id, sp.name, sp.kind, sp.title, sp.affiliation,
                   (select s.text from statement s where s.utterance_id = u.id
                    order by length(s.text) desc, s.id limit 1),
                   o.id, o.name, o.domain
            from utterance u join speaker sp on sp.id = u.speaker_id
            left join lateral (select s.outlet_id from statement s where s.utterance_id = u.id
                               order by coalesce(s.reported_at, s.created_at), s.id limit 1) f on true
            left join outlet o on o.id = f.outlet_id""";

    private static final String REPORTS = """
            select s.id, s.text, s.kind, s.reported_at, s.link_rule, s.link_manual,
                   o.id, o.name, o.domain, a.id, a.url, a.title, a.published_at
            from statement s join outlet o on o.id = s.outlet_id left join article a on a.id = s.article_id
            where s.utterance_id = ? order by coalesce(s.reported_at, s.created_at), s.id limit""" + " " + MAX_REPORTS;

    private UtteranceQueries() {
    }

    /**
     * GET /utterances: utterances with at least one report matching the filter and at least {@code minReports}
     * reports, keyset-paged. Read where list reads go ({@link ReadDatabase}: the read replica when one is configured).
     */
    static Uni<Page<UtteranceResponse>> list(ReadDatabase database, StatementFilter filter, UtteranceSort sort,
                                             int minReports, String cursor, int limit) {
        String fingerprint = Integer.toHexString((sort.name() + "|" + minReports + "|" + filter).hashCode());
        List<String> after = cursor == null ? null : sort.keys(Cursor.decode(cursor, fingerprint, sort.keyCount));
        Sql filtered = new Sql();
        StatementQueries.where(filtered, filter);
        boolean everything = filtered.params().isEmpty() && filtered.text().equals(" where true");
        Sql sql = new Sql();
        if (!everything) {
            sql.add("with m as (select distinct s.utterance_id from statement s");
            StatementQueries.where(sql, filter);
            sql.add(") ");
        }
        sql.add(COLUMNS);
        if (!everything) {
            sql.add(" join m on m.utterance_id = u.id");
        }
        sql.add(" where u.reports >= " + minReports);
        sort.after(sql, after);
        sql.add(" order by " + sort.order + " limit " + (limit + 1));
        return database.query(sql.numbered(), sql.tuple()).map(rows -> {
            List<UtteranceResponse> found = new ArrayList<>(rows.size());
            for (Row row : rows) {
                found.add(read(row));
            }
            return Paging.page(found, limit, u -> u, u -> new Cursor(fingerprint, sort.cursorKeys(u)));
        });
    }

    /** A listing row (without its reports). */
    private static UtteranceResponse read(Row r) {
        UUID outlet = r.getUUID(11);
        return new UtteranceResponse(r.getUUID(0),
                new SpeakerSummary(r.getUUID(5), r.getString(6), SpeakerKind.valueOf(r.getString(7)), r.getString(8),
                        r.getString(9)),
                r.getString(10), r.getInteger(1), Rows.instant(r, 2),
                outlet == null ? null : new OutletSummary(outlet, r.getString(12), r.getString(13)),
                Rows.instant(r, 3), r.getBoolean(4), null);
    }

    static UtteranceResponse find(Connection c, UUID id, boolean withReports) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " where u.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                UtteranceResponse u = read(rs, null);
                return withReports ? withReports(u, reports(c, id)) : u;
            }
        }
    }

    static UtteranceResponse read(ResultSet rs, List<UtteranceReport> reports) throws SQLException {
        UUID outlet = rs.getObject(12, UUID.class);
        return new UtteranceResponse(rs.getObject(1, UUID.class),
                new SpeakerSummary(rs.getObject(6, UUID.class), rs.getString(7), SpeakerKind.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getString(10)),
                rs.getString(11), rs.getInt(2), instant(rs, 3),
                outlet == null ? null : new OutletSummary(outlet, rs.getString(13), rs.getString(14)),
                instant(rs, 4), rs.getBoolean(5), reports);
    }

    private static UtteranceResponse withReports(UtteranceResponse u, List<UtteranceReport> reports) {
        return new UtteranceResponse(u.id(), u.speaker(), u.text(), u.reportCount(), u.firstReportedAt(),
                u.firstReportedBy(), u.lastReportedAt(), u.closed(), reports);
    }

    private static List<UtteranceReport> reports(Connection c, UUID id) throws SQLException {
        List<UtteranceReport> reports = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(REPORTS)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID article = rs.getObject(10, UUID.class);
                    reports.add(new UtteranceReport(rs.getObject(1, UUID.class),
                            new OutletSummary(rs.getObject(7, UUID.class), rs.getString(8), rs.getString(9)),
                            article == null ? null
                                    : new ArticleSummary(article, rs.getString(11), rs.getString(12), instant(rs, 13)),
                            rs.getString(2), StatementKind.valueOf(rs.getString(3)), instant(rs, 4),
                            rs.getBoolean(6) ? "EDITOR" : rs.getString(5)));
                }
            }
        }
        return reports;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
