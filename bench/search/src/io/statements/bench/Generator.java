package io.statements.bench;

import io.statements.common.Ids;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Loads synthetic speakers, outlets and statements with COPY. Statement indexes are dropped for the
 * load and rebuilt from their own definitions afterwards (bulk builds are far faster than row-by-row
 * maintenance), so the schema stays exactly what the migrations made.
 */
final class Generator {

    static final int SPEAKERS = 3000;
    static final int OUTLETS = 400;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssX").withZone(ZoneOffset.UTC);
    private static final long START = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    private static final long SPAN = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() - START;
    private static final String[] STANCES = {"SUPPORT", "OPPOSE", "NEUTRAL", "UNCLEAR"};
    private static final String[] CHANNELS = {"STATEMENT", "TWEET", "PRESS_CONFERENCE", "INTERVIEW", "SPEECH",
            "READOUT", "PHONE_CALL", "OTHER"};
    private static final String[] KINDS = {"DIRECT", "INDIRECT", "PARTIAL"};

    private final Random random = new Random(42);
    private final List<UUID> speakers = new ArrayList<>();
    private final List<UUID> outlets = new ArrayList<>();

    void load(Connection c, int statements) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("truncate statement, article, speaker_name, speaker, outlet cascade");
        }
        copy(c, "copy speaker (id, name, kind, title, aliases, created_at, updated_at, version) from stdin",
                speakerRows());
        copy(c, "copy outlet (id, name, domain, country, language, created_at, updated_at, version) from stdin",
                outletRows());
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select indexname, indexdef from "
                + "pg_indexes where tablename = 'statement' and indexname <> 'statement_pkey'")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : indexes.keySet()) {
                st.execute("drop index " + name);
            }
        }
        long t0 = System.nanoTime();
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy statement (id, text, kind, speaker_id, "
                + "outlet_id, channel, via, stance, stance_target, topics, language, stated_at, reported_at, origin, "
                + "created_at, updated_at, version) from stdin");
        StringBuilder batch = new StringBuilder(1 << 20);
        for (int i = 0; i < statements; i++) {
            statementRow(batch);
            if (batch.length() > (1 << 20) - 4096) {
                write(copy, batch);
            }
        }
        write(copy, batch);
        copy.endCopy();
        System.out.printf("  copied %,d statements in %.1f s%n", statements, (System.nanoTime() - t0) / 1e9);
        try (Statement st = c.createStatement()) {
            st.execute("set maintenance_work_mem = '512MB'");
            for (Map.Entry<String, String> index : indexes.entrySet()) {
                long t1 = System.nanoTime();
                st.execute(index.getValue());
                System.out.printf("  built %s in %.1f s%n", index.getKey(), (System.nanoTime() - t1) / 1e9);
            }
            st.execute("vacuum analyze");
        }
    }

    private String speakerRows() {
        StringBuilder rows = new StringBuilder();
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < SPEAKERS) {
            names.add(Vocabulary.FIRST[random.nextInt(Vocabulary.FIRST.length)] + " "
                    + Vocabulary.LAST[random.nextInt(Vocabulary.LAST.length)]);
            if (names.size() > Vocabulary.FIRST.length * Vocabulary.LAST.length - 10) {
                break;
            }
        }
        int i = 0;
        for (String name : names) {
            UUID id = Ids.newId();
            speakers.add(id);
            String last = name.substring(name.indexOf(' ') + 1);
            String title = Vocabulary.TITLES[i++ % Vocabulary.TITLES.length];
            String aliases = random.nextInt(3) == 0 ? "{\"" + last + "\"}"
                    : "{\"" + last + "\",\"" + title + " " + last + "\"}";
            rows.append(id).append('\t').append(name).append("\tPERSON\t").append(title).append('\t')
                    .append(aliases).append("\t2025-01-01 00:00:00+00\t2025-01-01 00:00:00+00\t0\n");
        }
        return rows.toString();
    }

    private String outletRows() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < OUTLETS; i++) {
            UUID id = Ids.newId();
            outlets.add(id);
            String place = Vocabulary.PLACES[i % Vocabulary.PLACES.length].replace("the ", "");
            String word = Vocabulary.OUTLET_WORDS[i % Vocabulary.OUTLET_WORDS.length];
            rows.append(id).append('\t').append(place).append(' ').append(word).append(' ').append(i).append('\t')
                    .append(place.toLowerCase().replace(' ', '-')).append('-').append(word.toLowerCase()).append(i)
                    .append(".example\t\\N\ten\t2025-01-01 00:00:00+00\t2025-01-01 00:00:00+00\t0\n");
        }
        return rows.toString();
    }

    /** 64-bit hashes of the natural keys drawn so far (strings of 10M keys did not fit the bench's 2 GB heap). */
    private final LongHashSet naturalKeys = new LongHashSet();

    private void statementRow(StringBuilder out) {
        long reported = START + (long) (random.nextDouble() * SPAN);
        boolean stance = random.nextInt(10) < 6;
        String topics = "{" + Vocabulary.pick(Vocabulary.TOPICS, random)
                + (random.nextBoolean() ? "," + Vocabulary.pick(Vocabulary.TOPICS, random) : "") + "}";
        if (topics.matches("\\{(.+),\\1}")) {
            topics = topics.substring(0, topics.indexOf(',')) + "}";
        }
        String now = "2025-01-02 00:00:00+00";
        java.util.UUID speaker = speakers.get(Zipf.index(speakers.size(), random));
        java.util.UUID outlet = outlets.get(Zipf.index(outlets.size(), random));
        // 90 % English, 10 % other languages (#16), each stored with its language so that it is stemmed in it
        int foreign = random.nextInt(10) == 0 ? random.nextInt(Foreign.LANGUAGES.length) : -1;
        String language = foreign < 0 ? "en" : Foreign.LANGUAGES[foreign];
        String text = foreign < 0 ? Vocabulary.sentence(random) : Foreign.sentence(foreign, random);
        // (speaker, outlet, article, normalised text) is unique in the schema: redraw the rare repeat
        while (!naturalKeys.add(LongHashSet.hash(speaker.toString() + outlet
                + text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip()))) {
            text = foreign < 0 ? Vocabulary.sentence(random) : Foreign.sentence(foreign, random);
        }
        out.append(Ids.newId()).append('\t').append(text).append('\t')
                .append(KINDS[Zipf.index(KINDS.length, random)]).append('\t')
                .append(speaker).append('\t')
                .append(outlet).append('\t')
                .append(CHANNELS[Zipf.index(CHANNELS.length, random)]).append('\t')
                .append(random.nextInt(10) == 0 ? Vocabulary.pick(Vocabulary.VIAS, random) : "\\N").append('\t')
                .append(stance ? STANCES[Zipf.index(STANCES.length, random)] : "\\N").append('\t')
                .append(stance ? Vocabulary.pick(Vocabulary.PLACES, random) : "\\N").append('\t')
                .append(topics.replace("human rights", "\"human rights\"")).append('\t')
                .append(language).append('\t')
                .append(random.nextInt(10) < 7 ? TS.format(Instant.ofEpochSecond(reported - random.nextInt(86400)))
                        : "\\N").append('\t')
                .append(TS.format(Instant.ofEpochSecond(reported))).append("\tIMPORTED\t").append(now).append('\t')
                .append(now).append("\t0\n");
    }

    private static void copy(Connection c, String sql, String rows) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        copy.endCopy();
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }
}
