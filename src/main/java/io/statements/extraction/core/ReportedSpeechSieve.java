package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Sieve for reported speech without quotation marks: `X said (that) ...`, `..., X said.`, `According to X, ...`. */
final class ReportedSpeechSieve {
    private final Doc d;
    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;
    private final Complements complements;
    private final Clauses clauses;
    private final SpeakerResolver resolver;
    private final ChannelVia channels;
    private final AccordingToSpans accordingSpans;
    private final QuestionSieve questions;
    private final AdjunctPronounSpeaker adjunct;
    private final WithParticipleSubjects withSubjects;
    private final LeadingSubordinateClauses subordinates;

    ReportedSpeechSieve(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
        this.complements = d.complements;
        this.clauses = d.clauses;
        this.resolver = d.resolver;
        this.channels = d.channels;
        this.accordingSpans = new AccordingToSpans(d.toks, d.complements);
        this.subordinates = new LeadingSubordinateClauses(d.toks, d.cueLex);
        this.questions = new QuestionSieve(d);
        this.adjunct = new AdjunctPronounSpeaker(d);
        this.withSubjects = new WithParticipleSubjects(d.toks);
    }

    /**
     * A subject found across a comma interruption right after a preposition (`... lacks support from his colleagues
     * in Congress, whom he has angered, said X`, `... went badly with the board, and the talks stalled, said X`): the
     * noun phrase is an object, the verb of saying inverted.
     */
    private boolean midClauseInterruptedSubject(int[] subj, int ss) {
        if (subj == null || subj[0] <= ss || !Lexicon.PREPOSITIONS.contains(toks.get(subj[0] - 1).low)) {
            return false;
        }
        for (int k = subj[0]; k <= subj[1]; k++) {
            if (toks.get(k).text.equals(",")) {
                return true;
            }
        }
        return false;
    }

