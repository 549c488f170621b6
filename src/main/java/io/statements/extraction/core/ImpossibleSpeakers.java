package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule impossible-speaker (session n73d): the deciding mention must be a phrase that can speak: a person, a body, a
 * group or a document. A sieve that read its subject off a passive or perfect (`"...," in a step that has been
 * called a first`), or off a sentence whose subject is an abstract noun (`The reactions from customers had been "..."`,
 * `according to the preliminary results released by ...`), found a word no one is: an auxiliary verb, or a noun of a
 * reaction, a result, a concern, a figure or a measure where no verb of saying has it as subject (`The results
 * showed` is a source with its own verb and stays). Such a choice is no attribution; the quote falls through to
 * the next sieve, which may read the cue or subject that does name the speaker ({@link QuoteAttributor}). A mention
 * that resolved to a proper name is never impossible.
 */
final class ImpossibleSpeakers {

    /** Auxiliary and copular verbs: the subject slot a passive or perfect leaves when no noun stands there. */
    private static final Set<String> AUXILIARIES = Lexicon.words(
            "be been being is are was were am has have had having do does did will would shall should can could may"
                    + " might");
    /** Abstract nouns that head no speaker: what people do, feel or count, never who speaks. */
    private static final Set<String> ABSTRACT_HEADS = Lexicon.words(
            "reaction reactions result results concern concerns figure figures number numbers measure measures"
                    + " outcome outcomes situation impact efforts effort issue issues problem problems dispute debate"
                    + " controversy");
    /** Words that end the head noun's phrase: a preposition, a relative word, or a participle after the head. */
    private static final Set<String> PHRASE_ENDS = Lexicon.words(
            "of by from in on at for with who whom which that released published issued");

    private ImpossibleSpeakers() {
    }

    /**
     * True when the speaker's mention is headed by a word no one is: an auxiliary verb, or for a quote without a cue
     * (a sentence's subject, a speaker nearby) an abstract noun; `The results showed` is a source with its own verb.
     */
    static boolean cannotSpeak(Speaker sp, boolean cueless) {
        if (!unnamed(sp)) {
            return false;
        }
        String head = head(sp.mention());
        return head != null && (AUXILIARIES.contains(head) || cueless && ABSTRACT_HEADS.contains(head));
    }

    /** True when the mention is only an auxiliary verb (and adverbs): a passive or perfect without its subject. */
    static boolean auxiliary(Speaker sp) {
        if (!unnamed(sp)) {
            return false;
        }
        String head = head(sp.mention());
        return head != null && AUXILIARIES.contains(head);
    }

    private static boolean unnamed(Speaker sp) {
        return sp != null && sp.mention() != null
                && (sp.name() == null || sp.name().isEmpty() || !Character.isUpperCase(sp.name().charAt(0)));
    }

    /**
     * The lower-cased head of the mention: an auxiliary when the mention is nothing but auxiliaries and adverbs in
     * -ly (`been`, `informally be`; not `has been made available`, a subject cut from `what has been ...`), else the
     * last word of its first noun phrase (before an auxiliary, a preposition, a comma or a bracket).
     */
    static String head(String mention) {
        String[] words = SpeakerNames.SPACES.split(mention.trim());
        String aux = null;
        for (String w : words) {
            String word = Lexicon.lower(w);
            if (AUXILIARIES.contains(word)) {
                aux = word;
            } else if (!word.endsWith("ly")) {
                aux = null;
                break;
            }
        }
        if (aux != null) {
            return aux;
        }
        String head = null;
        for (String w : words) {
            String low = Lexicon.lower(w);
            String word = lettersOnly(low);
            if (head != null && (PHRASE_ENDS.contains(low) || AUXILIARIES.contains(word) || w.startsWith("("))) {
                break;
            }
            if (!word.isEmpty()) {
                head = word;
            }
            if (w.endsWith(",") || w.endsWith(";")) {
                break;
            }
        }
        return head;
    }

    /**
     * The word without any character but letters, apostrophes and hyphens, as {@code replaceAll("[^\\p{L}'\u2019-]",
     * "")} gave it: that compiled its pattern for every word of every deciding mention (session n74s: 1.7 % of the
     * run); most words keep every character and come back as they are.
     */
    private static String lettersOnly(String w) {
        int i = 0;
        while (i < w.length() && kept(w.codePointAt(i))) {
            i += Character.charCount(w.codePointAt(i));
        }
        if (i == w.length()) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length()).append(w, 0, i);
        while (i < w.length()) {
            int c = w.codePointAt(i);
            if (kept(c)) {
                b.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** A code point {@code [\\p{L}'\u2019-]} matches: a letter (Character.isLetter is \\p{L}), `'`, `’` or `-`. */
    private static boolean kept(int c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-';
    }
}
