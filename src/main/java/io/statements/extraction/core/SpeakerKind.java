package io.statements.extraction.core;

/** What kind of source a speaker is. */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    /** A named or described collective ("Democrats", "critics", "the leaders"). */
    GROUP,
    /** An unnamed source ("two US defense officials", "a spokesperson"). */
    ANONYMOUS
}
