package io.statements.extraction.core;

/**
 * Pronoun family `he`/`she` ({@link PronounResolver}): the last person speaker or person named, agreeing in gender
 * when known; before them the subject of the pronoun's own sentence, the salient person, the one asked and the
 * subject of the sentence before. Each decision stamped with its rule by {@link PronounTrace}.
 */
final class PersonPronouns {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final PronounResolver pronouns;
    private final PronounSubjects subjects;
    private final AskedPersons asked;
    private final PronounCandidates candidates;

    PersonPronouns(Doc d, SpeakerResolver resolver, PronounResolver pronouns, PronounSubjects subjects,
            AskedPersons asked, PronounCandidates candidates) {
        this.d = d;
        this.resolver = resolver;
        this.pronouns = pronouns;
        this.subjects = subjects;
        this.asked = asked;
        this.candidates = candidates;
    }

    /** `he` or `she` ({@code p}) at [ms, me); {@code prev} the last speaker before it, {@code last} the names. */
    Speaker resolve(String p, int ms, int me, String mention, Speaker prev, LastNamedAntecedents last) {
        String lastPerson = last.person;
        int lastPersonPos = last.personPos;
        char want = p.equals("he") ? 'M' : 'F';
        prev = lastSpeakerCandidate(prev, want, ms, me, lastPerson, lastPersonPos);
        Speaker own = subjects.ownSentenceSubject(ms, want);
        if (own != null && (prev == null || own.ms() >= prev.ms())) {
            // `FBI director James Comey decided ... even though he found "evidence"`: the person the
            // pronoun's own sentence opens with, named after the last speaker
            return PronounTrace.why(d, "own-sentence-subject", prev, lastPerson, person(ms, me, mention, own.name()));
        }
        Speaker salient = PronounSalience.pick(d, resolver, prev, ms, me, mention, want);
        if (salient != null) { // n50a: `The chief justice ordered ... He said`, `Former X chief, Y congratulated`
            return PronounTrace.why(d, "salience", prev, lastPerson, salient);
        }
        int before = subjects.previousSentence(ms);
        Speaker askee = before < 0 ? null : asked.answerer(before, want);
        if (askee != null && (prev == null || askee.ms() > prev.ms())) {
            // the one asked answers
            return PronounTrace.why(d, "askee", prev, lastPerson, person(ms, me, mention, askee.name()));
        }
        Speaker topic = subjects.previousSentenceSubject(ms, want);
        topic = topic != null ? topic : PronounChains.previousSameSubject(d, resolver, p, ms); // lead48
        if (topic != null && ms - topic.ms() < 3000 && (prev == null || topic.ms() > prev.ms()
                || PersonAntecedents.describedIn(d, prev, subjects.previousSentence(ms))
                || BodyAntecedents.insideSubjectsReport(d, prev, topic, subjects.previousSentence(ms)))) {
            // `Campaign aide Tomas Reyes sent out a note. In it, he says ...`: the person the sentence
            // before is about, introduced after the last speaker, is the pronoun's antecedent
            return PronounTrace.why(d, "previous-subject", prev, lastPerson, person(ms, me, mention, topic.name()));
        }
        String over = d.genders.overOppositePronounSpeaker(prev, want, ms);
        if (over != null) { // names32: `"...," he told reporters. ... "...," she said`: not him
            return PronounTrace.why(d, "over-opposite", prev, lastPerson, person(ms, me, mention, over));
        }
        if (prev != null && prev.kind() == SpeakerKind.PERSON && prev.name() != null
                && !d.genders.conflicts(prev.name(), want) && lastPerson != null
                && d.genders.conflicts(lastPerson, want) && ms - prev.ms() < 3000) {
            // `Davis said ... the man who shot President Reagan ... she added`: the last speaker the
            // pronoun may agree with, over a person of the other gender named in between
            return PronounTrace.why(d, "speaker-over-clashing-named", prev, lastPerson,
                    new Speaker(ms, me, mention, prev.name(), prev.kind(), null));
        }
        if (prev != null && prev.kind() == SpeakerKind.PERSON && d.genders.conflicts(prev.name(), want)
                || lastPerson != null && d.genders.conflicts(lastPerson, want)) {
            Speaker agreeing = agreeingOverClash(prev, want, ms, me, mention, lastPerson, lastPersonPos);
            if (agreeing != null) {
                return agreeing;
            }
        }
        if (prev != null && prev.kind() == SpeakerKind.PERSON && (lastPersonPos < 0 || prev.ms() >= lastPersonPos
                || ms - prev.ms() < 600)) {
            String name = AppositiveIntroductions.or(d, want, ms, prev, lastPerson, lastPersonPos);
            Speaker speaker = new Speaker(ms, me, mention, name, prev.kind(), null);
            return PronounTrace.why(d, "last-speaker", prev, lastPerson,
                    OtherGenderAntecedents.orNone(d, want, speaker)); // n67c
        }
        if (PersonAntecedents.organisationOver(d, prev, lastPerson, lastPersonPos, want)
                && !BodyAntecedents.officeOfNamed(prev.name(), lastPerson)) { // n52c, n66e
            return PronounTrace.why(d, "organisation-over", prev, lastPerson,
                    new Speaker(ms, me, mention, prev.name(), prev.kind(), null));
        }
        if (lastPerson != null) {
            // n62b: `X told ..., that Y's record`: X, who spoke there, not the possessor; n67e: an unnamed relative
            String name = SubjectOverObject.or(d, pronouns, lastPerson, lastPersonPos, want, ms);
            Speaker named = OtherGenderAntecedents.orNone(d, want, person(ms, me, mention, name));
            return PronounTrace.why(d, "last-named", prev, lastPerson,
                    UnnamedAntecedents.or(d, prev, lastPersonPos, want, ms, me, mention, named));
        }
        return PronounTrace.why(d, "none", prev, lastPerson, person(ms, me, mention, null));
    }

