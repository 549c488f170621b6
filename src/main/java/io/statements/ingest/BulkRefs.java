package io.statements.ingest;

import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.Ids;
import io.statements.common.Problem;
import io.statements.outlet.Domains;
import io.statements.speaker.SpeakerIdentity;
import io.statements.speaker.SpeakerKind;
import io.statements.statement.StatementRequest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the speakers, outlets and articles of a chunk of lines with a few set-based queries, creating missing
 * ones under the same rules and the same advisory locks as the single create (SpeakerService, OutletService,
 * ArticleService.resolve), and remembers them for the rest of the request (bounded).
 */
final class BulkRefs {

    private static final int MAX_CACHED = 50_000;

    record Article(UUID id, UUID outletId, String outletDomain, Instant publishedAt) {
    }

    /** A line's references, or the problem that keeps it out. */
    record Resolved(UUID speaker, UUID outlet, Article article, Problem problem) {
    }

    private final Map<String, UUID> speakerByName = new HashMap<>();
    /** Names several speakers go by: lines naming them are refused (422 listing the candidates). */
    private final Map<String, List<UUID>> ambiguousNames = new HashMap<>();
    private final Set<UUID> speakerIds = new HashSet<>();
    private final Map<String, UUID> outletByDomain = new HashMap<>();
    private final Set<UUID> outletIds = new HashSet<>();
    private final Map<String, Article> articleByUrl = new HashMap<>();
    /** Domains as sent to their canonical form: Domains.canonical compiles three patterns a call, twice a line. */
    private final Map<String, String> canonicalDomains = new HashMap<>();

    void forget() {
        canonicalDomains.clear();
        speakerByName.clear();
        ambiguousNames.clear();
        speakerIds.clear();
        outletByDomain.clear();
        outletIds.clear();
        articleByUrl.clear();
    }

    List<Resolved> resolve(Connection c, List<StatementRequest> rows, Instant now) throws SQLException {
        if (speakerByName.size() + outletByDomain.size() + articleByUrl.size() + canonicalDomains.size() > MAX_CACHED) {
            forget();
        }
        speakers(c, rows, now);
        outlets(c, rows, now);
        Map<String, UUID> outletOfUrl = new LinkedHashMap<>();
        Map<String, StatementRequest> firstMention = new HashMap<>();
        for (StatementRequest r : rows) {
            UUID outlet = outletOf(r);
            if (r.article() != null && outlet != null && !articleByUrl.containsKey(r.article().url().strip())) {
                outletOfUrl.putIfAbsent(r.article().url().strip(), outlet);
                firstMention.putIfAbsent(r.article().url().strip(), r);
            }
        }
        articles(c, outletOfUrl, firstMention, now);
        return rows.stream().map(this::resolved).toList();
    }

    private Resolved resolved(StatementRequest r) {
        if (r.speaker().id() == null && r.speaker().name() != null
                && ambiguousNames.containsKey(r.speaker().name().strip())) {
            String name = r.speaker().name().strip();
            return failed(SpeakerIdentity.ambiguous("speaker", name, ambiguousNames.get(name)));
        }
        UUID speaker = r.speaker().id() != null ? (speakerIds.contains(r.speaker().id()) ? r.speaker().id() : null)
                : speakerByName.get(r.speaker().name() == null ? "" : r.speaker().name().strip());
        if (speaker == null) {
            return failed(r.speaker().id() != null ? unknown("Speaker", r.speaker().id(), "speaker.id")
                    : ApiException.invalid("speaker", "give either id or name"));
        }
        UUID outlet = outletOf(r);
        if (outlet == null) {
            return failed(r.outlet().id() != null ? unknown("Outlet", r.outlet().id(), "outlet.id")
                    : ApiException.invalid("outlet", "give either id or domain"));
        }
        Article article = r.article() == null ? null : articleByUrl.get(r.article().url().strip());
        if (article != null && !article.outletId().equals(outlet)) {
            String url = r.article().url().strip();
            return failed(new ApiException(422, "/problems/article-outlet-mismatch", "Article belongs to another outlet",
                    "The article at " + url + " was published by outlet " + article.outletDomain(),
                    List.of(new FieldError("article.url", "belongs to outlet " + article.outletDomain()))));
        }
        return new Resolved(speaker, outlet, article, null);
    }

