package io.statements.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What a platform team does to a fresh PostgreSQL before the service may use it (CloudNativePG's initdb with
 * {@code owner} and {@code postInitApplicationSQL}): the application role without superuser rights, its database,
 * and the extensions created by the superuser. Idempotent.
 */
public record PostgresAdmin(int port, DatabaseCredentials credentials) {

    public static final String SUPERUSER = "postgres";
    /** The application role and its database, named as in deploy/kubernetes (CloudNativePG initdb owner). */
    public static final String OWNER = "statements";
    public static final String DATABASE = "statements";
    /** Created by the superuser at bootstrap, never by the migrations (the owner may not create them). */
    static final String[] EXTENSIONS = {"pg_trgm", "unaccent", "btree_gin"};

    private static final String HBA = """
            # Written by Statements' embedded PostgreSQL: every connection authenticates with SCRAM-SHA-256,
            # as on a production server (CloudNativePG's default); nobody is trusted.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A superuser connection, for bootstrap and test set-up only; the service never gets one. */
    public Connection superuser(String database) throws SQLException {
        return connect(database, SUPERUSER, credentials.superuserPassword());
    }

    /** A connection as the application role, as the service makes them. */
    public Connection owner(String database) throws SQLException {
        return connect(database, OWNER, credentials.ownerPassword());
    }

    /** Passwords on both roles, the application role, its database and extensions, then SCRAM required. */
    void bootstrap(Path dataDir) throws SQLException, IOException {
        try (Connection c = superuser("postgres")) {
            execute(c, "alter role " + SUPERUSER + " password " + literal(credentials.superuserPassword()));
            String verb = exists(c, "select 1 from pg_roles where rolname = ?", OWNER) ? "alter" : "create";
            execute(c, verb + " role " + OWNER + " login nosuperuser nocreatedb nocreaterole password "
                    + literal(credentials.ownerPassword()));
        }
        createDatabase(DATABASE);
        Path hba = dataDir.resolve("pg_hba.conf");
        if (!Files.exists(hba) || !HBA.equals(Files.readString(hba))) {
            Files.writeString(hba, HBA);
            try (Connection c = superuser("postgres")) {
                execute(c, "select pg_reload_conf()");
            }
        }
    }

    /** A database owned by the application role, with the extensions created by the superuser. */
    public void createDatabase(String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = superuser("postgres")) {
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                execute(c, "create database " + database + " owner " + OWNER);
            }
        }
        try (Connection c = superuser(database); Statement s = c.createStatement()) {
            for (String extension : EXTENSIONS) {
                s.execute("create extension if not exists " + extension);
            }
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
