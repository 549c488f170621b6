package io.statements.extraction.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that whole-text passes test every token against, as bits of one number per token ({@link Tok#lex}),
 * looked up once when the tokenizer makes the token. A pass then tests a bit where it asked a hash set for every
 * token of the text (the sieves' cue scan, the non-speech and stance scans, the gender and title passes): most
 * tokens are in no list, and one look-up a token replaces one per list and pass. A bit is set exactly when the
 * token's lower-case form is in the list, so {@code t.has(B)} means {@code LIST.contains(t.low)}.
 */
final class WordBits {
    /** {@link Cues#ANY_CUE_WORD}: every word some branch of isCueTok accepts. */
    static final long CUE_WORD = 1L;
    /** {@link Cues#REPORT_ONLY}: cues that only the reported-speech sieve takes. */
    static final long REPORT_ONLY_CUE = 1L << 1;
    /** {@link ChannelVia#CHANNEL_WORDS}: the words that name a channel or lead to an intermediary. */
    static final long CHANNEL_WORD = 1L << 2;
    /** {@link PersonGenders#TITLE_GENDERS}: honorifics and gendered titles. */
    static final long GENDERED_TITLE = 1L << 3;
    /** {@link NonSpeechSieve#VERBS}: the verbs the non-speech sieve starts from. */
    static final long NON_SPEECH_VERB = 1L << 4;
    /** {@link StanceRules#OPPOSE_VERBS} and {@link StanceRules#SUPPORT_VERBS}. */
    static final long STANCE_VERB = 1L << 5;
    /** {@link RoleWords#ROLES} and the keys of {@link RoleWords#ABBREVIATIONS} (`sen`, `gov`). */
    static final long ROLE_WORD = 1L << 6;
    /** The quoted words {@link StanceRules} reads besides its verbs: `hold`, `responsibility`, `blame`, `reckless`. */
    static final long STANCE_QUOTED_WORD = 1L << 7;
    /** `according` (of `according to`), which the cue test asks of every word outside quotes before its bit. */
    static final long ACCORDING = 1L << 8;
    /** The words a name run goes on over in the name pre-pass: `of`, `in`, `for`, `and`, {@link Words#NAME_PARTICLES}. */
    static final long NAME_RUN_LINK = 1L << 9;
    /** {@link Words#ABBREV}: the tokenizer asks it of every word before a full stop (every sentence's last word). */
    static final long ABBREVIATION = 1L << 10;
    /** {@link Lexicon#SPEECH}, which the clause scans ask of word after word ({@link Cues#isSpeech}). */
    static final long SPEECH_VERB = 1L << 11;
    /** {@link Lexicon#PARTICIPLE} ({@link Cues#isParticiple}). */
    static final long PARTICIPLE = 1L << 12;
    /**
     * The words that end a quantified subject's phrase in {@link QuantifiedSubjects}: {@link Lexicon#CLAUSE_WORDS}
     * but `that`, {@link Lexicon#SUBJECT_PRONOUNS}, {@link Lexicon#ADVERBS_AUX}.
     */
    static final long PHRASE_BREAK = 1L << 13;
    /** {@link Lexicon#CLAUSE_WORDS}, which the backward scans for a subject or a verb phrase ask of word after word. */
    static final long CLAUSE_WORD = 1L << 14;
    /** {@link SharedTitles#PLURAL_ROLES} (`hosts`, `judges`), asked of every lower-case word in `-s` by the title pass. */
    static final long PLURAL_ROLE = 1L << 15;
    /**
     * {@link Words#SENTENCE_NOISE} and {@link Lexicon#TIME_WORDS}, which the name index asks of a run's words at every
     * classification (session n72s: some 30,000 of the 400,000 word-list look-ups of a pass over polnear-dev).
     */
    static final long NOISE_OR_TIME_WORD = 1L << 16;

    private static final Map<String, Long> BITS = new HashMap<>();

    static {
        add(Cues.ANY_CUE_WORD, CUE_WORD);
        add(Cues.REPORT_ONLY, REPORT_ONLY_CUE);
        add(ChannelVia.CHANNEL_WORDS, CHANNEL_WORD);
        add(PersonGenders.TITLE_GENDERS.keySet(), GENDERED_TITLE);
        add(NonSpeechSieve.VERBS, NON_SPEECH_VERB);
        add(StanceRules.OPPOSE_VERBS, STANCE_VERB);
        add(StanceRules.SUPPORT_VERBS, STANCE_VERB);
        add(RoleWords.ROLES, ROLE_WORD);
        add(RoleWords.ABBREVIATIONS.keySet(), ROLE_WORD);
        add(StanceRules.HOLD, STANCE_QUOTED_WORD);
        add(StanceRules.JUDGING_ADJECTIVES, STANCE_QUOTED_WORD);
        add(Set.of("responsibility", "blame"), STANCE_QUOTED_WORD);
        add(Set.of("according"), ACCORDING);
        add(Set.of("of", "in", "for", "and"), NAME_RUN_LINK);
        add(Words.NAME_PARTICLES, NAME_RUN_LINK);
        add(Words.ABBREV, ABBREVIATION);
        add(Lexicon.SPEECH, SPEECH_VERB);
        add(Lexicon.PARTICIPLE, PARTICIPLE);
        for (String w : Lexicon.CLAUSE_WORDS) {
            if (!w.equals("that")) {
                BITS.merge(w, PHRASE_BREAK, (a, b) -> a | b);
            }
        }
        add(Lexicon.SUBJECT_PRONOUNS, PHRASE_BREAK);
        add(Lexicon.ADVERBS_AUX, PHRASE_BREAK);
        add(Lexicon.CLAUSE_WORDS, CLAUSE_WORD);
        add(SharedTitles.PLURAL_ROLES, PLURAL_ROLE);
        add(Words.SENTENCE_NOISE, NOISE_OR_TIME_WORD);
        add(Lexicon.TIME_WORDS, NOISE_OR_TIME_WORD);
    }

    private WordBits() {
    }

    private static void add(Set<String> words, long bit) {
        for (String w : words) {
            BITS.merge(w, bit, (a, b) -> a | b);
        }
    }

    /*
     * BITS again as open addressing over plain arrays, for the one look-up per word token: a slot's hash is compared
     * before its word, and no Long is unboxed. At most half of the slots are used, so a probe ends soon.
     */
    private static final int MASK = Integer.highestOneBit(Math.max(BITS.size(), 4) * 4 - 1) - 1;
    private static final String[] WORDS = new String[MASK + 1];
    private static final int[] HASHES = new int[MASK + 1];
    private static final long[] PACKS = new long[MASK + 1]; // WordListSet.packed: a short word compared in place
    private static final long[] WORD_BITS = new long[MASK + 1];

    static {
        for (Map.Entry<String, Long> e : BITS.entrySet()) {
            int h = WordListSet.key(e.getKey());
            int i = (h ^ (h >>> 16)) & MASK;
            while (WORDS[i] != null) {
                i = (i + 1) & MASK;
            }
            WORDS[i] = e.getKey();
            HASHES[i] = h;
            PACKS[i] = WordListSet.packed(e.getKey());
            WORD_BITS[i] = e.getValue();
        }
    }

    /** The bits of the lists a lower-case word is in; 0 for most words. */
    static long of(String low) {
        int h = WordListSet.key(low);
        for (int i = (h ^ (h >>> 16)) & MASK; ; i = (i + 1) & MASK) {
            int at = HASHES[i]; // the hashes first: a miss reads no other array (an empty slot's key is 0)
            if (at == h) {
                long p = PACKS[i];
                if (p != 0 ? p == WordListSet.packed(low) : WORDS[i].equals(low)) {
                    return WORD_BITS[i];
                }
            } else if (at == 0) {
                return 0;
            }
        }
    }
}
