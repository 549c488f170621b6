package io.statements.search;

import io.statements.embedded.DatabaseCredentials;
import io.statements.embedded.PostgresAdmin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real streaming replica of an embedded primary, made from the embedded binaries as pg_basebackup makes one
 * (the zonky bundle ships no pg_basebackup): a physical replication slot, a base backup with the low-level API
 * (pg_backup_start, a copy of the data directory, pg_backup_stop's backup_label), standby.signal and
 * primary_conninfo, then the same server binary started on the copy as a hot standby.
 */
final class StreamingReplica implements Closeable {

    private static final String SLOT = "statements_replica";
    /** What pg_basebackup leaves out too: the running server's own files and the WAL (streamed instead). */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_wal",
            "pg_replslot", "pg_stat_tmp", "standby.signal", "recovery.signal", "backup_label");

    private final EmbeddedPostgres server;
    private final DatabaseCredentials credentials;

    private StreamingReplica(EmbeddedPostgres server, DatabaseCredentials credentials) {
        this.server = server;
        this.credentials = credentials;
    }

    static StreamingReplica of(Path primaryDir, int primaryPort, DatabaseCredentials credentials, Path replicaDir,
                               int replicaPort) throws IOException, SQLException {
        PostgresAdmin primary = new PostgresAdmin(primaryPort, credentials);
        Files.writeString(primaryDir.resolve("pg_hba.conf"),
                "host replication " + PostgresAdmin.SUPERUSER + " 127.0.0.1/32 scram-sha-256\n",
                StandardOpenOption.APPEND);
        try (Connection c = primary.superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("select pg_reload_conf()");
            st.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
            st.execute("select pg_backup_start('statements-replica', true)");
            copy(primaryDir, replicaDir);
            try (ResultSet rs = st.executeQuery("select labelfile from pg_backup_stop(false)")) {
                rs.next();
                Files.writeString(replicaDir.resolve("backup_label"), rs.getString(1));
            }
        }
        // PostgreSQL refuses a data directory others may read
        Files.setPosixFilePermissions(replicaDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(replicaDir.resolve("pg_wal").resolve("archive_status"));
        Files.createDirectories(replicaDir.resolve("pg_replslot"));
        Files.createDirectories(replicaDir.resolve("pg_stat_tmp"));
        Files.writeString(replicaDir.resolve("standby.signal"), "");
        Files.writeString(replicaDir.resolve("postgresql.auto.conf"), """
                primary_conninfo = 'host=127.0.0.1 port=%d user=%s password=%s application_name=statements_replica'
                primary_slot_name = '%s'
                """.formatted(primaryPort, PostgresAdmin.SUPERUSER, credentials.superuserPassword(), SLOT),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(replicaDir)
                .setCleanDataDirectory(false)
                .setPort(replicaPort)
                .setServerConfig("hot_standby", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", credentials.superuserPassword())
                .setPGStartupWait(java.time.Duration.ofSeconds(120))
                .start();
        return new StreamingReplica(server, credentials);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && SKIPPED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(source, target);
                    } catch (java.nio.file.NoSuchFileException vanished) {
                        // a temporary file the running primary removed meanwhile; the WAL replays its effect
                    }
                }
            }
        }
    }

    int port() {
        return server.getPort();
    }

    /** A superuser connection to the replica (read-only: it is in recovery). */
    Connection superuser() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", PostgresAdmin.SUPERUSER);
        props.setProperty("password", credentials.superuserPassword());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + PostgresAdmin.DATABASE, props);
    }

    /**
     * Pauses replay and waits until it has stopped: pg_wal_replay_pause() only requests the pause, and WAL that
     * arrives before recovery notices it is still replayed (a write right after the call could reach the replica).
     */
    void pauseReplay() throws SQLException, InterruptedException {
        execute("select pg_wal_replay_pause()");
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("select pg_get_wal_replay_pause_state()")) {
                    if (rs.next() && "paused".equals(rs.getString(1))) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("replay did not pause within 10 s");
    }

    void execute(String sql) throws SQLException {
        try (Connection c = superuser(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
