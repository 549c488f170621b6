package io.statements.extraction.core;

/** A suggested stance of the speaker toward the statement's stance target. */
public enum Stance {
    SUPPORT, OPPOSE, NEUTRAL
}
