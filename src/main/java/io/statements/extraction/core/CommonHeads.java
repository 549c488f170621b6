package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Speaker mentions whose head is a common noun, not a name (session extraction15): `Officials said` (capitalised
 * only because it opens the sentence), `Residents of the Old Quarter said`, `supporters of Rosa Ibarra said`: the
 * officials, residents and supporters speak, never a person called `Officials`, `Old Quarter` or `Rosa Ibarra`.
 * An organisation after the head keeps its reading (`members of the Harbour Board` → Harbour Board).
 */
final class CommonHeads {
    /** Collective heads besides the anonymous ones ({@link Lexicon#ANON_NOUNS}). */
    private static final Set<String> GROUPS = Lexicon.words("""
            supporters opponents critics protesters demonstrators voters workers lawmakers legislators researchers
            scientists doctors economists investors farmers fishermen students teachers parents activists campaigners
            prosecutors investigators organisers organizers fans neighbours neighbors shoppers passengers drivers
            survivors relatives families victims citizens locals villagers""");
    /** Words that link a head to where its people belong. */
    private static final Set<String> LINKS = Lexicon.words("of from in");

    private final String s;
    private final List<Tok> toks;
    private final NameIndex names;
    /** The text, for its set of words written in lower case somewhere ({@link Doc#writtenLowerCase}). */
    private final Doc doc;

    CommonHeads(Doc d) {
        this.s = d.s;
        this.toks = d.toks;
        this.names = d.names;
        this.doc = d;
    }

    /** The speaker of the mention [a, end] (cut before its appositive) when its head is a common noun; else null. */
    Speaker speaker(int a, int end, int ms, int me, String mention) {
        int h = a;
        while (h < end && (Lexicon.DETERMINERS.contains(toks.get(h).low) || Words.SENTENCE_NOISE.contains(toks.get(h).low))) {
            h++;
        }
        Tok head = toks.get(h);
        if (head.type != WORD || !commonNoun(head, h)) {
            return null;
        }
        if (h == end) {
            // `Officials said`: as `officials said` would be read; a lower-case head is read so already
            return head.cap ? group(head, h, end, ms, me, mention) : null;
        }
        int k = h + 1;
        if (!LINKS.contains(toks.get(k).low) || k + 1 > end) {
            return null;
        }
        int run = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1;
        if (run > end || !capitalisedUpTo(run, end)) {
            return null;
        }
        Name nm = names.classify(run, end);
        boolean person = nm == null || nm.kind == SpeakerKind.PERSON;
        return person ? group(head, h, end, ms, me, mention) : null;
    }

    /** A lower-case noun for people: `source`, `official`, `activists`, `spokesman`. */
    static boolean personNoun(Tok t) {
        return t.type == WORD && !t.cap && personWord(t.low);
    }

    /** {@link #personNoun}'s test on a lower-case word. */
    static boolean personWord(String low) {
        return Lexicon.ANON_NOUNS.contains(low) || GROUPS.contains(low) || RoleWords.ROLES.contains(low)
                || low.length() > 4 && low.endsWith("ists");
    }

    private Speaker group(Tok head, int h, int end, int ms, int me, String mention) {
        String word = Words.low(head);
        SpeakerKind kind = Lexicon.ANON_NOUNS.contains(word) ? SpeakerKind.ANONYMOUS : SpeakerKind.GROUP;
        return new Speaker(ms, me, mention, word + s.substring(head.e, toks.get(end).e), kind, null);
    }

    /**
     * A common noun at h: a known collective or anonymous head, in lower case or capitalised only as the first word
     * of its sentence; such a first word is also common when its plural is written in lower case elsewhere.
     */
    private boolean commonNoun(Tok t, int h) {
        String word = Words.low(t);
        boolean known = Lexicon.ANON_NOUNS.contains(word) || GROUPS.contains(word);
        if (!t.cap) {
            return known;
        }
        boolean opensSentence = h == 0 || toks.get(h - 1).sent != t.sent || Words.startsSentence(toks.get(h - 1))
                && toks.get(h - 1).type != WORD;
        boolean nameFollows = h + 1 < toks.size() && toks.get(h + 1).type == WORD && toks.get(h + 1).cap;
        return opensSentence && !nameFollows && !word.equals(t.text) && (known || writtenLowerElsewhere(word) || agentPlural(word));
    }

    /**
     * Rule sentence-initial-agent-plural (session n67e): `Engineers deemed there was a "..."`, `Surveyors warned`: a
     * plural agent noun (-ers, -ors) capitalised only where it opens a sentence, which the text never capitalises
     * inside one (a team, `the Rangers`, is), is the trade's people, never a person called `Engineers`.
     */
    private boolean agentPlural(String word) {
        return word.length() > 5 && (word.endsWith("ers") || word.endsWith("ors")) && !PersonGenders.isFirstName(word)
                && !names.lastNameToFull.containsKey(Character.toUpperCase(word.charAt(0)) + word.substring(1))
                && !doc.capitalisedWithinSentence(word);
    }

    private boolean writtenLowerElsewhere(String word) {
        if (word.length() < 4 || !word.endsWith("s")) {
            return false; // plurals only: a singular capitalised word opening a sentence may well be a name
        }
        return doc.writtenLowerCase(word); // the text's one set of lower-case words, built once (lead57)
    }

    private boolean capitalisedUpTo(int i, int b) {
        for (int k = i; k <= b; k++) {
            Tok t = toks.get(k);
            boolean inner = k > i && (t.low.equals("of") || t.low.equals("and") || t.low.equals("the"));
            if (t.type != WORD || !t.cap && !inner) {
                return false;
            }
        }
        return true;
    }
}
