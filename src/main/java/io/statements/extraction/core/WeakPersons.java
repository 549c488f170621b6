package io.statements.extraction.core;

import java.util.List;

/**
 * Rule he-she-weak-one-word (session n49a): names the index typed a person's that a `he` or `she` should pass over
 * when a person named in full is in reach. One word with a digit (`Lark-3`, `Orbiter-2`) or a word of a parenthesised
 * gloss right after a quote (`"Zivela!" (Long Live the Land), he shouted`) is a thing, never a person. A one-word
 * name is weak when the text never gives it with a first name, a title, an honorific or a role, never makes it the
 * subject or object of a speech verb, never follows it with `, who` or an age, and it is no known first name: a
 * planet in a list, a city before `city`, an outlet in a `reports the Courier` aside; a surname the article gives
 * in full or as a speaker stays strong. Any language's names: only the text's own signals and the first-name lists.
 */
final class WeakPersons {
    private WeakPersons() {
    }

    /** How far back (characters) a person named in full is in reach of a `he` or `she`. */
    static final int REACH = 2500;

    /**
     * The last speaker {@code prev} a `he`/`she` passes over: a thing (`Lark-3`, a gloss), or a weak one-word name
     * (`reports the Courier.`) when a stronger person ({@code person} at {@code pos}) is in reach.
     */
    static boolean passOver(Doc d, Speaker prev, String person, int pos, int ms) {
        if (prev == null || prev.kind() != SpeakerKind.PERSON || prev.name() == null) {
            return false;
        }
        int k = d.tokenAt(prev.ms());
        return thing(d, k, prev.name())
                || weak(d, prev.name()) && person != null && !weak(d, person) && pos > ms - REACH;
    }

    /** True when the mention at token {@code k} typed {@code name} is no person: a numbered craft, a gloss. */
    static boolean thing(Doc d, int k, String name) {
        if (name == null) {
            return false;
        }
        for (int i = 0; i < name.length() && name.indexOf(' ') < 0; i++) {
            if (Character.isDigit(name.charAt(i))) {
                return true;
            }
        }
        return k >= 0 && k < d.toks.size() && inGloss(d.toks, k);
    }

    /** Token k sits in `( ... )` opened right after a closing quotation mark (a gloss of the quote's words). */
    private static boolean inGloss(List<Tok> toks, int k) {
        for (int i = k - 1; i >= 0 && k - i <= 8; i--) {
            Tok t = toks.get(i);
            if (t.text.equals(")") || t.para != toks.get(k).para) {
                return false;
            }
            if (t.text.equals("(")) {
                Tok before = i > 0 ? toks.get(i - 1) : null;
                return before != null && before.para == t.para
                        && (before.type == Tok.DQ || before.type == Tok.SQ || before.qrole == Tok.CLOSE);
            }
        }
        return false;
    }

