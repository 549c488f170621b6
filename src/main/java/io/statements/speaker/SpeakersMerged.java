package io.statements.speaker;

import java.util.UUID;

/**
 * Fired inside the merge transaction, before the duplicate is deleted, so that features holding
 * references to speakers (statements) move them to the surviving speaker.
 */
public record SpeakersMerged(UUID from, UUID into) {
}
