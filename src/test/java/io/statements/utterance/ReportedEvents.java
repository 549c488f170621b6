package io.statements.utterance;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the {@link UtteranceReported} events the service fires, as a subscriber (webhooks) would see them. */
@Singleton
public class ReportedEvents {

    final List<UtteranceReported> seen = new CopyOnWriteArrayList<>();

    void on(@Observes UtteranceReported event) {
        seen.add(event);
    }

    List<UtteranceReported> about(String statementId) {
        return seen.stream().filter(e -> e.statementId().toString().equals(statementId)).toList();
    }
}