    private UUID outletOf(StatementRequest r) {
        if (r.outlet().id() != null) {
            return outletIds.contains(r.outlet().id()) ? r.outlet().id() : null;
        }
        return r.outlet().domain() == null || r.outlet().domain().isBlank() ? null
                : outletByDomain.get(canonical(r.outlet().domain()));
    }

    private void speakers(Connection c, List<StatementRequest> rows, Instant now) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        Map<String, SpeakerKind> names = new LinkedHashMap<>();
        for (StatementRequest r : rows) {
            if (r.speaker().id() != null) {
                if (!speakerIds.contains(r.speaker().id())) {
                    ids.add(r.speaker().id());
                }
            } else if (r.speaker().name() != null && !r.speaker().name().isBlank()
                    && !speakerByName.containsKey(r.speaker().name().strip())
                    && !ambiguousNames.containsKey(r.speaker().name().strip())) {
                names.putIfAbsent(r.speaker().name().strip(), r.speaker().kind());
            }
        }
        if (!ids.isEmpty()) {
            speakerIds.addAll(Jdbc.query(c, "select s.id from unnest(?::uuid[]) k(id) join speaker s on s.id = k.id",
                    rs -> rs.getObject(1, UUID.class), Jdbc.uuids(c, ids)));
        }
        if (names.isEmpty()) {
            return;
        }
        Map<String, String> missingKeyOf = findSpeakers(c, names.keySet());
        if (missingKeyOf.isEmpty()) {
            return;
        }
        Jdbc.lockAll(c, "", missingKeyOf.values());
        missingKeyOf = findSpeakers(c, missingKeyOf.keySet()); // another writer may have created them meanwhile
        Map<String, UUID> newByKey = new LinkedHashMap<>();
        Map<UUID, String[]> created = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : missingKeyOf.entrySet()) {
            UUID id = newByKey.computeIfAbsent(e.getValue(), k -> {
                UUID newId = Ids.newId();
                SpeakerKind kind = names.get(e.getKey());
                created.put(newId, new String[] {e.getKey(), (kind == null ? SpeakerKind.PERSON : kind).name()});
                return newId;
            });
            speakerByName.put(e.getKey(), id);
        }
        Timestamp at = Timestamp.from(now);
        Jdbc.query(c, "insert into speaker (id, name, kind, created_at, updated_at) select i, n, k, ?, ?"
                        + " from unnest(?::uuid[], ?::text[], ?::text[]) as x(i, n, k) returning id", rs -> null, at, at,
                Jdbc.uuids(c, created.keySet()), Jdbc.texts(c, created.values().stream().map(v -> v[0]).toList()),
                Jdbc.texts(c, created.values().stream().map(v -> v[1]).toList()));
    }

    /**
     * Caches the names found (the one speaker with that name, or the candidates when several speakers have it, as
     * SpeakerService.resolve) and returns the others with their keys.
     */
    private Map<String, String> findSpeakers(Connection c, Set<String> names) throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Object[] row : Jdbc.query(c, """
                select k.name, statements_name_key(k.name), array(select distinct n.speaker_id from speaker_name n
                    where n.name_key = statements_name_key(k.name) order by 1)
                from unnest(?::text[]) k(name)""", rs -> new Object[] {rs.getString(1), rs.getString(2),
                List.of((UUID[]) rs.getArray(3).getArray())}, Jdbc.texts(c, names))) {
            @SuppressWarnings("unchecked")
            List<UUID> found = (List<UUID>) row[2];
            if (found.size() > 1) {
                ambiguousNames.put((String) row[0], found);
            } else if (found.size() == 1) {
                speakerByName.put((String) row[0], found.get(0));
            } else if (row[1] != null && !((String) row[1]).isEmpty()) {
                missing.put((String) row[0], (String) row[1]); // an empty key (only punctuation) stays unresolved
            }
        }
        return missing;
    }

    private String canonical(String domain) {
        return canonicalDomains.computeIfAbsent(domain, Domains::canonical);
    }

    private void outlets(Connection c, List<StatementRequest> rows, Instant now) throws SQLException {
        Set<UUID> ids = new HashSet<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (StatementRequest r : rows) {
            if (r.outlet().id() != null) {
                if (!outletIds.contains(r.outlet().id())) {
                    ids.add(r.outlet().id());
                }
            } else if (r.outlet().domain() != null && !r.outlet().domain().isBlank()) {
                String domain = canonical(r.outlet().domain());
                if (!outletByDomain.containsKey(domain)) {
                    String name = r.outlet().name() == null || r.outlet().name().isBlank() ? domain : r.outlet().name().strip();
                    nameOf.putIfAbsent(domain, name);
                }
            }
        }
        if (!ids.isEmpty()) {
            outletIds.addAll(Jdbc.query(c, "select o.id from unnest(?::uuid[]) k(id) join outlet o on o.id = k.id",
                    rs -> rs.getObject(1, UUID.class), Jdbc.uuids(c, ids)));
        }
        Set<String> missing = nameOf.isEmpty() ? Set.of() : findOutlets(c, nameOf.keySet());
        if (!missing.isEmpty()) {
            Jdbc.lockAll(c, "outlet:", missing);
            missing = findOutlets(c, missing); // another writer may have created them meanwhile
        }
        if (!missing.isEmpty()) {
            Timestamp at = Timestamp.from(now);
            Jdbc.query(c, "insert into outlet (id, name, domain, created_at, updated_at) select i, n, d, ?, ?"
                            + " from unnest(?::uuid[], ?::text[], ?::text[]) as x(i, n, d) on conflict (domain) do nothing"
                            + " returning id", rs -> null, at, at,
                    Jdbc.uuids(c, missing.stream().map(d -> Ids.newId()).toList()),
                    Jdbc.texts(c, missing.stream().map(nameOf::get).toList()), Jdbc.texts(c, missing));
            findOutlets(c, missing);
        }
    }

    /** Caches the outlets found and returns the domains still missing. */
    private Set<String> findOutlets(Connection c, Set<String> domains) throws SQLException {
        Set<String> missing = new HashSet<>(domains);
        for (Object[] row : Jdbc.query(c, "select o.domain, o.id from unnest(?::text[]) k(d) join outlet o on o.domain = k.d",
                rs -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class)}, Jdbc.texts(c, domains))) {
            outletByDomain.put((String) row[0], (UUID) row[1]);
            missing.remove((String) row[0]);
        }
        return missing;
    }

    private void articles(Connection c, Map<String, UUID> outletOfUrl, Map<String, StatementRequest> first, Instant now)
            throws SQLException {
        Set<String> missing = outletOfUrl.isEmpty() ? Set.of() : findArticles(c, outletOfUrl.keySet());
        if (!missing.isEmpty()) {
            Jdbc.lockAll(c, "article:", missing);
            missing = findArticles(c, missing); // another writer may have created them meanwhile
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> urls = List.copyOf(missing);
        Jdbc.query(c, """
                        insert into article (id, outlet_id, url, title, published_at, language, created_at)
                        select i, o, u, t, p, l, ? from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::timestamptz[],
                            ?::text[]) as x(i, o, u, t, p, l)
                        on conflict (url) do nothing returning id""", rs -> null, Timestamp.from(now),
                Jdbc.uuids(c, urls.stream().map(u -> Ids.newId()).toList()),
                Jdbc.uuids(c, urls.stream().map(outletOfUrl::get).toList()), Jdbc.texts(c, urls),
                Jdbc.texts(c, urls.stream().map(u -> first.get(u).article().title()).toList()),
                Jdbc.texts(c, urls.stream().map(u -> BulkRows.text(first.get(u).article().publishedAt())).toList()),
                Jdbc.texts(c, urls.stream().map(u -> first.get(u).article().language()).toList()));
        findArticles(c, missing);
    }

    /** Caches the articles found and returns the URLs still missing. */
    private Set<String> findArticles(Connection c, Set<String> urls) throws SQLException {
        Set<String> missing = new HashSet<>(urls);
        for (Object[] row : Jdbc.query(c, "select a.url, a.id, a.outlet_id, o.domain, a.published_at from unnest(?::text[]) k(u)"
                        + " join article a on a.url = k.u join outlet o on o.id = a.outlet_id",
                rs -> new Object[] {rs.getString(1), new Article(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())},
                Jdbc.texts(c, urls))) {
            articleByUrl.put((String) row[0], (Article) row[1]);
            missing.remove((String) row[0]);
        }
        return missing;
    }

    private static ApiException unknown(String what, UUID id, String field) {
        return new ApiException(422, "/problems/unknown-reference", "Unknown reference", what + " " + id
                + " does not exist", List.of(new FieldError(field, "no " + what.toLowerCase() + " has this id")));
    }

    private static Resolved failed(ApiException e) {
        return new Resolved(null, null, null, e.toProblem(BulkLineParser.INSTANCE));
    }
}
