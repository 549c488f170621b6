package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n61c, rule contact-clause-characterisation: `in a ruling Brightwing called "absurd"`, `a verdict Holt
 * described as "unjust"`: a relative clause without `which`/`that` (a contact clause) right after a noun, whose own
 * subject, a name, comes just before a verb of characterising. The characterisation is that subject's, not the main
 * clause's (`A court found X guilty, in a ruling X called "..."`: X's word, never the court's) and not a nested report
 * of an earlier verb of saying.
 */
final class ContactClauseSubjects {
    private static final Set<String> CHARACTERISING = Lexicon.words("""
            called calls described describes dubbed termed labeled labelled branded""");
    /** What opens the noun phrase the contact clause hangs on: `a ruling`, `the decision`, `its verdict`. */
    private static final Set<String> NOUN_OPENERS = Lexicon.words("a an the this that its his her their our every");

    private ContactClauseSubjects() {
    }

    /** [start, end] of the contact clause's subject before the cue, or null. */
    static int[] subject(List<Tok> toks, int cue, int ss) {
        if (!CHARACTERISING.contains(toks.get(cue).low)) {
            return null;
        }
        int end = cue - 1;
        while (end > ss && toks.get(end).type == WORD && !toks.get(end).cap
                && (Lexicon.ADVERBS_AUX.contains(toks.get(end).low) || toks.get(end).low.equals("has"))) {
            end--; // `a ruling Brightwing has since called`
        }
        if (end <= ss || toks.get(end).type != WORD || toks.get(end).qrole != OUT) {
            return null;
        }
        int start = end;
        while (start - 1 > ss && toks.get(start - 1).type == WORD && toks.get(start - 1).cap
                && toks.get(start - 1).qrole == OUT && end - start < 4) {
            start--;
        }
        if (!toks.get(start).cap || end - start >= 4 || NOUN_OPENERS.contains(toks.get(start).low)) {
            return null; // a pronoun (`a verdict it called`) is left to the nested-report rules, which it repeats
        }
        return headNounBefore(toks, start, ss) ? new int[]{start, end} : null;
    }

    /**
     * The word before the subject is the lower-case head of a noun phrase a determiner opened a few words before
     * (`a ruling`, `the harsh verdict`): no verb, preposition or clause word, whose object the subject would be.
     */
    private static boolean headNounBefore(List<Tok> toks, int start, int ss) {
        Tok head = toks.get(start - 1);
        // the head may end in -ing (`a ruling`, `a finding`): the determiner before it makes it a noun
        if (head.type != WORD || head.cap || head.qrole != OUT || !plainNoun(head.low) && !head.low.endsWith("ing")) {
            return false;
        }
        for (int m = start - 2; m >= ss && start - m <= 4; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.cap && !NOUN_OPENERS.contains(t.low) || t.qrole != OUT) {
                return false;
            }
            if (NOUN_OPENERS.contains(t.low)) {
                return true;
            }
            if (!plainNoun(t.low) && !t.low.endsWith("ed")) {
                return false; // only adjectives and nouns between the determiner and the head
            }
        }
        return false;
    }

    private static boolean plainNoun(String w) {
        return !(Lexicon.CLAUSE_WORDS.contains(w) || Lexicon.PREPOSITIONS.contains(w) || Lexicon.ADVERBS_AUX.contains(w)
                || Lexicon.DETERMINERS.contains(w) || Lexicon.SUBJECT_PRONOUNS.contains(w) || w.endsWith("ly")
                || w.endsWith("ing") || Words.isNumber(w));
    }
}
