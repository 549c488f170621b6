package io.statements.statement;

/** How the statement entered the service. */
public enum Origin {
    MANUAL, IMPORTED, EXTRACTED
}
