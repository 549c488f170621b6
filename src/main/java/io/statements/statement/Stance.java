package io.statements.statement;

/** The statement's stance toward its stance_target. */
public enum Stance {
    SUPPORT, OPPOSE, NEUTRAL, UNCLEAR
}
