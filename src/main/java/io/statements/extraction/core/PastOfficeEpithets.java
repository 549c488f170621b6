package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n72d, rule past-office-epithet: `the former Varland skipper`, `the then Kestrel boss`, `the former head
 * coach` is an epithet of the person the passage is about. A past office is no post someone holds now, so the
 * definite description cannot mean its current holder; news copy uses it to call back the person just named (`"I need
 * hungry players," said the then Kestrel boss` after a paragraph on Bellandi). {@link EpithetTopics} reads `the former
 * steelworker` so; this rule lets a role noun and a capitalised body or place through when `former`/`then` opens the
 * description, and takes only the subject of the sentence before (see {@link #person}). Not a noun of someone else's
 * person (`the former aide`, `the former Reyes adviser`: a person's name among the modifiers), not with `to`/`for`
 * after the noun, not a plural, not a noun the text gave before (`Veteran sprinters A and B ... the former sprinter`:
 * either).
 */
final class PastOfficeEpithets {
    private static final Set<String> PAST = Lexicon.words("former then");
    /** Nouns of a person who works for someone else: the epithet would be that someone's person, not the story's. */
    private static final Set<String> SOMEONE_ELSES = Lexicon.words("""
            aide adviser advisor assistant associate lawyer attorney counsel solicitor spokesman spokeswoman spokesperson
            staffer employee colleague friend supporter deputy secretary official officials""");
    /** How many words may stand between `former` and the noun: `the former Port Alder City head coach`. */
    private static final int WORDS = 4;

    private PastOfficeEpithets() {
    }

    /** Whether [a, end] is `the former/then [words] noun` for one person's past office. */
    static boolean applies(Doc d, int a, int end) {
        List<Tok> toks = d.toks;
        if (end - a < 2 || end - a > WORDS + 1 || !toks.get(a).low.equals("the") || !PAST.contains(toks.get(a + 1).low)) {
            return false; // quick rejection
        }
        Tok head = toks.get(end);
        String w = head.low;
        if (head.type != Tok.WORD || head.cap || w.endsWith("s") && !w.endsWith("ss") || SOMEONE_ELSES.contains(w)
                || Lexicon.ANON_NOUNS.contains(w) || PersonRecords.canon(w) == null) {
            return false;
        }
        for (int k = a + 2; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || t.cap && (d.names.lastNameToFull.containsKey(t.text) || d.names.firstNameToFull.containsKey(t.text))) {
                return false; // `the former Reyes aide`: someone else's person
            }
        }
        if (end + 1 < toks.size() && (toks.get(end + 1).low.equals("to") || toks.get(end + 1).low.equals("for"))) {
            return false; // `the former adviser to the governor`
        }
        for (int k = a - 1; k >= 0 && toks.get(a).s - toks.get(k).s <= DefiniteDescriptions.MENTION_REACH; k--) {
            if (toks.get(k).low.equals(w) || toks.get(k).low.equals(w + "s")) {
                return false; // `Veteran sprinters A and B ...`: the text gives the noun to someone, maybe two (as EpithetTopics)
            }
        }
        return true;
    }

    /**
     * The person the past-office epithet [a, end] calls back (null when it is none): the subject of the sentence before, a person named in full. Not the last
     * speaker when another is the subject (`Clinton's husband, Bill, hurled ... at Reyes. But the former president ...`
     * is not Reyes, whom a speaker-first reading took), and nobody when the subject names no one in full.
     */
    static String person(Doc d, PronounResolver pronouns, int a, int end, int ms) {
        if (!applies(d, a, end)) {
            return null;
        }
        Speaker topic = pronouns.previousSentenceSubject(ms, '?');
        return topic != null && topic.kind() == SpeakerKind.PERSON && topic.name() != null && topic.name().contains(" ")
                && SpeakerNames.isName(topic.name(), SpeakerKind.PERSON) ? topic.name() : null;
    }
}
