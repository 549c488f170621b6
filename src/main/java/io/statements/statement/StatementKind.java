package io.statements.statement;

/** DIRECT: a full quoted sentence; PARTIAL: quoted words inside reported speech; INDIRECT: reported speech. */
public enum StatementKind {
    DIRECT, PARTIAL, INDIRECT
}
