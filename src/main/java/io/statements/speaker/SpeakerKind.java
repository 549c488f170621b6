package io.statements.speaker;

/** What kind of source a speaker is; ANONYMOUS covers unnamed sources such as "two defense officials". */
public enum SpeakerKind {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS
}
