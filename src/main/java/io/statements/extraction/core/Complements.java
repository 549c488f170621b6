package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** What a cue introduces: the start and end of its reported clause, the outer cue of a nested attribution. */
final class Complements {
    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;

    Complements(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
    }

    /** Start of the reported content after cue token(s) ending at kEnd; -1 when there is none. */
    int complementStart(int k, int kEnd, int se) {
        int i = kEnd + 1;
        if (i > se) {
            return -1;
        }
        if (Lexicon.ADDRESSEE_VERBS.contains(toks.get(k).low)) {
            // skip the addressee: "told CNN", "told reporters", "told him"
            int j = i;
            while (j <= se && toks.get(j).type == WORD && toks.get(j).qrole == OUT && j - i < 6
                    && !toks.get(j).low.equals("that") && !cueLex.isCueTok(j)
                    && (toks.get(j).cap || j == i || Lexicon.DETERMINERS.contains(toks.get(j - 1).low)
                    || isNumber(toks.get(j).text) && toks.get(j - 1).cap
                    || toks.get(j - 1).cap && !toks.get(j).cap && toks.get(j).low.endsWith("s") == false && false)) {
                j++;
                if (j <= se && Lexicon.TIME_WORDS.contains(toks.get(j).low)) {
                    j++;
                }
            }
            i = j;
        }
        // adjuncts before "that"/":" ("said in a statement that", "said Monday that")
        if (i <= se && toks.get(i).type == WORD && (Lexicon.TIME_PREPS.contains(toks.get(i).low)
                || Lexicon.TIME_WORDS.contains(toks.get(i).low) || toks.get(i).low.equals("in")
                || toks.get(i).low.equals("on") || toks.get(i).low.equals("at") || toks.get(i).low.equals("during")
                || toks.get(i).low.equals("after") || toks.get(i).low.equals("via"))) {
            for (int j = i; j <= Math.min(se, i + 12); j++) {
                Tok t = toks.get(j);
                if (t.qrole != OUT) {
                    break;
                }
                if (t.low.equals("that") || t.text.equals(":")) {
                    i = j + 1;
                    break;
                }
                if (t.text.equals(",") && j + 1 <= se && (toks.get(j + 1).type == DQ)) {
                    i = j + 1;
                    break;
                }
            }
        }
        if (i <= se && (toks.get(k).low.equals("pointed") || toks.get(k).low.equals("pointing"))
                && (toks.get(i).low.equals("out") || toks.get(i).low.equals("to"))) {
            i++; // `pointed out that ...`, `pointed to the empty harbour`: the particle belongs to the cue
        } else if (i == kEnd + 1 && cueLex.particles(k) > 0) {
            i += cueLex.particles(k); // `made it clear that ...`, `laid out a plan`
        }
        while (i <= se && (toks.get(i).low.equals("that") || toks.get(i).text.equals(":")
                || toks.get(i).text.equals(",") || toks.get(i).text.equals("\u2014"))) {
            i++;
        }
        if (i > se) {
            return -1;
        }
        Tok t = toks.get(i);
        if (t.type == PUNCT && isTerminal(t)) {
            return -1;
        }
        return i;
    }

    /** Last token of the reported content that starts at token from (inclusive), or -1. */
    /**
     * `X said A, adding that B`, `X said A and noted that B`: a verb of saying coordinated with the cue (a participle
     * after a comma, a finite verb after `and`) starts an attribution of its own, which ends the reported clause.
     */
    boolean coordinatedReport(int j, int se) {
        Tok t = toks.get(j);
        boolean comma = t.text.equals(",");
        if (!(comma || t.low.equals("and")) || t.qrole != OUT) {
            return false;
        }
        int m = j + 1;
        if (comma && m <= se && toks.get(m).low.equals("and")) {
            m++;
        }
        if (m <= se && (toks.get(m).low.equals("also") || toks.get(m).low.equals("then"))) {
            m++;
        }
        if (m > se || toks.get(m).qrole != OUT || !cueLex.isCueTok(m)) {
            return false;
        }
        if (cueLex.isParticiple(m)) {
            return comma;
        }
        return cueLex.isSpeech(m) && !Lexicon.BASE_FORMS.contains(toks.get(m).low);
    }

