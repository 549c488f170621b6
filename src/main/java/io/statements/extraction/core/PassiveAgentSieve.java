package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A verb of saying in the passive with its agent: `Asked by Ames whether ...`, `the plan was called by the board
 * "a fair deal"`, `often labeled a "witch hunt" by Democrats`, `As reported by the Herald, "..."`: the speaker is
 * the noun phrase after `by`, right after the participle or right after the quote that follows it.
 */
final class PassiveAgentSieve extends Rules implements QuoteSieve {

    /** Participles of saying that are also their past tense (`told`, `said`), beside the regular `-ed` ones. */
    private static final Set<String> IRREGULAR = Lexicon.words("told said written");
    /** Words that may stand between the participle and its quote: `called a "..."`, `labeled as the "..."`. */
    private static final Set<String> BEFORE_QUOTE = Lexicon.words("a an the as");

    private final ReportedPassives passives;

    PassiveAgentSieve(Doc d) {
        super(d);
        this.passives = new ReportedPassives(d);
    }

    @Override
    public String name() {
        return "passive-agent";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int cue = -1;
        for (int m = c.q.open - 1; m >= c.ss; m--) {
            if (toks.get(m).qrole == OUT && cueLex.isCueTok(m)) {
                cue = m;
                break;
            }
        }
        int asked = askedBy(c);
        asked = asked >= 0 ? asked : PassiveCharacterisations.participle(toks, c.ss, c.q.open); // n67e
        if (asked >= 0 && (asked < cue || cue < 0)) {
            cue = asked; // `X was asked by Y whether the plan, which Z estimates ..., would risk "..."`: Y's question
        }
        if (cue < 0 || cueLex.isAccording(cue) || !participle(toks.get(cue).low)
                || passives.reportingCue(cue, c.q.open, c.ss) >= 0) {
            return false; // names44: `X said the plan was announced by the board, "..."`: X's, for leading-cue
        }
        if (cue > c.ss && activeSubjectBefore(toks.get(cue - 1))) {
            return false; // `Salceda said the "..." by Trump last week`: Salceda's words, about Trump's
        }
        int by = -1;
        if (cue + 1 < c.q.open && toks.get(cue + 1).low.equals("by")) {
            by = cue + 1;
            if (passives.reporterOf(cue, c.ss) >= 0) {
                // n73d: `X said it would be welcomed by his relatives, but it "..."` is X's quote, for leading-cue
                return false;
            }
        } else if (c.q.close >= 0 && onlyArticlesBetween(cue, c.q.open) && c.qEndTok + 1 <= c.cse) {
            by = byAfterPlace(c.qEndTok + 1, c.cse);
        }
        if (by < 0) {
            return false;
        }
        int[] agent = inverted.subjectAfter(by, c.cse);
        if (agent == null || agent[0] >= c.q.open && agent[0] < c.qEndTok) {
            return false;
        }
        Tok first = toks.get(agent[0]);
        if (Lexicon.TIME_WORDS.contains(first.low) || Words.isNumber(first.text)
                || Lexicon.SUBJECT_PRONOUNS.contains(first.low) && !first.low.equals("he")
                && !first.low.equals("she") && !first.low.equals("they")) {
            return false; // `by Friday`, `by 2020`: a deadline, not an agent
        }
        c.cue = cue; // the statement's kind and clause as for any cue before its quote (CueAttribution)
        c.subj = agent;
        return true;
    }

    /**
     * A name or a subject pronoun right before the verb makes it active (`Salceda said`, `she called`), never the
     * passive participle of `was called by`, `often labeled ... by`, `As reported by`.
     */
    private static boolean activeSubjectBefore(Tok t) {
        return t.type == WORD && t.qrole == OUT && (Lexicon.SUBJECT_PRONOUNS.contains(t.low) && !t.low.equals("it")
                || t.cap && !Words.SENTENCE_NOISE.contains(t.low) && !Lexicon.TIME_WORDS.contains(t.low));
    }

    /** `X was asked by Y` earlier in the quote's sentence: the token of `asked`, or -1. */
    private int askedBy(QuoteCandidate c) {
        for (int m = c.q.open - 2; m > c.ss; m--) {
            Tok t = toks.get(m);
            if (t.qrole == OUT && ASKING.contains(t.low) && toks.get(m + 1).low.equals("by")
                    && BE.contains(toks.get(m - 1).low)) {
                return m;
            }
        }
        return -1;
    }

    private static final Set<String> ASKING = Lexicon.words("asked questioned pressed");
    private static final Set<String> BE = Lexicon.words("was were is are been being be");

    private static boolean participle(String w) {
        return w.endsWith("ed") || IRREGULAR.contains(w);
    }

    /**
     * The `by` right after the quote, or after a short place or time phrase there (n73d: `was branded "a coward" in
     * court by his brother`, `called "..." on Monday by the board`); else -1.
     */
    private int byAfterPlace(int k, int cse) {
        if (k > cse) {
            return -1;
        }
        if (toks.get(k).low.equals("by")) {
            return k;
        }
        if (!PLACE_PREPOSITIONS.contains(toks.get(k).low)) {
            return -1;
        }
        for (int m = k + 1; m <= cse && m <= k + 4; m++) {
            Tok t = toks.get(m);
            if (t.low.equals("by")) {
                return m > k + 1 ? m : -1;
            }
            if (t.type != WORD || t.qrole != OUT) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("in at on during outside");

    private boolean onlyArticlesBetween(int cue, int open) {
        for (int m = cue + 1; m < open; m++) {
            if (!BEFORE_QUOTE.contains(toks.get(m).low)) {
                return false;
            }
        }
        return open - cue <= 3;
    }
}