    /**
     * The last speaker as the pronoun's candidate, or null when it cannot be (nobody, a non-person, a news outlet,
     * a weak `the X`), or the candidate for whom a campaign spoke.
     */
    private Speaker lastSpeakerCandidate(Speaker prev, char want, int ms, int me, String lastPerson,
            int lastPersonPos) {
        boolean personLike = prev != null && prev.kind() == SpeakerKind.PERSON
                && PersonAntecedents.nonPerson(prev.name());
        // session names23, rule pronoun-not-outlet: `Ida Marsh defended ..., the Coastal News Network
        // reported. She said` is Marsh's: a news outlet that spoke last is no `he`/`she` (a ministry or a
        // campaign may be, by its spokesperson: kept)
        boolean outlet = prev != null && prev.kind() == SpeakerKind.ORGANIZATION
                && PersonAntecedents.outlet(prev.name());
        if (prev != null && (PersonAntecedents.noOne(prev.name()) || personLike || outlet
                || PronounAgreement.noPersonAntecedent(d, prev, ms, me))) {
            prev = null; // `some Democrats said ... he drove`, `While praising X, he`, `Nigerians`: no antecedent
        }
        prev = WeakPersons.passOver(d, prev, lastPerson, lastPersonPos, ms) ? null : prev; // n49a: `the X`
        String candidate = PersonAntecedents.campaignCandidate(prev);
        if (candidate != null && !d.genders.conflicts(candidate, want)) { // names35: the candidate, not the campaign
            prev = new Speaker(prev.ms(), prev.me(), prev.mention(), candidate, SpeakerKind.PERSON, null);
        }
        return DescribedLastSpeakers.named(d, candidates, prev, want); // n76d: `the judge` stands for the judge named
    }

    /**
     * The last speaker or the person named last clashes with the pronoun's gender: `Trump said ... Davis, a liberal,
     * lashed out ... she said`: the person named last, when the pronoun may agree with them (gender unknown or the
     * same), else the last one it agrees with; null when none.
     */
    private Speaker agreeingOverClash(Speaker prev, char want, int ms, int me, String mention, String lastPerson,
            int lastPersonPos) {
        if (lastPerson != null && !d.genders.conflicts(lastPerson, want)
                && (prev == null || lastPersonPos > prev.ms())) {
            String over = ReportedMentions.speakerOver(d, want, ms, prev, lastPerson, lastPersonPos);
            return PronounTrace.why(d, "last-named-agreeing", prev, lastPerson, person(ms, me, mention, over));
        }
        // `Reyes said ... She later added`: the last person the pronoun agrees with
        String agreeing = IntroducedPersons.or(d, want, ms, prev, d.genders.lastAgreeing(want, ms)); // n65a
        agreeing = agreeing != null ? agreeing : AgreeingSpeakers.or(d, want, ms, prev, lastPerson, lastPersonPos);
        if (agreeing != null) {
            return PronounTrace.why(d, "agreeing", prev, lastPerson, person(ms, me, mention, agreeing));
        }
        return null;
    }

    private static Speaker person(int ms, int me, String mention, String name) {
        return new Speaker(ms, me, mention, name, SpeakerKind.PERSON, null);
    }
}
