package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * `X said: "..."`, `X said the plan was a "disaster"`: the nearest cue before the quote in its sentence, with the
 * outer attribution of nested ones (`Ditto said she expects "..."`), `what he called "..."` going to the main
 * clause's subject, participles and coordinated verbs.
 */
final class LeadingCueSieve extends Rules implements QuoteSieve {

    private final AdjunctPronounSpeaker adjunct;
    private final WithParticipleSubjects withSubjects;
    private final DocumentIssuers issuers;
    private final PossessedClaims possessedCues;
    private final RelativeOrgAntecedents relativeOrgs;
    private final CharacterisationPronouns pronouns;
    private final ReportedPassives passives;

    LeadingCueSieve(Doc d) {
        super(d);
        this.adjunct = new AdjunctPronounSpeaker(d);
        this.withSubjects = new WithParticipleSubjects(d.toks);
        this.issuers = new DocumentIssuers(d);
        this.possessedCues = new PossessedClaims(d);
        this.relativeOrgs = new RelativeOrgAntecedents(d, resolver);
        this.pronouns = new CharacterisationPronouns(d);
        this.passives = new ReportedPassives(d);
    }

    @Override
    public String name() {
        return "leading-cue";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int cue = -1;
        for (int m = c.q.open - 1; m >= c.ss; m--) {
            // a verb that attributes only after a quote (`"A," she elaborated, "B."`) also heads the piece after it
            if (toks.get(m).qrole == OUT && (cueLex.isCueTok(m) || !c.memory.usedCues.isEmpty() && c.memory.usedCues.contains(m))) {
                cue = m;
                break;
            }
        }
        cue = cue < 0 ? cue : possessedNounHost(cue, c.ss);
        int reporting = cue < 0 ? -1 : passives.reportingCue(cue, c.q.open, c.ss);
        if (reporting >= 0) {
            c.memory.usedCues.add(cue); // `X said the deal was agreed, "..."`: X's, and no report of its own (names44)
            cue = reporting;
        }
        if (cue < 0 || inOpeningSubordinate(c, cue)) {
            return false;
        }
        var cueSpeaker = c.memory.cueSpeaker;
        int[] ownBefore = cueSpeaker.containsKey(cue) ? null : ContactClauseSubjects.subject(toks, cue, c.ss); // n61c
        ownBefore = ownBefore != null || cueSpeaker.containsKey(cue) ? ownBefore : inverted.asideBeforeQuote(cue, c.q.open, c.ss, c.se);
        if (ownBefore != null) {
            c.cue = cue; // n61c: `a ruling X called "..."`, `..., said Ms Y, "..."`: the cue's own subject, not an outer one
            c.subj = ownBefore;
            return true;
        }
        if (!cueSpeaker.containsKey(cue) && !RelativeCharacterisers.named(toks, cueLex, cue, c.ss)) { // n74e
            int outer = complements.outerCue(cue, c.ss, c.se);
            int pronoun = outer != cue ? adjunct.pronoun(cue, c.ss) : -1;
            Speaker outerSpeaker = pronoun < 0 ? null
                    : cueSpeaker.containsKey(outer) ? cueSpeaker.get(outer) : adjunct.outerSpeaker(outer, c.ss);
            if (outerSpeaker != null) {
                c.outerSpeaker = adjunct.through(pronoun, outerSpeaker); // `, which he called "..."`: his own cue
            } else if (outer != cue && cueSpeaker.containsKey(outer)) {
                c.outerSpeaker = cueSpeaker.get(outer); // keep the quotes apart, but with that speaker
            } else if (outer != cue && cueLex.isRelativeCharacterisation(cue)
                    && pronouns.speaker(cue, adjunct.outerSpeaker(outer, c.ss)) != null) {
                c.outerSpeaker = pronouns.speaker(cue, null); // names41: `..., what she calls "..."`: hers
            } else {
                cue = outer;
            }
        }
        int[] ownSubject = null;
        if (c.outerSpeaker == null && !cueSpeaker.containsKey(cue) && cueLex.isRelativeCharacterisation(cue)) {
            ownSubject = RelativeCharacterisers.subject(toks, cue, c.ss);
            // `Ida Berg condemned what she called a "reckless detour"`: the main clause's subject
            int[] main = ownSubject != null ? null : clauses.sentenceSubject(c.ss, cue - 1);
            String thing = ownSubject != null ? null : relativeOrgs.itOfWhichClause(c.ss, cue);
            if (thing != null) {
                Tok it = toks.get(cue - 1);
                c.outerSpeaker = new Speaker(it.s, it.e, it.text, thing, SpeakerKind.ORGANIZATION, null);
            } else if (main != null && main[1] < cue - 2) {
                Speaker subject = resolver.resolve(main[0], main[1]), own = pronouns.speaker(cue, subject);
                c.outerSpeaker = own != null ? own : subject;
            }
        }
        int reported = c.outerSpeaker == null && ownSubject == null ? passives.reportingCue(cue, c.q.open, c.ss) : -1;
        if (reported >= 0) {
            c.memory.usedCues.add(cue); // the outer cue is passive too (`the deal was agreed ... calls, "..."`)
            cue = reported;
        }
        c.cue = cue;
        if (ownSubject != null) {
            c.subj = ownSubject;
        } else if (cueSpeaker.containsKey(cue)) {
            c.subj = null;
        } else if (cueLex.isAccording(cue)) {
            c.subj = complements.accordingNP(cue, c.se);
        } else if (cueLex.isParticiple(cue)) {
            Tok before = toks.get(cue - 1);
            int[] quoted = QuotedAsSaying.object(toks, cue, c.ss); // `the statement quoted X as saying`: X
            if (quoted != null) {
                c.subj = quoted;
            } else if (cue - 1 > c.ss && before.type == WORD && before.qrole == OUT && before.cap
                    && !Lexicon.TIME_WORDS.contains(before.low) && !toks.get(cue - 2).text.equals(",")) {
                c.subj = subjects.npEndingAt(cue - 1, c.ss); // `footage of Hillary Clinton asking, "..."`
            } else if (cue - 1 >= c.ss && before.type == WORD && Words.contractedPronoun(before.low) != null) {
                c.subj = new int[]{cue - 1, cue - 1}; // `he's predicting that ...`: a progressive, its subject in it
            } else {
                c.subj = withSubjects.subject(cue, c.ss); // `..., with one of her flyers asking, "..."`
                if (c.subj == null && before.type == WORD && !before.cap && Lexicon.DOC_NOUNS.contains(before.low)) {
                    c.subj = issuers.publisherOf(cue - 1); // `The board issued a statement calling the levy "..."`
                }
            }
            c.coordinated = c.subj == null;
        } else {
            int[] subj = subjects.subjectBefore(cue, c.ss);
            if (subj == null && subjects.refusalHost(cue, c.ss)) {
                subj = new int[]{-1, -1}; // `X refused to say whether it was "dead"`: the subject of the refusal
            }
            if (subj != null && subj[0] < 0) {
                c.coordinated = true;
                subj = null;
            }
            if (subj == null && !c.coordinated) {
                subj = beforeDashAside(cue, c.ss); // `X, the chief of Y -- the firm that makes Z -- told me, "..."`
            }
            // names20: who is told is never an inverted speaker (`told me, "..."`)
            boolean addressee = Lexicon.ADDRESSEE_VERBS.contains(toks.get(cue).low);
            if (subj == null && !c.coordinated && cueLex.isSpeech(cue) && !addressee) {
                int[] inv = inverted.subjectAfter(cue, c.se);
                // `said Mayor X: "..."` is inverted; `said the president "offered ..."` is the clause's subject
                if (inv != null && inv[1] + 1 < c.q.open && toks.get(inv[1] + 1).type == PUNCT) {
                    subj = inv;
                }
            }
            c.subj = subj;
        }
        if (c.subj == null && !c.coordinated && c.outerSpeaker == null && !cueSpeaker.containsKey(cue)) {
            c.outerSpeaker = possessedCues.owner(cue, c.ss); // `her claim that she "never ..."`: hers
        }
        Speaker announcer = c.outerSpeaker == null ? possessedCues.ownerBetween(cue + 1, c.q.open, c.ss) : null;
        if (announcer != null) {
            c.outerSpeaker = announcer; // names36: `X said ... Y's announcement that he would make "..."`: Y's
        }
        return true;
    }

