package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * The subject of a cue verb that is not the sentence's first noun phrase: a coordinated verb's or a participle's
 * (the subordinate clause it continues), and a postposed subject between a comma and the cue.
 */
final class VerbSubjects {
    private final List<Tok> toks;
    private final Cues cueLex;
    private final Complements complements;
    private final Clauses clauses;
    private final Doc d;

    VerbSubjects(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.complements = d.complements;
        this.clauses = d.clauses;
    }

    /**
     * The subject a participle or a coordinated verb hangs on: that of the subordinate clause it continues
     * (`... after she attacked the police and blamed "..."`), else the sentence subject, which for a sentence
     * opening with a subordinate clause comes after it (`After saying "...," she was taken to hospital`).
     */
    int[] coordinatedSubject(int cue, int ss, int se, int quoteEnd) {
        int[] sub = subordinateSubject(cue, ss);
        if (sub != null) {
            return sub;
        }
        Tok first = toks.get(ss);
        int[] main = commalessMainSubject(cue, ss);
        if (main != null) {
            return main;
        }
        if (first.type == WORD && (SUBORDINATORS.contains(first.low) || cue <= ss + 2 && cueLex.isParticiple(cue))) {
            // `Conceding that ..., he warned`, `In explaining why ..., Clinton said`: the subject after the phrase
            int[] after = clauses.sentenceSubject(ss, se);
            if (after != null && after[0] > quoteEnd) {
                return after;
            }
        }
        return clauses.sentenceSubject(ss, cue - 1);
    }

    /**
     * Rule subordinate-opener-subject (names24): `When she landed she opened by saying, "..."`: a subordinate clause
     * opens the sentence with no comma; its own subject (a pronoun or a capitalised word) and verb come first, and
     * the next subject pronoun after a lower-case word before the cue is the main clause's (it had been `When`).
     */
    private int[] commalessMainSubject(int cue, int ss) {
        Tok first = toks.get(ss);
        if (first.type != WORD || !SUBORDINATORS.contains(first.low) || first.low.equals("as") || ss + 3 >= cue) {
            return null;
        }
        Tok own = toks.get(ss + 1);
        if (own.type != WORD || own.qrole != OUT || !(Lexicon.SUBJECT_PRONOUNS.contains(own.low) || own.cap)) {
            return null;
        }
        for (int m = ss + 2; m < cue && m - ss < 12; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return null; // a comma or a quote: the clauses are marked, the other paths read them
            }
            Tok prev = toks.get(m - 1);
            if (m > ss + 2 && MAIN_PRONOUNS.contains(t.low) && prev.type == WORD && !prev.cap
                    && !Lexicon.SUBJECT_PRONOUNS.contains(prev.low)) {
                return new int[]{m, m};
            }
        }
        return null;
    }

    /**
     * Session names38, rule participle-after-main-clause: `While her rivals called for a bridge, Ida Berg stuck to the
     * plan, noting that ...`: a participle hangs on the main clause, whose subject stands after the earlier verb of
     * saying ending at char {@code earlierEnd}; its speaker, else {@code earlier} (the earlier verb's speaker).
     */
    Speaker mainAfter(boolean participle, int earlierEnd, int ss, int cue, Speaker earlier) {
        int[] main = participle ? clauses.sentenceSubject(ss, cue - 1) : null;
        Speaker sp = main != null && main[0] >= 0 && toks.get(main[0]).s > earlierEnd ? d.resolver.resolveSubject(main) : null;
        return sp != null && sp.name() != null ? sp : earlier;
    }

    private static final Set<String> MAIN_PRONOUNS = Lexicon.words("he she they we i");

    /** The subject of the subordinate clause a coordinated verb continues: `after she attacked X and blamed`. */
    int[] subordinateSubject(int cue, int ss) {
        // m == ss (names24): `When X sought to explain her vote calling ...` opens the sentence with the clause
        for (int m = cue - 1; m >= ss && cue - m < 25; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.text.equals(",") || t.text.equals(";")) {
                break;
            }
            if (t.type == WORD && SUBORDINATORS.contains(t.low) && m + 1 < cue && !asRole(m, cue)) {
                Tok n = toks.get(m + 1);
                if (n.type == WORD && n.qrole == OUT && (Lexicon.SUBJECT_PRONOUNS.contains(n.low) || n.cap
                        || theName(m + 1, cue))) {
                    int[] main = m == ss ? commalessMainSubject(cue, ss) : null;
                    return main != null ? main : clauses.sentenceSubject(m + 1, cue - 1);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Rule as-role-preposition (session n61a): `He questioned X's place as board president asking, "..."`, `her record as
     * NRB chair saying`: `as` before a role with no verb of its own up to the participle is a preposition (in the role
     * of), not a clause whose subject would be the role's body (`NRB`); the participle hangs on the main clause.
     */
    private boolean asRole(int as, int cue) {
        if (!toks.get(as).low.equals("as") || cue - as > 5) {
            return false;
        }
        Tok last = toks.get(cue - 1);
        return last.type == WORD && (RoleWords.isRole(last) || Lexicon.TITLES.contains(last.low)) && !last.low.equals("of");
    }

    /**
     * Session names36, rule subordinate-the-name: `The drill came after the Kremlin criticised X and warned of "..."`:
     * `the` and capitalised words open the subordinate clause's subject as a name does (`the Kremlin`, `the South`).
     */
    private boolean theName(int k, int cue) {
        if (!toks.get(k).low.equals("the")) {
            return false;
        }
        int j = k + 1;
        while (j < cue && j - k <= 3 && toks.get(j).type == WORD && toks.get(j).cap && !toks.get(j).dotted
                && toks.get(j).qrole == OUT) {
            j++;
        }
        // the name's own verb next (`the Kremlin criticised`), not more of a noun phrase (`after the Harbour Day storms`)
        Tok verb = toks.get(j);
        return j > k + 1 && j < cue && verb.type == WORD && !verb.cap && (verb.low.endsWith("ed") || cueLex.isCueTok(j));
    }

    /** `CLAUSE, a port official familiar with the spill told Radio Alder Monday.`: the noun phrase between a comma and the cue. */
    int[] postposedSubject(int cue, int ss, int se) {
        if (!complements.tailIsAdjunct(cue, se)) {
            return null;
        }
        for (int m = cue - 1; m > ss + 2 && cue - m <= 14; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT) {
                return null;
            }
            if (t.type == PUNCT && t.text.equals(",")) {
                if (m == cue - 1) {
                    return null;
                }
                Tok f = toks.get(m + 1);
                if (f.type == WORD && (f.cap || Lexicon.DETERMINERS.contains(f.low) || isNumber(f.text))) {
                    int end = cue - 1;
                    while (end > m + 1 && Lexicon.ADVERBS_AUX.contains(toks.get(end).low)) {
                        end--;
                    }
                    return new int[]{m + 1, end};
                }
                return null;
            }
            if (t.type != WORD || cueLex.isCueTok(m) || t.low.equals("that") || t.low.equals("which")
                    || t.low.equals("and") || t.low.equals("but") || t.low.equals("who")) {
                return null;
            }
        }
        return null;
    }
}
