package io.statements.extraction.core;

/** A run of capitalised tokens read as a person or an organisation, with its canonical name. */
final class Name {
    String canonical;
    SpeakerKind kind;
}
