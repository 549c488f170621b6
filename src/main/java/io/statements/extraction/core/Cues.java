package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Cue lexicon access: which tokens are verbs of saying, belief verbs, participles or "according to". */
final class Cues {
    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    /**
     * isCueTok per token, filled on first ask (0 not yet, 1 yes, 2 no): the sieves ask about the same tokens many
     * times, and the answer depends only on the tokens, fixed before this is built.
     */
    private final byte[] cueTok;

    Cues(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.cueTok = new byte[toks.size()];
    }

    boolean isCueTok(int i) {
        byte known = cueTok[i];
        if (known != 0) {
            return known == 1;
        }
        boolean cue = cueTokUncached(i);
        cueTok[i] = cue ? (byte) 1 : (byte) 2;
        return cue;
    }

    private boolean cueTokUncached(int i) {
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return false;
        }
        if (t.has(WordBits.ACCORDING) && i + 1 < toks.size() && toks.get(i + 1).low.equals("to")) {
            return true;
        }
        if (!t.has(WordBits.CUE_WORD)) {
            return false; // most words: one bit instead of one look-up per word list below
        }
        if (t.low.equals("reads") || t.low.equals("read")) {
            return DocumentReads.readsOut(toks, i);
        }
        if (t.low.equals("ruled")) {
            return RulingCues.rulingThat(toks, i); // n72e; after a quote the trailing-cue sieve reads it anyway
        }
        if (t.cap && surnameBeforeVerbOfSaying(i)) {
            return false;
        }
        if (PublishedDocuments.participle(toks, i) || QuarrelVerbs.quarrel(toks, i) || ClaimedLives.toll(toks, i)) {
            return false; // n61d: `a statement posted on its website` says nothing; `arguing with someone` is a quarrel
        }
        if (Lexicon.PROGRESSIVE_WEAK.contains(t.low)) {
            return isProgressive(i);
        }
        if (Lexicon.TALK_VERBS.contains(t.low)) {
            return isTalkAbout(i);
        }
        if (PHRASAL_HEADS.contains(t.low)) {
            return particles(i) > 0;
        }
        if (t.low.equals("charged") && chargedWithCrime(i)) {
            return false; // lead48: `has been charged with murder`, `Teenager charged after stabbing`: a charge
        }
        if (OBJECT_HEADS.contains(t.low)) {
            // `issued a statement`, `ordered the board to ...`; not `Warnings Issued Across the Valley` (a headline's
            // passive) nor `"...," she ordered new repairs`
            return i + 1 < toks.size() && OBJECT_DETERMINERS.contains(toks.get(i + 1).low);
        }
        // the token's bits for SPEECH and PARTICIPLE: only WEAK is looked up
        if (!(t.has(WordBits.SPEECH_VERB) || t.has(WordBits.PARTICIPLE) || Lexicon.WEAK.contains(t.low))) {
            return false;
        }
        if (Lexicon.BASE_FORMS.contains(t.low) && !baseFormIsVerb(i)) {
            return false;
        }
        // `271 pledged delegates`, `the reported contributions`, `its stated goal`: an adjective, not a verb
        if (i > 0 && t.low.endsWith("ed") && toks.get(i - 1).type == WORD
                && (isPlainNumber(toks.get(i - 1).text) || ADJECTIVE_DETERMINERS.contains(toks.get(i - 1).low))
                || PossessiveParticiples.adjective(toks, i)) { // n51f: `the government's proposed levy`
            return false;
        }
        // `the reports`, `his calls`, `answering questions`: a noun, not a verb of saying
        if (i > 0 && t.low.endsWith("s") && !t.low.equals("says")) {
            Tok p = toks.get(i - 1);
            if (p.type == WORD && !p.cap && (NOUN_DETERMINERS.contains(p.low) || Lexicon.PREPOSITIONS.contains(p.low)
                    || p.low.endsWith("ing") && p.low.length() > 5 && !Lexicon.PARTICIPLE.contains(p.low))) {
                return false;
            }
            // `Several reports said`, `Multiple polls show`: a quantifier opening the sentence (capitalised only
            // there) before the -s word makes it a plural noun
            if (p.type == WORD && quantifierOpening(i - 1)) {
                return false;
            }
            if (PluralCueNouns.objectNoun(toks, i) || SaidObjects.after(toks, i)) { // n72a: `X said reports of`
                return false; // `citing intelligence reports`, `had received reports of`: a plural noun
            }
        }
        return true;
    }

    /**
     * Rule word-surname (session names31): `"...," Read said`, `Said told reporters`: a capitalised cue word right
     * before a lower-case verb of saying is the speaker's surname (`Ida Read`, `Edward Said`), since no verb of saying
     * takes another as its subject.
     */
    boolean surnameBeforeVerbOfSaying(int i) {
        if (i + 1 >= toks.size()) {
            return false;
        }
        Tok next = toks.get(i + 1);
        return next.type == WORD && !next.cap && next.qrole == Tok.OUT && next.sent == toks.get(i).sent
                && Lexicon.SPEECH.contains(next.low);
    }

    /** `charged` in the passive (`was charged`) or before what the charge is (`charged with`, `charged over`). */
    private boolean chargedWithCrime(int i) {
        String next = i + 1 < toks.size() ? toks.get(i + 1).low : "";
        return i > 0 && BE_FORMS.contains(toks.get(i - 1).low) || CHARGE_PREPOSITIONS.contains(next);
    }

    private static final Set<String> CHARGE_PREPOSITIONS = Lexicon.words("with over after for under following");

    /** `Several`, `Multiple`, `Many` opening its sentence (`Several reports`): a quantifier, not a name. */
    boolean quantifierOpening(int k) {
        Tok t = toks.get(k);
        return t.cap && (k == 0 || toks.get(k - 1).sent != t.sent) && QUANTIFIERS.contains(t.low);
    }

    private static final Set<String> QUANTIFIERS = Lexicon.words(
            "several multiple many numerous various some most few two three four five");

    /**
     * `Democrats want the vote delayed`, `voters know the plan failed`, `she sees the deal as a trap`, `many doubt it
     * will pass`, `unions blame the board`: verbs of wanting, knowing, seeing, feeling, doubting, agreeing, opposing,
     * preferring, warning and the base forms of judging verbs report a clause after their subject, but too often sit
     * near a quote that is someone else's to attribute quotes; only the reported-speech sieve takes them. Base forms
     * only after a subject.
     */
    boolean isReportOnlyCue(int i) {
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT || !t.has(WordBits.REPORT_ONLY_CUE)) {
            return false;
        }
        if (!t.low.endsWith("s")) {
            return baseFormIsVerb(i);
        }
        Tok p = i > 0 ? toks.get(i - 1) : null; // `she sees`, not `the sees` or `of sees`
        return p != null && p.type == WORD && !NOUN_DETERMINERS.contains(p.low) && !Lexicon.PREPOSITIONS.contains(p.low);
    }

    static final Set<String> REPORT_ONLY = Lexicon.words(
            "want know see sees feel doubt doubts oppose agree agrees prefer prefers warn warns praise criticize blame "
            + "accuse reject endorse");

    /**
     * A base form is a present-tense verb after its subject (`Democrats insist`, `they argue`, `critics still claim`,
     * `who argue`, `Smith and Jones contend`); after a determiner, a preposition, a possessive or an adjective it is a
     * noun or an infinitive (`the claim`, `to argue`, `Rubio's claim`, `his biggest worry`, `the main fear`).
     */
    private boolean baseFormIsVerb(int i) {
        if (i == 0) {
            return false;
        }
        Tok p = toks.get(i - 1);
        if (p.type != WORD) {
            return p.text.equals(",") || p.text.equals(")");
        }
        String w = p.low;
        return !(NOUN_DETERMINERS.contains(w) || Lexicon.PREPOSITIONS.contains(w) || w.equals("you")
                || w.endsWith("'s") || w.endsWith("\u2019s") || NOUN_MODIFIERS.contains(w)
                || !p.cap && (w.endsWith("est") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ful")
                || w.endsWith("al") || w.endsWith("ic") || w.endsWith("ble")));
    }

    /** `is touting`, `were backing`, `has been seeking`: the -ing form right after a form of `be`. */
    boolean isProgressive(int i) {
        return i > 0 && BE_FORMS.contains(toks.get(i - 1).low) && Lexicon.PROGRESSIVE_WEAK.contains(toks.get(i).low);
    }

    /**
     * `spoke about`, `talks of`, `was talking about`: a finite verb of talking, or its -ing form after `be` (`talking
     * about X, she ...` has its subject elsewhere), before what it is about.
     */
    boolean isTalkAbout(int i) {
        Tok t = toks.get(i);
        if (!Lexicon.TALK_VERBS.contains(t.low) || i + 1 >= toks.size()) {
            return false;
        }
        String next = toks.get(i + 1).low;
        boolean about = next.equals("about") || next.equals("of");
        return about && (!t.low.endsWith("ing") || i > 0 && BE_FORMS.contains(toks.get(i - 1).low));
    }

    /** Verbs that are cues only before a determined object: `issued a statement`, `ordered the release`. */
    private static final Set<String> OBJECT_HEADS = Lexicon.words("issued ordered");
    private static final Set<String> OBJECT_DETERMINERS = Lexicon.words(
            "a an the his her its their this that these those");

    /** Verbs that are cues only with their particle: `made it clear`, `laid out`, `points to`. */
    private static final Set<String> PHRASAL_HEADS = Lexicon.words("made makes make laid lays point points");

    /**
     * How many particle tokens after the verb at i make it a cue (`made clear` 1, `made it clear` 2, `laid out` 1,
     * `points to` 1), or 0: `made a deal`, `the point to remember`.
     */
    int particles(int i) {
        Tok t = toks.get(i);
        if (!PHRASAL_HEADS.contains(t.low) || i + 2 >= toks.size()) {
            return 0;
        }
        String n1 = toks.get(i + 1).low, n2 = toks.get(i + 2).low;
        if (t.low.startsWith("ma")) {
            return n1.equals("clear") ? 1 : n1.equals("it") && n2.equals("clear") ? 2 : 0;
        }
        if (t.low.startsWith("la")) {
            return n1.equals("out") ? 1 : 0;
        }
        return (n1.equals("to") || n1.equals("out")) && baseFormIsVerb(i) ? 1 : 0;
    }

    private static final Set<String> BE_FORMS = Lexicon.words("is are was were been 's \u2019s");

    /** `271`, `1,200`: digits only (not `43-year-old`). */
    private static boolean isPlainNumber(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> ADJECTIVE_DETERMINERS = Lexicon.words(
            "a an the his its their our my your these those");

    private static final Set<String> NOUN_MODIFIERS = Lexicon.words(
            "most main only own first big chief key new latest major real common great deep growing such");

    boolean isSpeech(int i) {
        return toks.get(i).has(WordBits.SPEECH_VERB); // Lexicon.SPEECH.contains(low): no list holds a mark
    }

    boolean isParticiple(int i) {
        return toks.get(i).has(WordBits.PARTICIPLE);
    }

    boolean isAccording(int i) {
        String w = toks.get(i).low;
        return (w.equals("according") && i + 1 < toks.size() && toks.get(i + 1).low.equals("to"))
                || w.equals("reported") && asReportedBy(i);
    }

    /**
     * Rule as-reported-by (session names22): `As reported by the Ledger, X found ...` reads like `According to the
     * Ledger, X found ...`: the outlet reports the clause (PolNeAR's source). Only with `as` before and `by` after.
     */
    private boolean asReportedBy(int i) {
        return i > 0 && i + 1 < toks.size() && toks.get(i - 1).low.equals("as") && toks.get(i + 1).low.equals("by");
    }

    /** `what he called`, `which it calls`: a characterisation inside a relative clause. */
    boolean isRelativeCharacterisation(int cue) {
        return RulingCues.relativeCharacterisation(toks, cue);
    }

    /** Every word some branch of isCueTok accepts (declared last: built from the lists above). */
    static final Set<String> ANY_CUE_WORD = new java.util.HashSet<>();

    static {
        for (Set<String> words : List.of(Lexicon.PROGRESSIVE_WEAK, Lexicon.TALK_VERBS, PHRASAL_HEADS,
                OBJECT_HEADS, Lexicon.SPEECH, Lexicon.WEAK, Lexicon.PARTICIPLE)) {
            ANY_CUE_WORD.addAll(words);
        }
        ANY_CUE_WORD.add("read"); // DocumentReads
        ANY_CUE_WORD.add("ruled"); // rulingThat
        ANY_CUE_WORD.add("reads");
    }
}
