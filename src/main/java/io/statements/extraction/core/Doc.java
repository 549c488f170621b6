package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One text being analysed: what the structural stages found (tokens, quotes, sentences, transcript labels), the
 * rule helpers built on them, the statements the sieves decided and the attribution the next quote may continue.
 * Not thread safe; one per call of {@link StatementExtractor#extract}.
 */
final class Doc {
    final String s;
    final int n;
    final List<Tok> toks = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Stmt> out = new ArrayList<>();
    int[] sentStart = new int[0], sentEnd = new int[0];
    int paraCount;
    int singleMarks;             // single marks that may open a quote: no `’`, after a space, a bracket or the start
    boolean quotesInSingleMarks; // rule single-mark-quotes: the article quotes in single marks
    java.util.Set<String> placeNames; // rule pronoun-number-and-kind: `the village of X`, found once (PronounAgreement)
    java.util.Set<String> evidentBodies; // rule pronoun-not-evident-body: `insurer X`, `X customers`, found once (BodyEvidenceNames)
    java.util.Map<String, Boolean> bodyAnswers; // BodyEvidenceNames.body by name, once a name
    java.util.Set<String> prepositionPlaces; // rule pronoun-not-place: `in Sofia`, found once (PronounAgreement)
    Map<String, Boolean> spouseBearers; // rule titled-surname-spouse: full names the text gives only as a spouse (n59c)
    Map<String, Boolean> titledLastNames; // rule titled-surname-spouse: `President Harlow` somewhere, by last name (n59c)
    java.util.List<String> pronounTrace; // null but in the n65a diagnostic: which rule chose each he/she antecedent
    int[] titleOpeners; // rule post-name titles: the `, who` and `(` tokens, found once (PostNameTitles)
    java.util.Set<String> strongWords; // rule he-she-weak-one-word: the full names' inner words, found once (WeakPersons)
    java.util.Set<String> companyNames; // rule body-by-corporate-role: names introduced as companies, found once (n71m)
    final Map<Integer, int[]> labelParas = new HashMap<>(); // para -> [firstNameTok, lastNameTok, colonTok]

    // helpers, wired by the pipeline once the structural stages have run
    NameIndex names;
    PersonTitles titles;
    PersonGenders genders;
    Cues cueLex;
    Subjects subjects;
    InvertedSubjects inverted;
    Complements complements;
    Clauses clauses;
    VerbSubjects verbSubjects;
    SpeakerResolver resolver;
    ChannelVia channels;
    LearnedBodyKinds bodyKinds; // n65c: built on first use, by LearnedBodyKinds.of
    BodyRecords bodyRecords; // n71b: the named bodies and their kinds, built on first use by BodyRecords.of
    PersonRecords personRecords; // n71a: built on first use, by PersonRecords.of
    DocumentRecords documentRecords; // n71c: built on first use, by DocumentRecords.of

    // the last attribution, which a following quote may continue
    private int groupCounter;
    int lastGroupSent = -10;
    int lastGroup = -1;
    boolean lastGroupIsQuote;
    Speaker lastGroupSpeaker;
    CueSpan lastGroupCueSpan;

    /** Sentences (or the headline pass) the rules failed on and skipped. */
    int failures;

    Doc(String text) {
        this.s = text;
        this.n = text.length();
    }

    int newGroup() {
        return groupCounter++;
    }

    /** Remembers a decided statement as the attribution the next quote may continue. */
    void remember(Stmt st, int sent, boolean quote) {
        lastGroup = st.group;
        lastGroupIsQuote = quote;
        lastGroupSent = sent;
        if (st.sp != null) {
            lastGroupSpeaker = st.sp;
        }
        lastGroupCueSpan = st.cueS >= 0 ? new CueSpan(st.cueS, st.cueE) : null;
    }

    /** The last token that starts at or before the char offset {@code pos} (the first token when none does). */
    int tokenAt(int pos) {
        int lo = 0, hi = toks.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (toks.get(mid).s <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The indexes of the capitalised word tokens in order: see {@link #capitalisedWords}. */
    int[] capWords;

    /**
     * The indexes of the word tokens with a capital ({@code type == WORD && cap}, which never change after the
     * tokenizer), in order: made by the sentence splitter's pass over every token (else here on first use). Passes
     * that look only at capitalised words walk these, about one token in six, instead of every token of the text.
     */
    int[] capitalisedWords() {
        if (capWords == null) {
            capWords = capitalisedWords(toks);
        }
        return capWords;
    }

    static int[] capitalisedWords(List<Tok> toks) {
        int[] caps = new int[toks.size()];
        int n = 0;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).type == Tok.WORD && toks.get(k).cap) {
                caps[n++] = k;
            }
        }
        return java.util.Arrays.copyOf(caps, n);
    }

    /** {@link GluedOffices#alone} by token: 0 not asked yet, 1 yes, 2 no. */
    private byte[] aloneAt;

    /**
     * {@link GluedOffices#alone} for token b, asked once a token: rule lower-case-head-before-name asks it of a run's
     * last word each time the run is classified, and each answer scans every token within 20,000 characters.
     */
    boolean standsAlone(int b) {
        if (aloneAt == null || aloneAt.length != toks.size()) {
            aloneAt = new byte[toks.size()];
        }
        if (aloneAt[b] == 0) {
            boolean capital = toks.get(b).type == Tok.WORD && Character.isUpperCase(toks.get(b).text.charAt(0));
            aloneAt[b] = (capital ? aloneAmongCapitalised(b) : GluedOffices.alone(toks, b)) ? (byte) 1 : (byte) 2;
        }
        return aloneAt[b] == 1;
    }

    /**
     * {@link GluedOffices#alone} for a word with a capital first letter, read over the capitalised words only: a
     * token of the same text opens with that letter, so the tokenizer made it a capitalised word too, and the
     * other tokens within reach (some 4,000 a word, each read before) cannot match (session n67s: 0.6 % of the run).
     */
    private boolean aloneAmongCapitalised(int b) {
        String surname = toks.get(b).text;
        int at = toks.get(b).s;
        int[] caps = capitalisedWords();
        int lo = 0, hi = caps.length; // the first capitalised word within reach before: tokens are in text order
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at - toks.get(caps[mid]).s > DefiniteDescriptions.MENTION_REACH) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int c = lo; c < caps.length && toks.get(caps[c]).s - at <= DefiniteDescriptions.MENTION_REACH; c++) {
            int k = caps[c];
            if (Math.abs(k - b) > 1 && toks.get(k).text.equals(surname)
                    && (k == 0 || !toks.get(k - 1).cap) && (k + 1 >= toks.size() || !toks.get(k + 1).cap)) {
                return true;
            }
        }
        return false;
    }

    /** Words the body capitalises inside a sentence (`the White House`), lower case, built on first use. */
    private WordSet midCapWords;

    /**
     * Whether the body capitalises the word (lower case) inside a sentence, where only a name is: a word capitalised
     * only where it opens a sentence (`Sometimes`, `Both`) is a common word.
     */
    boolean capitalisedWithinSentence(String low) {
        if (midCapWords == null) {
            midCapWords = new WordSet(capitalisedWords().length); // sized for the words it may hold: less to clear
            for (int k : capitalisedWords()) { // w.type == WORD && w.cap
                Tok w = toks.get(k), before = k > 0 ? toks.get(k - 1) : null;
                if (k > 0 && w.para > 0 && before.sent == w.sent && before.type == Tok.WORD) {
                    midCapWords.add(w.low);
                }
            }
        }
        return midCapWords.contains(low);
    }

    /**
     * Words the text writes in lower case somewhere (`the councilmember`), built on first use: one set for the name
     * pre-pass's common openers, rule n61e's titles and the plural heads of {@link CommonHeads}.
     */
    private WordSet lowerWords;

    /**
     * Whether the text writes the word (lower case) in lower case somewhere: then the word is a common noun of the
     * language, and where it stands capitalised before a name it is a title, not part of the name.
     */
    boolean writtenLowerCase(String low) {
        if (lowerWords == null) {
            lowerWords = new WordSet(toks.size() - capitalisedWords().length); // no capitalised word
            for (Tok w : toks) {
                if (w.type == Tok.WORD && !w.cap) {
                    lowerWords.add(w.low);
                }
            }
        }
        return lowerWords.contains(low);
    }
}
