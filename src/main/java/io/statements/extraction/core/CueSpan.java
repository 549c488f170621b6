package io.statements.extraction.core;

/** A cue's char offsets, remembered for the quotes that continue its attribution. */
record CueSpan(int s, int e) {
}
