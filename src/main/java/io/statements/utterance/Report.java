package io.statements.utterance;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored statement as the linker sees it: its words, when it was said (if known), when it was said or reported
 * (the linking time), and its utterance; {@code open} is false for an utterance an editor closed to automatic links;
 * {@code reportedSpeech}: the outlet's own words for what was said (kind INDIRECT), not a quotation.
 */
record Report(UUID id, ReportText text, Instant statedAt, Instant at, UUID utterance, boolean open,
              boolean reportedSpeech) {
}
