package io.statements.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers the PostgreSQL test resource and the test credentials for every @QuarkusTest (not restricted to one
 * class).
 */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(AuthTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
