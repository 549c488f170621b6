package io.statements.extraction.core;

/**
 * Pronoun family `it` ({@link PronounResolver}): the voice the sentence before gives (a report, a court), else the
 * organisation that spoke last, else the body the sentence before is about ({@link ItNamedSubjects}), else the
 * organisation named last, else a named body of no known gender.
 */
final class ItPronouns {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final PronounSubjects subjects;

    ItPronouns(Doc d, SpeakerResolver resolver, PronounSubjects subjects) {
        this.d = d;
        this.resolver = resolver;
        this.subjects = subjects;
    }

    /** `it` at [ms, me); {@code prev} the last speaker before it, {@code last} the names before it. */
    Speaker resolve(int ms, int me, String mention, Speaker prev, LastNamedAntecedents last) {
        Speaker subject = ItVoices.antecedent(d, resolver, ms, me, mention, subjects.previousSentence(ms)); // n69c
        if (subject != null) { // names36 `The report ... It says`: its author; lead48 `the court. It said`
            return subject;
        }
        if (prev != null && prev.kind() == SpeakerKind.ORGANIZATION) {
            return new Speaker(ms, me, mention, prev.name(), prev.kind(), null);
        }
        Speaker named = ItNamedSubjects.antecedent(d, resolver, ms, me, mention, subjects.previousSentence(ms));
        if (named != null) { // n74a: `Norvale Mining faced ... It later ..., it conceded`
            return named;
        }
        if (last.org != null) {
            return new Speaker(ms, me, mention, last.org, SpeakerKind.ORGANIZATION, null);
        }
        if (PersonAntecedents.unknownNamedBody(prev, d.genders, ms)) { // names32: `Human Rights Watch ...`
            return new Speaker(ms, me, mention, prev.name(), SpeakerKind.ORGANIZATION, null);
        }
        return new Speaker(ms, me, mention, null, SpeakerKind.ORGANIZATION, null);
    }
}