    void indirect(int cue, int ss, int se, boolean sentHasQuote, List<Integer> cues) {
        Tok ct = toks.get(cue);
        boolean speech = cueLex.isSpeech(cue);
        boolean according = cueLex.isAccording(cue);
        boolean participle = cueLex.isParticiple(cue);
        boolean weak = !speech && !according && !participle;
        if (weak && !WEAK_INDIRECT.contains(ct.low) && !cueLex.isProgressive(cue) && !cueLex.isTalkAbout(cue)
                && cueLex.particles(cue) == 0) {
            return; // other weak cues only attach quotes
        }
        if (ReportedPassives.foundPassive(toks, cue, ss, se)) {
            return; // n51b, rule found-passive: `X was found hiding in ...`: what was found, no one's statement
        }
        if (participle && subordinates.participleAdjunct(cue, ss, se)) {
            return; // `While tweeting, X wrote that ...`: X's verb reports, not the adjunct's participle
        }
        if (ct.low.equals("asked") && questions.opensQuestion(cue, ss, se)) {
            questions.question(cue, se);
            return;
        }
        Stmt st = new Stmt();
        st.sent = toks.get(cue).sent;
        Speaker sp = null;
        int from, to;
        boolean coordinatedCue = false; // a quote inside its clause is left to the quote sieves
        boolean relative = false;
        boolean agentless = false; // a passive without its agent: the statement stands, its speaker unknown
        int[] subject = null; // the subject whose speaker the statement gets: the resolver's work, done last
        if (according) {
            int[] np = complements.accordingNP(cue, se);
            if (np == null) {
                return;
            }
            int[] span = accordingSpans.content(cue, np, ss, se);
            if (span == null) {
                return;
            }
            from = span[0];
            to = span[1];
            // when the sentence has its own speech verb with a subject, "according to" is only the channel
            for (int c2 : cues) {
                if (c2 != cue && cueLex.isSpeech(c2) && (c2 < np[0] || c2 > np[1])) {
                    return; // not `according to tide surveys reported by the Ledger`: that verb is inside the source
                }
            }
            sp = resolver.resolve(np[0], np[1]);
            st.cueS = ct.s;
            st.cueE = toks.get(cue + 1).e;
        } else {
            if (insideAccordingSource(cue, ss)) {
                return; // `according to tide surveys reported by the Ledger`: part of the source, not a statement
            }
            // `..., with Senator X calling the plan a tax`: the participle's own subject after `with`
            int[] subj = participle ? withSubjects.subject(cue, ss) : subjects.subjectBefore(cue, ss);
            // `X survived ... and says ...`: a coordinated verb of saying takes the sentence subject
            boolean coordinated = subj != null && subj[0] < 0;
            if (coordinated && !speech) {
                return; // `..., and who has backed X since 2008`: not a statement
            }
            subj = coordinated ? null : subj;
            coordinatedCue = coordinated;
            boolean postposed = false;
            int[] pp = participle ? null : d.verbSubjects.postposedSubject(cue, ss, se);
            if (pp != null && !Words.pronounRightBefore(toks, subj, cue)) {
                subj = pp; // but `a roster of ferries he said had ...`: the pronoun is the subject, nothing postposed
            }
            if (subj != null && subj[0] >= 0 && subj[0] > ss + 2 && toks.get(subj[0] - 1).text.equals(",")) {
                postposed = complements.tailIsAdjunct(cue, se);
            }
            // `..., whom he angered, said X`: an object across a comma is no subject, the verb of saying is inverted
            boolean interrupted = (ct.low.equals("said") || ct.low.equals("says")) && midClauseInterruptedSubject(subj, ss);
            if ((subj == null || interrupted) && !participle && cue > ss + 2 && toks.get(cue - 1).text.equals(",")) {
                // "CLAUSE, said X."
                int[] inv = d.inverted.subjectAfter(cue, se);
                if (inv != null && (complements.tailIsAdjunct(inv[1], se) || complements.tailIsAppositive(inv[1], se, cueLex))) {
                    subj = inv;
                    postposed = true;
                }
            }
            if (postposed) {
                from = ss;
                int comma = Math.min(subj[0], cue) - 1;
                to = comma - 1;
                while (to >= from && toks.get(to).type == PUNCT) {
                    to--;
                }
                // the content must not itself start with an attribution
                if (toks.get(from).qrole != OUT) {
                    return;
                }
            } else if (subj != null && subj[0] >= 0 && ReportedPassives.agentBy(toks, cue, se, beBetween(subj[1], cue)) > 0) {
                // `The plan was criticized by the union`: the agent is the source, the subject what it is about
                if (!beBetween(subj[1], cue) && !PROPOSITIONS.contains(toks.get(subj[1]).low)) {
                    // `A video posted by the campaign shows ...`: a noun's modifier, not a statement; but `a fact
                    // later confirmed by the department`, `a view echoed by many`: the noun is what they state
                    return;
                }
                int[] agent = d.inverted.subjectAfter(ReportedPassives.agentBy(toks, cue, se, true), se);
                if (agent == null || Lexicon.TIME_WORDS.contains(toks.get(agent[0]).low)
                        || isNumber(toks.get(agent[0]).text)) {
                    return;
                }
                from = subj[0];
                to = subj[1];
                subj = agent;
            } else {
                from = complements.complementStart(cue, cue, se);
                if (from < 0 || toks.get(from - 1).text.equals(",") && cueLex.isCueTok(from) && cueLex.isSpeech(from)) {
                    return; // `..., the board has admitted, said X`: the verb after the comma has its own subject
                }
                to = complements.complementEnd(from, se);
                to = to < 0 ? to : subordinates.contentEnd(cue, from, to, ss); // names38: `While X says A, Y does B`
                int[] main = participle && to >= from ? subordinates.participleSubject(cue, subj, ss, to, se) : null;
                subj = main != null ? main : subj; // `After saying A, the welder ...`: the main clause's subject
            }
            if (subj == null) {
                if (participle || coordinated) {
                    Stmt outer = outerBefore(st.sent);
                    Speaker earlier = outer == null ? null : d.verbSubjects.mainAfter(participle, outer.cueE, ss, cue, outer.sp);
                    if (earlier != null) {
                        sp = earlier;
                    } else {
                        int[] ssub = clauses.sentenceSubject(ss, cue - 1);
                        if (ssub == null) {
                            return;
                        }
                        sp = resolver.resolve(ssub[0], ssub[1]);
                    }
                } else {
                    return;
                }
            } else if (subj[0] == subj[1] && AUXILIARY_SUBJECTS.contains(toks.get(subj[0]).low)) {
                agentless = true; // `X has been asked about ...`, `permits that had been revoked`: nobody says it
            } else {
                subject = subj; // resolved once the content passes the tests below, which drop about one in ten
                relative = subj.length > 2;
            }
            st.cueS = ct.s;
            st.cueE = ct.e;
        }
        if (from < 0 || to < from || from > se) {
            return;
        }
        int adjunctComma = sentHasQuote && !according ? adjunct.adjunctClauseComma(from, to) : -1;
        to = adjunctComma > from ? adjunctComma - 1 : to; // `X said the fees rose, which she called "a tax"`
        int wc = 0;
        for (int i = from; i <= to; i++) {
            if (toks.get(i).type == WORD) {
                wc++;
            }
            if (toks.get(i).qrole != OUT && (sentHasQuote || coordinatedCue)) {
                return; // the quote statement already covers it
            }
        }
        if (wc < (weak ? 3 : 2)) {
            // `X announced her resignation` is a statement; a weak cue needs more (`X believes it`, `X found him`)
            return;
        }
        sp = subject != null ? resolver.resolveSubject(subject) : sp;
        sp = subject != null && subject.length == 2 ? ContinuingDescriptions.speaker(d, cue, subject[0], subject[1], sp) : sp;
        if (sp == null && !agentless) {
            return;
        }
        st.words(toks.get(from).s, toks.get(to).e);
        st.decide(sp, StatementKind.INDIRECT, d.newGroup(),
                (speech || according ? 0.6 : 0.5) * (sp == null || sp.name() == null ? 0.6 : 1.0));
        channels.fillChannelVia(st, ss, se, cue);
        st.sieve = "reported-speech";
        d.out.add(st);
        // n74e, rule coordinated-report-continues: `X met Y and said that ...` then a quote paragraph: X goes on
        if (toks.get(to).sent == toks.get(se).sent && !((participle || relative) && sentHasQuote)
                && !(coordinatedCue && sentHasQuote)
                // `"A," X told reporters, referring to bruises that Y showed. "B."`: a cue after a closed quote sits
                // in a clause hanging on that quote's attribution; `X mocked it, calling it "a farce," Y said.`: the
                // quote after keeps its own attribution
                && !(sentHasQuote && (Words.hasQuoteRole(toks, ss, cue, CLOSE)
                        || Words.hasQuoteRole(toks, to + 1, se + 1, OPEN)))
                && !NestedReports.insideEarlier(d.out, st)) {
            // `"A," she said, stressing that ... "B."`: the participle's clause (or a coordinated `... and says ...`,
            // or `"A," said X, who wrote ... "B."`) does not interrupt the quote's attribution, which "B." continues
            d.remember(st, st.sent, false);
        }
    }

