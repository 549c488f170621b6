package io.statements.extraction.core;

/**
 * Pronoun speakers: "he"/"she" the last person speaker or person named, agreeing in gender when known; "it" the
 * organisation just quoted or named; "they" the last organisation or group, else people described before it.
 * One rule family a pronoun: {@link PersonPronouns}, {@link TheyPronouns}, {@link ItPronouns}; all read the last
 * speaker ({@link LastSpeakers}) and the names before the pronoun ({@link LastNamedAntecedents}), and the sentence
 * subjects ({@link PronounSubjects}).
 */
final class PronounResolver {
    private final Doc d;
    private final AskedPersons asked;
    private final PronounCandidates candidates;
    private final PronounSubjects subjects;
    private final PersonPronouns persons;
    private final TheyPronouns groups;
    private final ItPronouns bodies;

    PronounResolver(Doc d, SpeakerResolver resolver) {
        this.d = d;
        SurnameSubjects surnames = new SurnameSubjects(d);
        this.asked = new AskedPersons(d, resolver);
        GroupAntecedents described = new GroupAntecedents(d, resolver);
        this.candidates = new PronounCandidates(d);
        this.subjects = new PronounSubjects(d, resolver, surnames);
        this.persons = new PersonPronouns(d, resolver, this, subjects, asked, candidates);
        this.groups = new TheyPronouns(d, this, subjects, described, new TheyOwnSubjects(d, resolver, described));
        this.bodies = new ItPronouns(d, resolver, subjects);
    }

    /** The speaker the pronoun {@code p} (`he`, `she`, `they`, `it`) at [ms, me) stands for. */
    Speaker resolve(String p, int ms, int me, String mention) {
        boolean person = p.equals("he") || p.equals("she");
        if (!person && !p.equals("it") && !p.equals("they")) {
            return new Speaker(ms, me, mention, null, null, null); // `I`, `we`, `you`: the mention, no antecedent
        }
        Speaker prev = LastSpeakers.before(d, ms);
        if (p.equals("they")) {
            return groups.resolve(ms, me, mention, prev);
        }
        // session n75s: the walk back over the names is made for `he`, `she` and `it` only, the pronouns that read
        // it (a tenth of a pass's pronouns are `they`, `I`, `we` or `you`). It reads the tokens, the name index and
        // answers cached once a mention or name (PronounCandidates, BodyEvidenceNames), never the statements: skipping
        // it changes no later answer
        int[] asker = person ? asked.askerInOpening(subjects.sentenceAt(ms), ms) : null;
        LastNamedAntecedents last = LastNamedAntecedents.before(d, candidates, ms, asker);
        return person ? persons.resolve(p, ms, me, mention, prev, last) : bodies.resolve(ms, me, mention, prev, last);
    }

    /** See {@link PronounSubjects#previousSentenceSubject}. */
    Speaker previousSentenceSubject(int ms, char want) {
        return subjects.previousSentenceSubject(ms, want);
    }

    /** See {@link PronounSubjects#ownSubjectBefore}. */
    Speaker ownSubjectBefore(int ms) {
        return subjects.ownSubjectBefore(ms);
    }

    /** See {@link PronounSubjects#namedSubject}. */
    Speaker namedSubject(int ps, int pe, char want) {
        return subjects.namedSubject(ps, pe, want);
    }
}
