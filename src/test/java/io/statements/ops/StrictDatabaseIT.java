package io.statements.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.statements.embedded.PostgresAdmin;
import io.statements.support.Fixtures;
import io.statements.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The packaged jar against a PostgreSQL as a platform team runs it (CloudNativePG's defaults): SCRAM-SHA-256 on
 * every connection and an application role that owns the schema but is no superuser. Searches (reactive client),
 * writes (JDBC) and readiness (both pools) must all work, and the server must really be that strict.
 */
@QuarkusIntegrationTest
class StrictDatabaseIT {

    @Test
    void searchesWritesAndReadinessWorkAsTheNonSuperuserRoleOverScram() throws Exception {
        String speaker = Fixtures.unique("Scram Speaker");
        given().contentType(ContentType.JSON)
                .body(Fixtures.statement("The ferry timetable changes in March.", speaker, Fixtures.domain()))
                .post("/statements").then().statusCode(201);
        given().queryParam("q", "ferry timetable").queryParam("speaker", speaker).get("/statements")
                .then().statusCode(200).body("items.speaker.name", hasItem(speaker));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        PostgresAdmin admin = PostgresTestResource.admin();
        try (Connection c = admin.superuser("postgres"); Statement s = c.createStatement()) {
            assertEquals("scram-sha-256", single(s, "show password_encryption"));
            List<String> methods = column(s, "select distinct auth_method from pg_hba_file_rules where error is null");
            assertEquals(List.of("scram-sha-256"), methods, "pg_hba must require SCRAM for every connection");
            assertEquals("false", single(s, "select rolsuper::text from pg_roles where rolname = '" + PostgresAdmin.OWNER + "'"));
            assertEquals(PostgresAdmin.OWNER, single(s, "select pg_get_userbyid(datdba) from pg_database where datname = '"
                    + PostgresAdmin.DATABASE + "'"));
            List<String> users = column(s, "select distinct usename from pg_stat_activity where datname = '"
                    + PostgresAdmin.DATABASE + "' and pid <> pg_backend_pid() and backend_type = 'client backend'");
            assertFalse(users.isEmpty(), "the service has connections open");
            assertEquals(List.of(PostgresAdmin.OWNER), users, "the service connects only as the application role");
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        List<String> values = column(s, sql);
        assertEquals(1, values.size(), sql);
        return values.get(0);
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
