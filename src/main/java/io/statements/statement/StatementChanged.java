package io.statements.statement;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously inside the transaction that changed statements, after the change was flushed, so that
 * the change feed records it atomically with the change itself (observers must not open transactions).
 */
public record StatementChanged(Type type, List<UUID> statementIds, boolean linkLater) {

    /**
     * {@code linkLater}: the statements may be linked into utterances after this transaction, through the linker's
     * durable queue (a bulk import's chunk); otherwise they are linked before it commits.
     */
    public StatementChanged(Type type, List<UUID> statementIds) {
        this(type, statementIds, false);
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ChangeType")
    public enum Type {
        CREATED, UPDATED, DELETED, MERGED
    }

    public static StatementChanged of(Type type, UUID id) {
        return new StatementChanged(type, List.of(id));
    }
}
