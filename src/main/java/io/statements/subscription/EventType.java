package io.statements.subscription;

import io.statements.statement.StatementChanged;

import java.util.Arrays;
import java.util.Optional;

/** The events a subscription can ask for, named as Standard Webhooks types are (dotted, lower case). */
enum EventType {
    STATEMENT_CREATED("statement.created"),
    STATEMENT_UPDATED("statement.updated"),
    STATEMENT_DELETED("statement.deleted"),
    /** A matching statement's utterance is now reported by at least min_reports outlets (once per utterance). */
    UTTERANCE_REPORTED("utterance.reported");

    static final String PING = "ping";
    /** The threshold when a subscription asks for utterance.reported without one: two outlets. */
    static final int DEFAULT_MIN_REPORTS = 2;
    static final int MAX_MIN_REPORTS = 1000;

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
