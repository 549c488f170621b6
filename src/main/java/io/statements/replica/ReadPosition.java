package io.statements.replica;

import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.RequestScoped;

/**
 * This request's read position: the {@value ReadYourWrites#HEADER} it sent back (a write's commit position), and
 * the database chosen for its reads, decided once so that every query of one request reads the same database.
 */
@RequestScoped
class ReadPosition {

    private String lsn;
    private Uni<Pool> chosen;

    String lsn() {
        return lsn;
    }

    void lsn(String value) {
        this.lsn = value;
    }

    Uni<Pool> chosen() {
        return chosen;
    }

    void chosen(Uni<Pool> value) {
        this.chosen = value;
    }
}