    /** True when {@code name} is a weak one-word person name by the text's own signals. */
    static boolean weak(Doc d, String name) {
        if (name == null || name.indexOf(' ') >= 0 || name.length() < 3 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        if (PersonGenders.isFirstName(Lexicon.lower(name)) || d.names.lastNameToFull.containsKey(name)) {
            return false;
        }
        if (d.strongWords == null) {
            d.strongWords = innerWords(d);
        }
        return !d.strongWords.contains(name) && !signalled(d, name);
    }

    /**
     * The inner words of the text's full names (`Ana Ruiz Ortega`: a first surname), found at the first ask (the
     * full names are all known by then).
     */
    private static java.util.Set<String> innerWords(Doc d) {
        java.util.Set<String> strong = new java.util.HashSet<>();
        for (String full : d.names.lastNameToFull.values()) {
            String[] words = full.split(" ");
            for (int i = 1; i + 1 < words.length; i++) {
                strong.add(words[i]);
            }
        }
        return strong;
    }

    /**
     * Whether the text gives {@code name} a person's signal somewhere (a title or role before, a speech verb next,
     * `, who`, an age, `named`, a past-tense verb after): the signals are read only at the capitalised words written
     * as the name (session n71s: read at every capitalised word once a text, 1.5 % of the run for some three names
     * a text asked about).
     */
    private static boolean signalled(Doc d, String name) {
        List<Tok> toks = d.toks;
        for (int k : d.capitalisedWords()) { // every capitalised word, no other token
            String w = toks.get(k).text;
            if (w.length() > name.length() + 2 || !w.startsWith(name) || !Words.stripPossessive(w).equals(name)) {
                continue; // another word: `name` or its possessive only
            }
            // the bit tests first and the title's look-ups last (n50d)
            if (speechNext(toks, k) || k > 0 && speech(toks.get(k - 1)) && !toks.get(k - 1).cap
                    || described(toks, k) || k > 0 && NAMING.contains(toks.get(k - 1).low)
                    || subjectOfVerb(toks, k) || k > 0 && titled(toks.get(k - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words inside several-word titles (`Secretary of State`) that are no title before a name. */
    private static final java.util.Set<String> JOINERS = Lexicon.words("the a an of and for to in on at de");

    private static boolean titled(Tok b) {
        String low = b.dotted ? b.low.replace(".", "") : b.low;
        return b.type == Tok.WORD && !JOINERS.contains(low)
                && (Lexicon.TITLES.contains(low) || PersonGenders.ofTitle(b.low) != null
                || PersonGenders.ofTitle(low) != null || RoleWords.isRole(b) || NameDescriptors.isTrade(b.low));
    }

    private static boolean speech(Tok t) {
        return t.type == Tok.WORD && t.has(WordBits.SPEECH_VERB); // Lexicon.SPEECH.contains(t.low)
    }

    /** Words before a name that make it a person's: `a resident named Caroline`. */
    private static final java.util.Set<String> NAMING = Lexicon.words("named called nicknamed");

    private static final java.util.Set<String> PAST = Lexicon.words("""
            was is has had did does went gave told took made got won lost ran came saw left wrote spoke met sought
            fought brought thought bought taught""");

    /** Words before a name that make it no verb's subject: `in Ohio sought`, `the Courier had`. */
    private static final java.util.Set<String> NOT_SUBJECT = Lexicon.words("in at from of to on with by for the");

    /**
     * `Tamberlo openly admitted`, `a newly elected Tamberlo sought`: the word before a verb in the past (an adverb between),
     * not after a preposition or `the`.
     */
    private static boolean subjectOfVerb(List<Tok> toks, int k) {
        int v = k + 1 < toks.size() && toks.get(k + 1).low.endsWith("ly") ? k + 2 : k + 1;
        if (v >= toks.size() || toks.get(v).type != Tok.WORD || toks.get(v).cap
                || toks.get(v).sent != toks.get(k).sent) {
            return false; // the next word's flags before the look-up of the word before
        }
        if (k > 0 && NOT_SUBJECT.contains(toks.get(k - 1).low)) {
            return false;
        }
        return PAST.contains(toks.get(v).low) || toks.get(v).low.endsWith("ed") && toks.get(v).low.length() > 4;
    }

    /** `Dubrek said`, `Dubrek told`. */
    private static boolean speechNext(List<Tok> toks, int k) {
        return k + 1 < toks.size() && speech(toks.get(k + 1));
    }

    /** `Dubrek, who ...`, `Dubrek, 61,`, `Dubrek, the council's ...`. */
    private static boolean described(List<Tok> toks, int k) {
        if (k + 2 >= toks.size() || !toks.get(k + 1).text.equals(",")) {
            return false;
        }
        Tok n = toks.get(k + 2);
        return n.low.equals("who") || !n.text.isEmpty() && Character.isDigit(n.text.charAt(0))
                || (n.low.equals("the") || n.low.equals("a") || n.low.equals("an")) && k + 3 < toks.size()
                && !toks.get(k + 3).cap;
    }
}
