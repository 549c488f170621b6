package io.statements;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.statements.embedded.EmbeddedDatabase;

/**
 * Starts the service. Without a configured datasource URL it first starts the embedded PostgreSQL
 * (the zero-configuration default for development and evaluation) and points the datasource at it.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        EmbeddedDatabase.startUnlessConfigured();
        Quarkus.run(args);
    }
}
