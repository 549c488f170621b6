package io.statements.extraction.core;

/** The medium a statement was made through, when the text says so. */
public enum Channel {
    STATEMENT, TWEET, PRESS_CONFERENCE, INTERVIEW, PHONE_CALL, READOUT, SPEECH, OTHER
}