    /**
     * Session names20: the subject of a clause whose verb follows an aside between dashes (`John Roe, the chief of
     * Ora Media -- the firm that makes the show -- told me`): the subject of the words before the opening dash, or
     * null when the cue follows no closing dash.
     */
    private int[] beforeDashAside(int cue, int ss) {
        int k = cue - 1;
        while (k > ss && dash(toks.get(k))) {
            k--;
        }
        if (k == cue - 1) {
            return null;
        }
        for (int m = k; m > ss + 1; m--) {
            if (dash(toks.get(m))) {
                while (m > ss && dash(toks.get(m - 1))) {
                    m--;
                }
                return clauses.sentenceSubject(ss, m - 1);
            }
        }
        return null;
    }

    private static boolean dash(Tok t) {
        return t.type == PUNCT && (t.text.equals("-") || t.text.equals("--") || t.text.equals("\u2014")
                || t.text.equals("\u2013"));
    }

    /**
     * `X called Vessel's plans to open a terminal "a disgrace"`, `rejected the company's claims as "..."`: a cue noun
     * owned by a possessor (`plans`, `hopes`, `claims` after `Vessel's`) inside the object of a verb of saying a few
     * words before it is that verb's object, not its own attribution: the quote is the verb's. Otherwise the cue.
     */
    private int possessedNounHost(int cue, int ss) {
        Tok owner = cue - 1 > ss ? toks.get(cue - 1) : null;
        if (owner == null || owner.type != WORD || !Words.endsWithPossessive(owner)
                || Words.contractedPronoun(owner.low) != null || !toks.get(cue).low.endsWith("s")) {
            return cue;
        }
        for (int m = cue - 2; m >= ss && cue - m <= 6; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return cue;
            }
            if (cueLex.isCueTok(m)) {
                return m;
            }
        }
        return cue;
    }

    /**
     * `When Berg suggested that the county would sue, Reyes fired back: "..."`, `After Cole criticized him, Ida shot
     * back, "..."`: the cue is in a subordinate clause opening the sentence and the quote in the main clause after
     * it, which has a subject of its own; the cue is not the quote's (later sieves take the main clause's subject).
     */
    private boolean inOpeningSubordinate(QuoteCandidate c, int cue) {
        Tok first = toks.get(c.ss);
        if (first.type != WORD || !Words.SUBORDINATORS.contains(first.low) || first.low.equals("as")) {
            return false;
        }
        for (int m = cue + 1; m < c.q.open; m++) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || cueLex.isCueTok(m)) {
                return false;
            }
            if (t.text.equals(",")) {
                int[] main = clauses.sentenceSubject(c.ss, c.q.open - 1);
                return main != null && main[0] > m && main[1] < c.q.open - 1;
            }
        }
        return false;
    }
}
