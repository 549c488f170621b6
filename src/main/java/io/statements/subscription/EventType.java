package io.statements.subscription;

import io.statements.statement.StatementChanged;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscription can ask for, named as Standard Webhooks types are (dotted, lower case). */
enum EventType {
    STATEMENT_CREATED("statement.created"),
    STATEMENT_UPDATED("statement.updated"),
    STATEMENT_DELETED("statement.deleted");

    static final String PING = "ping";
    /** Announced by the issue for when linking (utterances) exists; refused with a clear message until then. */
    static final String UTTERANCE_REPORTED = "utterance.reported";

    final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    static Optional<EventType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }

    /** A speaker merge changes the statement's speaker: an update as far as a subscriber is concerned. */
    static EventType of(StatementChanged.Type change) {
        return switch (change) {
            case CREATED -> STATEMENT_CREATED;
            case UPDATED, MERGED -> STATEMENT_UPDATED;
            case DELETED -> STATEMENT_DELETED;
        };
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.wire).toList());
    }
}