    int complementEnd(int from, int se) {
        int end = se;
        // cut trailing ", according to X" / ", X said" / ", said X"
        for (int j = from + 1; j <= se; j++) {
            Tok t = toks.get(j);
            if (t.qrole != OUT) {
                continue;
            }
            if (coordinatedReport(j, se)) {
                end = j - 1;
                break;
            }
            if (t.text.equals(",") || t.text.equals(";") || t.text.equals("\u2014") || t.low.equals("though")
                    || t.low.equals("although") || t.low.equals("but") || t.low.startsWith("whil")) { // n74e: whilst
                // is the rest an attribution tail or a new attributed clause?
                int m = j + 1;
                while (m <= se && m - j < 14 && toks.get(m).qrole == OUT && !cueLex.isCueTok(m)
                        && !isTerminal(toks.get(m))) {
                    m++;
                }
                if (m <= se && m - j < 14 && toks.get(m).qrole == OUT && cueLex.isCueTok(m)
                        && (cueLex.isSpeech(m) || cueLex.isAccording(m)) && !cueLex.isParticiple(m)) {
                    end = j - 1;
                    break;
                }
            }
        }
        while (end >= from && (toks.get(end).type == PUNCT && !toks.get(end).text.equals(")")
                && toks.get(end).qrole == OUT)) {
            end--;
        }
        return end >= from ? end : -1;
    }

    /** Forms of `be` before a passive verb of saying (`was announced`). */
    private static final Set<String> BE_FORMS = Lexicon.words("was were is are been being");

