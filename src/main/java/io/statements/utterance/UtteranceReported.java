package io.statements.utterance;

import java.util.UUID;

/**
 * CDI event: a statement joined an utterance that other statements already report, by automatic linking (on any
 * create path, an update or a speaker merge; {@code linkedBy} names the sieve) or an editor's attach
 * ({@code linkedBy} EDITOR). Fired synchronously inside the transaction that stores the link, after the link is
 * written: an observer that writes its own rows (an outbox) commits or rolls back with it; one that calls out should
 * observe {@code during = TransactionPhase.AFTER_SUCCESS}. Not fired for a statement that starts its own utterance.
 */
public record UtteranceReported(UUID utteranceId, UUID statementId, UUID speakerId, String linkedBy) {
}
