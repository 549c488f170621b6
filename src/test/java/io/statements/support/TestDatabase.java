package io.statements.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the PostgreSQL test resource for every @QuarkusTest (not restricted to one class). */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {

    private TestDatabase() {
    }
}
