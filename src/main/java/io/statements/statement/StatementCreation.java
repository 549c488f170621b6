package io.statements.statement;

/** The outcome of a create: the new statement, or (created = false) the existing one with the same natural key. */
public record StatementCreation(StatementResponse statement, boolean created) {
}