    /**
     * `Berg said she expects the council "to ..."`, `Reyes says he welcomed what he calls a "truce"`: when the
     * cue nearest a quote sits in the reported clause of an earlier verb of saying, the quote belongs to that outer
     * attribution (the inner one repeats its speaker as a pronoun, or only characterises). Returns the outer cue, or
     * {@code cue} itself.
     */
    int outerCue(int cue, int ss, int se) {
        if (cueLex.isAccording(cue) || cueLex.isParticiple(cue)) {
            return cue; // a participle already hangs on the main clause
        }
        int[] inner = subjects.subjectBefore(cue, ss);
        if (inner != null && inner[0] < 0) {
            return cue; // coordinated: already the main clause's subject
        }
        boolean innerPronoun = inner != null && inner[0] == inner[1]
                && Lexicon.SUBJECT_PRONOUNS.contains(toks.get(inner[0]).low);
        // `X said Y told him "..."`: Y is a speaker in their own right, unless Y is X named again
        boolean namedInner = cueLex.isSpeech(cue) && inner != null && !innerPronoun && !agreementOrPassive(cue, ss);
        if (namedInner && !RepeatedSpeakerNesting.repeatsEarlierName(toks, inner, ss)) {
            return cue;
        }
        boolean adjunctClause = inner != null && !innerPronoun && inner[0] - 1 >= ss
                && toks.get(inner[0] - 1).type == WORD && Words.ADVERBIAL_OPENERS.contains(toks.get(inner[0] - 1).low);
        for (int m = cue - 1; m >= ss && cue - m < 40; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.text.equals(";") || isTerminal(t)) {
                return cue;
            }
            if (cueLex.isCueTok(m) && cueLex.isSpeech(m) && !cueLex.isParticiple(m)) {
                int[] outerSubj = subjects.subjectBefore(m, ss);
                if (namedInner && !RepeatedSpeakerNesting.sameName(toks, inner, outerSubj)) {
                    continue; // `X said ... after having slammed a bill that X said ...`: look on for X
                }
                int from = complementStart(m, m, se);
                int innerStart = inner == null ? cue : inner[0];
                if (adjunctClause && m - 1 >= ss && BE_FORMS.contains(toks.get(m - 1).low)) {
                    // rule clause-host-subject (session names22): `X's name was announced ... long before officials
                    // started to portray it as a "workplace" issue`: what a passive verb put out is no one's words;
                    // the adverbial clause's subject speaks (an active `said ... while X wants` keeps the quote)
                    return cue;
                }
                if (from > m && (from <= innerStart || inner != null && inner[0] > m && inner[1] >= from)
                        && outerSubj != null) {
                    return m; // names32, rule told-addressee-clause: `X told reporters inspectors had found "..."`
                }
                return cue;
            }
        }
        return cue;
    }

    /**
     * Session names36, rule agreed-inside-report: `X told reporters that Y had agreed to "..."`, `X said the deal was
     * agreed by the parties, "..."`: agreeing to an act, or a passive, is reported by X, not said by its subject, so
     * the quote stays with X's verb of saying (a plain `Y agreed, "..."` or `Y agreed that` keeps Y).
     */
    private boolean agreementOrPassive(int cue, int ss) {
        Tok t = toks.get(cue);
        if (cue - 1 >= ss && BE_FORMS.contains(toks.get(cue - 1).low) && t.low.endsWith("ed")) {
            return true;
        }
        Tok next = cue + 1 < toks.size() ? toks.get(cue + 1) : null;
        return (t.low.equals("agreed") || t.low.equals("agrees")) && next != null
                && (next.low.equals("to") || next.low.equals("with") || next.low.equals("upon"));
    }

    /** A cue in the sentence before si when that sentence ends with a colon closing its paragraph, or -1. */
    int colonIntroCue(int si) {
        if (si == 0) {
            return -1;
        }
        int ps = d.sentStart[si - 1], pe = d.sentEnd[si - 1];
        if (!toks.get(pe).text.equals(":") || toks.get(pe).qrole != OUT || toks.get(pe).covered
                || toks.get(d.sentStart[si]).para - toks.get(pe).para != 1) {
            return -1;
        }
        for (int m = pe - 1; m >= ps && pe - m < 12; m--) {
            if (toks.get(m).qrole != OUT) {
                return -1;
            }
            if (cueLex.isCueTok(m) && !cueLex.isParticiple(m) && !cueLex.isAccording(m) || IssuedTexts.issuesText(toks, m, pe)) {
                return m;
            }
        }
        return -1;
    }

    int[] accordingNP(int cue, int se) {
        int i = cue + 2;
        int j = i;
        while (j <= se && toks.get(j).qrole == OUT && !toks.get(j).text.equals(",") && !isTerminal(toks.get(j))
                && !toks.get(j).text.equals(";") && !toks.get(j).text.equals(")") && j - i < 15) {
            j++;
        }
        if (j - 1 < i) {
            return null;
        }
        return AccordingToSpans.withAppositiveName(toks, new int[]{i, j - 1}, se);
    }

    /** True when what follows the speaker (up to the sentence end) is only an adjunct: "on Monday", "in a statement". */
    boolean tailIsAdjunct(int k, int se) {
        int m = k + 1;
        int count = 0;
        if (m + 1 <= se && toks.get(m).text.equals(",") && toks.get(m + 1).type == WORD
                && toks.get(m + 1).qrole == OUT && toks.get(m + 1).low.endsWith("ing") && !toks.get(m + 1).cap) {
            return true; // `..., she said, referencing the bank's drive to "cross-sell"`: a participial tail
        }
        if (m <= se && !isTerminal(toks.get(m))) {
            Tok f = toks.get(m);
            boolean ok = f.type == PUNCT && (f.text.equals(",") || f.text.equals("(") || f.text.equals(")"))
                    || f.type == WORD && (Lexicon.PREPOSITIONS.contains(f.low) || Lexicon.TIME_WORDS.contains(f.low)
                    || Lexicon.TIME_PREPS.contains(f.low) || Lexicon.ADVERBS_AUX.contains(f.low)
                    || f.low.endsWith("ly") || f.low.equals("according") || f.low.equals("citing")
                    || Lexicon.PARTICIPLE.contains(f.low) || Lexicon.ADDRESSEE_VERBS.contains(toks.get(k).low)
                    && (f.cap || f.low.equals("reporters") || Lexicon.DETERMINERS.contains(f.low)
                    || f.low.equals("him") || f.low.equals("her") || f.low.equals("them") || f.low.equals("us") || BareAddressees.at(toks, m, se)));
            if (!ok) {
                return false;
            }
        }
        while (m <= se && !isTerminal(toks.get(m))) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.low.equals("that")) {
                return false;
            }
            count++;
            m++;
        }
        return count <= 14;
    }

    /**
     * `CLAUSE, said Mia Lund, director of the Centre for Coastal Studies at the University of Leeds, who ...`: an
     * appositive after the inverted speaker's comma is an adjunct however long (up to 45 tokens), as long as it holds
     * no quotation mark and no verb of saying of its own.
     */
    boolean tailIsAppositive(int k, int se, Cues cueLex) {
        int m = k + 1;
        if (m + 1 > se || !toks.get(m).text.equals(",") || toks.get(m + 1).type != WORD) {
            return false;
        }
        int count = 0;
        for (m = m + 1; m <= se && !isTerminal(toks.get(m)); m++) {
            if (toks.get(m).qrole != OUT || cueLex.isSpeech(m) || ++count > 45) {
                return false;
            }
        }
        return true;
    }
}
