package io.statements.extraction.core;

/**
 * Sentence subjects as pronoun antecedents ({@link PronounResolver}, {@link DefiniteDescriptions}): the person named
 * by name who is the subject of the sentence before a pronoun, of the pronoun's own sentence, or of a description's
 * own sentence; with the sentence arithmetic the pronoun families share.
 */
final class PronounSubjects {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final SurnameSubjects surnames;

    PronounSubjects(Doc d, SpeakerResolver resolver, SurnameSubjects surnames) {
        this.d = d;
        this.resolver = resolver;
        this.surnames = surnames;
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
    Speaker ownSentenceSubject(int ms, char want) {
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
            // the name must be followed by its verb or an appositive (`Ida Marsh – a fan – gave`,
            // `Ida Marsh (D-Ore.)`)
            return last.cap ? null : TitleSubjects.holder(d, resolver, subj, pe, want); // n62a: `The minister did`
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null
                || !sp.name().contains(" ") && !surnames.isPersonSurname(subj, sp.name())
                || PersonAntecedents.nonPerson(sp.name()) || PronounAgreement.namedAsPlace(d, sp.name())
                || BodyEvidenceNames.body(d, sp.name()) // n72b
                || want != '?' && BodyEvidenceNames.outletTitle(d, sp.name()) // n74a: `(Reported by X Daily) He`
                || WeakPersons.thing(d, subj[0], sp.name()) // n49a
                || ClippedPlaceNames.cut(d.toks, subj[1], pe) // n67c: `According to X, Lark-3 made`: a craft
                || want != '?' && d.genders.conflicts(sp.name(), want)) {
            return null;
        }
        return sp;
    }

    /** The sentence before the one at {@code ms}, in the same or the previous paragraph; -1 when none. */
    int previousSentence(int ms) {
        int si = sentenceAt(ms);
        if (si <= 0 || d.clauses == null
                || d.toks.get(d.sentStart[si]).para - d.toks.get(d.sentStart[si - 1]).para > 1) {
            return -1;
        }
        return si - 1;
    }

    /** The sentence of the token at pos (its `sent`), -1 before the first. */
    int sentenceAt(int pos) {
        return d.toks.isEmpty() || d.toks.get(0).s > pos ? -1 : d.toks.get(d.tokenAt(pos)).sent;
    }
}
