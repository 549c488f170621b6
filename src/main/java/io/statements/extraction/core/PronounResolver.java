package io.statements.extraction.core;

/**
 * Pronoun speakers: "he"/"she" the last person speaker or person named, agreeing in gender when known; "it" the
 * organisation just quoted or named; "they" the last organisation or group, else people described before it.
 */
final class PronounResolver {
    private final Doc d;
    private final NameIndex names;
    private final SpeakerResolver resolver;
    private final SurnameSubjects surnames;
    private final AskedPersons asked;
    private final GroupAntecedents groups;
    private final PronounCandidates candidates;

    PronounResolver(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.names = d.names;
        this.resolver = resolver;
        this.surnames = new SurnameSubjects(d);
        this.asked = new AskedPersons(d, resolver);
        this.groups = new GroupAntecedents(d, resolver);
        this.candidates = new PronounCandidates(d);
    }

    Speaker resolve(String p, int ms, int me, String mention) {
        Speaker prev = LastSpeakers.before(d, ms);
        int lastPersonPos = -1, weak = -1;
        String lastPerson = null;
        String lastOrg = null;
        int[] asker = p.equals("he") || p.equals("she") ? asked.askerInOpening(sentenceAt(ms), ms) : null;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - 20000) {
                break;
            }
            if (mp[0] >= ms || asker != null && mp[0] >= asker[0] && mp[0] < asker[1]) {
                continue; // names38: `Asked by Kettering whether she ..., she said`: never the asker
            }
            // decided once a mention (PronounCandidates): no place, plural, thing or `Nov.` (names23) is a person
            byte c = lastPerson == null && mp[1] == SpeakerKind.PERSON.ordinal() ? candidates.of(k) : 0;
            if (c == PronounCandidates.WEAK) { // n49a: `Velda, Orso and Kaprin`: a fallback
                weak = weak < 0 ? k : weak;
                continue;
            } else if (c == PronounCandidates.PERSON) {
                lastPerson = names.mentionName.get(k);
                lastPersonPos = mp[0];
            }
            if (lastOrg == null && mp[1] == SpeakerKind.ORGANIZATION.ordinal() && !candidates.worldPlace(k) && !candidates.locativePlace(k)) { // n68d
                lastOrg = names.mentionName.get(k);
            }
            if (lastPerson != null && lastOrg != null) {
                break;
            }
        }
        if (weak >= 0 && (lastPerson == null || lastPersonPos < ms - WeakPersons.REACH)) {
            lastPerson = names.mentionName.get(weak); // no one named in full in reach: the one-word name after all
            lastPersonPos = names.mentionPos.get(weak)[0];
        }
        switch (p) {
            case "he", "she" -> {
                char want = p.equals("he") ? 'M' : 'F';
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
                Speaker own = ownSentenceSubject(ms, want);
                if (own != null && (prev == null || own.ms() >= prev.ms())) {
                    // `FBI director James Comey decided ... even though he found "evidence"`: the person the
                    // pronoun's own sentence opens with, named after the last speaker
                    return PronounTrace.why(d, "own-sentence-subject", prev, lastPerson, new Speaker(ms, me, mention, own.name(), SpeakerKind.PERSON, null));
                }
                Speaker salient = PronounSalience.pick(d, resolver, prev, ms, me, mention, want);
                if (salient != null) { // n50a: `The chief justice ordered ... He said`, `Former X chief, Y congratulated`
                    return PronounTrace.why(d, "salience", prev, lastPerson, salient);
                }
                int before = previousSentence(ms);
                Speaker askee = before < 0 ? null : asked.answerer(before, want);
                if (askee != null && (prev == null || askee.ms() > prev.ms())) {
                    // the one asked answers
                    return PronounTrace.why(d, "askee", prev, lastPerson, new Speaker(ms, me, mention, askee.name(), SpeakerKind.PERSON, null));
                }
                Speaker topic = previousSentenceSubject(ms, want);
                topic = topic != null ? topic : PronounChains.previousSameSubject(d, resolver, p, ms); // lead48
                if (topic != null && ms - topic.ms() < 3000 && (prev == null || topic.ms() > prev.ms()
                        || PersonAntecedents.describedIn(d, prev, previousSentence(ms)) || BodyAntecedents.insideSubjectsReport(d, prev, topic, previousSentence(ms)))) {
                    // `Campaign aide Tomas Reyes sent out a note. In it, he says ...`: the person the sentence
                    // before is about, introduced after the last speaker, is the pronoun's antecedent
                    return PronounTrace.why(d, "previous-subject", prev, lastPerson, new Speaker(ms, me, mention, topic.name(), SpeakerKind.PERSON, null));
                }
                String over = d.genders.overOppositePronounSpeaker(prev, want, ms);
                if (over != null) { // names32: `"...," he told reporters. ... "...," she said`: not him
                    return PronounTrace.why(d, "over-opposite", prev, lastPerson, new Speaker(ms, me, mention, over, SpeakerKind.PERSON, null));
                }
                if (prev != null && prev.kind() == SpeakerKind.PERSON && prev.name() != null
                        && !d.genders.conflicts(prev.name(), want) && lastPerson != null
                        && d.genders.conflicts(lastPerson, want) && ms - prev.ms() < 3000) {
                    // `Davis said ... the man who shot President Reagan ... she added`: the last speaker the
                    // pronoun may agree with, over a person of the other gender named in between
                    return PronounTrace.why(d, "speaker-over-clashing-named", prev, lastPerson, new Speaker(ms, me, mention, prev.name(), prev.kind(), null));
                }
                if (prev != null && prev.kind() == SpeakerKind.PERSON && d.genders.conflicts(prev.name(), want)
                        || lastPerson != null && d.genders.conflicts(lastPerson, want)) {
                    // `Trump said ... Davis, a liberal, lashed out ... she said`: the person named last, when the
                    // pronoun may agree with them (gender unknown or the same), else the last one it agrees with
                    if (lastPerson != null && !d.genders.conflicts(lastPerson, want)
                            && (prev == null || lastPersonPos > prev.ms())) {
                        return PronounTrace.why(d, "last-named-agreeing", prev, lastPerson, new Speaker(ms, me, mention, ReportedMentions.speakerOver(d, want, ms, prev, lastPerson, lastPersonPos), SpeakerKind.PERSON, null));
                    }
                    // `Reyes said ... She later added`: the last person the pronoun agrees with
                    String agreeing = IntroducedPersons.or(d, want, ms, prev, d.genders.lastAgreeing(want, ms)); // n65a
                    agreeing = agreeing != null ? agreeing : AgreeingSpeakers.or(d, want, ms, prev, lastPerson, lastPersonPos);
                    if (agreeing != null) {
                        return PronounTrace.why(d, "agreeing", prev, lastPerson, new Speaker(ms, me, mention, agreeing, SpeakerKind.PERSON, null));
                    }
                }
                if (prev != null && prev.kind() == SpeakerKind.PERSON && (lastPersonPos < 0 || prev.ms() >= lastPersonPos
                        || ms - prev.ms() < 600)) {
                    return PronounTrace.why(d, "last-speaker", prev, lastPerson, OtherGenderAntecedents.orNone(d, want, new Speaker(ms, me, mention, AppositiveIntroductions.or(d, want, ms, prev, lastPerson, lastPersonPos), prev.kind(), null))); // n67c
                }
                if (PersonAntecedents.organisationOver(d, prev, lastPerson, lastPersonPos, want) && !BodyAntecedents.officeOfNamed(prev.name(), lastPerson)) { // n52c, n66e
                    return PronounTrace.why(d, "organisation-over", prev, lastPerson, new Speaker(ms, me, mention, prev.name(), prev.kind(), null));
                }
                if (lastPerson != null) { // n62b: `X told ..., that Y's record`: X, who spoke there, not the possessor; n67e: an unnamed relative
                    return PronounTrace.why(d, "last-named", prev, lastPerson, UnnamedAntecedents.or(d, prev, lastPersonPos, want, ms, me, mention, OtherGenderAntecedents.orNone(d, want, new Speaker(ms, me, mention, SubjectOverObject.or(d, this, lastPerson, lastPersonPos, want, ms), SpeakerKind.PERSON, null))));
                }
                return PronounTrace.why(d, "none", prev, lastPerson, new Speaker(ms, me, mention, null, SpeakerKind.PERSON, null));
            }
            case "they" -> {
                Speaker couple = pronounAndPartner(ms, me, mention);
                if (couple != null) {
                    return couple; // `He and his wife drove up since they hoped to prove that "..."`: him
                }
                int[] pair = CoordinatedNames.sentenceSubjectPair(d, previousSentence(ms));
                if (pair != null && (prev == null || d.toks.get(pair[0]).s > prev.ms())) {
                    // `Tom Reyes and Ida Berg spoke to reporters. They said`: the people just named together
                    String names = d.s.substring(d.toks.get(pair[0]).s, d.toks.get(pair[1]).e);
                    return new Speaker(ms, me, mention, names, SpeakerKind.GROUP, null);
                }
                if (prev != null && prev.kind() != SpeakerKind.PERSON && !Lexicon.isRegion(prev.name())) {
                    return new Speaker(ms, me, mention, prev.name(), prev.kind(), null);
                }
                String group = groups.antecedent(d.tokenAt(ms), sentenceAt(ms), previousSentence(ms)); // `Aides ...`
                return new Speaker(ms, me, mention, group, SpeakerKind.GROUP, null);
            }
            case "it" -> {
                Speaker subject = ItVoices.antecedent(d, resolver, ms, me, mention, previousSentence(ms)); // n69c
                if (subject != null) { // names36 `The report ... It says`: its author; lead48 `the court. It said`
                    return subject;
                }
                if (prev != null && prev.kind() == SpeakerKind.ORGANIZATION) {
                    return new Speaker(ms, me, mention, prev.name(), prev.kind(), null);
                }
                if (lastOrg != null) {
                    return new Speaker(ms, me, mention, lastOrg, SpeakerKind.ORGANIZATION, null);
                }
                if (PersonAntecedents.unknownNamedBody(prev, d.genders, ms)) { // names32: `Human Rights Watch ...`
                    return new Speaker(ms, me, mention, prev.name(), SpeakerKind.ORGANIZATION, null);
                }
                return new Speaker(ms, me, mention, null, SpeakerKind.ORGANIZATION, null);
            }
            default -> { return new Speaker(ms, me, mention, null, null, null); }
        }
    }

    /**
     * The subject of the sentence before the pronoun's (same or previous paragraph) when it is a person named by
     * name who may agree with the pronoun ({@code want} '?': any gender, for {@link DefiniteDescriptions}); null
     * otherwise.
     */
    Speaker previousSentenceSubject(int ms, char want) {
        int prev = previousSentence(ms);
        if (prev < 0) {
            return null;
        }
        return namedSubject(d.sentStart[prev], d.sentEnd[prev], want);
    }

    /**
     * Session names23: the subject of a description's own sentence, named in full well before it (`Rep. Ida Marsh,
     * the top Democrat on the panel, called ... -- meddling the Utah congresswoman said`); else null.
     */
    Speaker ownSubjectBefore(int ms) {
        int si = sentenceAt(ms);
        if (si < 0 || d.clauses == null || d.toks.get(d.sentStart[si]).s + 20 > ms) {
            return null;
        }
        Speaker sp = namedSubject(d.sentStart[si], d.tokenAt(ms) - 1, '?');
        return sp != null && sp.ms() < ms ? sp : null;
    }

    /** The subject of the pronoun's own sentence, before the pronoun, when it is a person named in full; else null. */
    private Speaker ownSentenceSubject(int ms, char want) {
        int si = sentenceAt(ms);
        if (si < 0 || d.clauses == null) {
            return null;
        }
        int ss = d.sentStart[si], k = ss;
        while (k <= d.sentEnd[si] && d.toks.get(k).s < ms) {
            k++;
        }
        if (k - ss < 4 || k > d.sentEnd[si] || d.toks.get(k).qrole != Tok.OUT) {
            return null; // the pronoun opens its sentence: no subject before it
        }
        if (d.toks.get(k - 1).text.equals(",")) {
            return null; // `Reyes is no sailor, he said`: the sentence's subject is what he spoke about
        }
        Speaker sp = namedSubject(ss, k - 1, want);
        // its gender known to agree: a capitalised run taken for a subject (`The United States`, a headline's
        // words) has none, and a pronoun inside a clause may as well mean someone named before
        return sp != null && sp.ms() < ms && d.toks.get(ss).para > 0
                && Character.valueOf(want).equals(d.genders.of(sp.name())) ? sp : null;
    }

    /** The subject of the sentence [ps, pe] when it is a person named by name who may agree; null otherwise. */
    Speaker namedSubject(int ps, int pe, char want) {
        int[] subj = d.clauses.sentenceSubject(ps, pe);
        if (subj == null) {
            int after = d.clauses.afterIntroComma(ps, pe); // `On Monday night, Robby Mook released`
            if (after > ps && after - ps <= 12) {
                subj = d.clauses.sentenceSubject(after, pe);
            }
        }
        if (subj == null || subj[0] == subj[1] && Lexicon.SUBJECT_PRONOUNS.contains(d.toks.get(subj[0]).low)) {
            return null;
        }
        int[] shown = SubjectNames.shownPerson(d.toks, subj, pe);
        subj = shown != null ? shown : d.clauses.throughTitle(subj, pe);
        int[] named = shown == null ? SubjectNames.appositiveName(d.toks, subj, pe) : null;
        subj = named != null ? named : subj;
        Tok last = d.toks.get(subj[1]);
        if (!last.cap || subj[1] + 1 > pe || d.toks.get(subj[1] + 1).type != Tok.WORD
                && !d.toks.get(subj[1] + 1).text.equals(",")
                && !(SurnameSubjects.opensAside(d.toks, subj[1] + 1) && d.toks.get(subj[1]).para > 0)) {
            // the name must be followed by its verb or an appositive (`Ida Marsh – a fan – gave`, `Ida Marsh (D-Ore.)`)
            return last.cap ? null : TitleSubjects.holder(d, resolver, subj, pe, want); // n62a: `The minister did`
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null
                || !sp.name().contains(" ") && !surnames.isPersonSurname(subj, sp.name())
                || PersonAntecedents.nonPerson(sp.name()) || PronounAgreement.namedAsPlace(d, sp.name()) || BodyEvidenceNames.body(d, sp.name()) // n72b
                || WeakPersons.thing(d, subj[0], sp.name()) || ClippedPlaceNames.cut(d.toks, subj[1], pe) // n49a, n67c: `According to X, Lark-3 made`: a craft
                || want != '?' && d.genders.conflicts(sp.name(), want)) {
            return null;
        }
        return sp;
    }

    /**
     * Rule pronoun-and-partner (session names22): `they` inside a sentence whose subject is `He and his partner` (`She
     * and her husband`) is that pronoun's person, the one the article named (PolNeAR's source is the pair; the pair is
     * his and his partner's). Only the pronoun opening the sentence, `and`, the matching possessive and a noun.
     */
    private Speaker pronounAndPartner(int ms, int me, String mention) {
        int si = sentenceAt(ms);
        if (si < 0) {
            return null;
        }
        int ss = d.sentStart[si];
        if (ss + 3 > d.sentEnd[si] || d.toks.get(ss + 3).s >= ms) {
            return null;
        }
        String p = d.toks.get(ss).low, possessive = d.toks.get(ss + 2).low;
        Tok noun = d.toks.get(ss + 3);
        if (!(p.equals("he") && possessive.equals("his") || p.equals("she") && possessive.equals("her"))
                || !d.toks.get(ss + 1).low.equals("and") || noun.type != Tok.WORD || noun.cap) {
            return null;
        }
        Speaker sp = resolve(p, d.toks.get(ss).s, d.toks.get(ss).e, d.toks.get(ss).text);
        return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON ? null
                : new Speaker(ms, me, mention, sp.name(), SpeakerKind.PERSON, null);
    }

    /** The sentence before the one at {@code ms}, in the same or the previous paragraph; -1 when none. */
    private int previousSentence(int ms) {
        int si = sentenceAt(ms);
        if (si <= 0 || d.clauses == null
                || d.toks.get(d.sentStart[si]).para - d.toks.get(d.sentStart[si - 1]).para > 1) {
            return -1;
        }
        return si - 1;
    }

    private int sentenceAt(int pos) { // the sentence of the token at pos (its `sent`), -1 before the first
        return d.toks.isEmpty() || d.toks.get(0).s > pos ? -1 : d.toks.get(d.tokenAt(pos)).sent;
    }
}
