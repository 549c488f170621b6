package io.statements.extraction.core;

/** A speaker as resolved: the mention in the text (char offsets) and what it resolves to. */
record Speaker(int ms, int me, String mention, String name, SpeakerKind kind, Channel channel) {
}