    /** `was`, `were`, `has been` between the subject and a passive cue: a passive clause, not a modifier. */
    private boolean beBetween(int subjEnd, int cue) {
        for (int k = subjEnd + 1; k < cue; k++) {
            if (BE_FORMS.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> PROPOSITIONS = Lexicon.words("""
            fact view claim claims assertion allegation allegations argument idea notion theory charge charges position
            assessment conclusion finding findings estimate estimates sentiment""");

    /** What a subject search finds before a passive cue when the subject is outside the clause. */
    private static final java.util.Set<String> AUXILIARY_SUBJECTS = Lexicon.words("been being be");

    private static final java.util.Set<String> BE_FORMS = Lexicon.words("is are was were be been being 's \u2019s");

    private boolean insideAccordingSource(int cue, int ss) {
        for (int k = cue - 2; k >= ss && cue - k <= 16; k--) {
            if (cueLex.isAccording(k)) {
                int[] np = complements.accordingNP(k, cue);
                return np != null && np[1] >= cue;
            }
        }
        return false;
    }

    /**
     * The speaker a participle or coordinated verb shares: that of the latest statement of the sentence whose cue is
     * not inside another one's clause (`X said she doubted A, arguing that B`: X's, not that of `doubted`).
     */
    private Stmt outerBefore(int sent) {
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt st = d.out.get(k);
            if (st.sent != sent || st.sp == null) {
                continue;
            }
            boolean nested = false;
            for (int m = k - 1; m >= 0 && !nested; m--) {
                Stmt o = d.out.get(m);
                nested = o.sent == sent && o.cs <= st.cueS && st.cueS < o.ce;
            }
            if (!nested) {
                return st;
            }
        }
        return null;
    }
}
