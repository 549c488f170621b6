package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Who speaks in `what X called "..."`. The relative clause's own subject is the characteriser when it is a noun
 * phrase (`shedding what Ida Berg called a "slow strangling"`); a pronoun or a judging host verb leaves the words to
 * the main clause (moved out of {@link LeadingCueSieve}, session n74e). Session n74e, rule named-characteriser: a
 * characteriser named by a capitalised name keeps the quote even when the relative clause hangs on another verb of
 * saying (`Mayor Holt announced her exit in what opposition leader Tom Reyes called a bid "to fool voters"`): the
 * name is the subject of the cue's own clause, and the main clause's announcer did not call it that.
 */
final class RelativeCharacterisers {

    private RelativeCharacterisers() {
    }

    /** Rule named-characteriser: the cue is `what`/`which` X `called` with X holding a capitalised word. */
    static boolean named(List<Tok> toks, Cues cueLex, int cue, int ss) {
        if (!cueLex.isRelativeCharacterisation(cue)) {
            return false;
        }
        int[] own = subject(toks, cue, ss);
        if (own == null) {
            return false;
        }
        for (int k = own[0]; k <= own[1]; k++) {
            if (toks.get(k).cap && toks.get(k).type == Tok.WORD) {
                return true;
            }
        }
        return false;
    }

    /**
     * `shedding what Ida Berg called a "slow strangling"`, `the plan, which the crews have called a "fair deal"`: a
     * characterisation whose own subject is a noun phrase is that speaker's, not the main clause's (PolNeAR marks it
     * so on train and dev wherever it marks one); a pronoun (`what he called`) is left to the main clause, which it
     * usually repeats. Null when the subject is a pronoun or only auxiliaries (`what is called`, `what has been
     * described`).
     */
    static int[] subject(List<Tok> toks, int cue, int ss) {
        int rel = cue - 1;
        while (rel >= 0 && cue - rel <= 6 && !toks.get(rel).low.equals("what") && !toks.get(rel).low.equals("which")) {
            rel--;
        }
        int end = cue - 1;
        while (end > rel && (Lexicon.ADVERBS_AUX.contains(toks.get(end).low)
                || PASSIVE_AUX.contains(toks.get(end).low))) {
            end--;
        }
        if (rel < 0 || end <= rel) {
            return null;
        }
        Tok first = toks.get(rel + 1);
        if (Lexicon.SUBJECT_PRONOUNS.contains(first.low) || Words.contractedPronoun(first.low) != null
                || Lexicon.CLAUSE_WORDS.contains(first.low) || OWNERS.contains(first.low) || judgedBy(toks, rel)) {
            return null;
        }
        for (int m = ss; m < rel; m++) {
            if (toks.get(m).low.equals("that") && !Lexicon.TIME_WORDS.contains(toks.get(m + 1).low)) {
                return null; // `X's emphasis that ... was involved with what lawmakers called "fraud"`: in a report
            }
        }
        int[] picked = IndefiniteAppositives.name(toks, end, rel + 1); // n61c: `what one, Olaf Brand, called`
        return picked != null ? picked : new int[]{rel + 1, end};
    }

    private static final Set<String> PASSIVE_AUX = Lexicon.words("be been being");

    /** `her team`, `his aides`: the main clause's speaker again. */
    private static final Set<String> OWNERS = Lexicon.words("his her its their our my your");

    /** Verbs of judging whose object the characterisation is, in any form: the main clause's speaker judges it. */
    private static final List<String> JUDGING_STEMS = List.of("denounc", "condemn", "critici", "lament", "decr",
            "blast", "slam", "attack", "reject", "dismiss", "mock", "rail", "prais", "welcom", "hail", "assail",
            "deplor", "protest", "object", "ridicul", "scorn", "bemoan", "tout", "defend", "question", "challeng",
            "warn", "blam", "accus");

    /**
     * `to denounce what X called "..."`, `lamenting what the growers described as "..."`, `railed against what X
     * calls`: the main clause's subject speaks about the characterisation (PolNeAR gives it the quote).
     */
    private static boolean judgedBy(List<Tok> toks, int rel) {
        int v = rel - 1;
        if (v >= 0 && Lexicon.PREPOSITIONS.contains(toks.get(v).low)) {
            v--;
        }
        if (v < 0 || toks.get(v).type != Tok.WORD) {
            return false;
        }
        String w = toks.get(v).low;
        for (String stem : JUDGING_STEMS) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
