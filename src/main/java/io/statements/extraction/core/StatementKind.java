package io.statements.extraction.core;

/** How a statement is reported. */
public enum StatementKind {
    /** A full quotation in quotation marks. */
    DIRECT,
    /** Quoted words embedded in reported speech. */
    PARTIAL,
    /** Reported speech without quotation marks ("X said that ...", "according to X, ..."). */
    INDIRECT
}
