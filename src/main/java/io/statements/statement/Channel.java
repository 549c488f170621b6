package io.statements.statement;

/** How the words reached the public. */
public enum Channel {
    STATEMENT, TWEET, PRESS_CONFERENCE, INTERVIEW, PHONE_CALL, READOUT, SPEECH, OTHER
}
