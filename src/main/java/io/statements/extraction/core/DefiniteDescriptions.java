package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A definite description standing for a person the article is about (session names16): `Ida Berg has a word
 * for the plan: No. The Green mayoral candidate blasted ...`, `"...," Reyes told the Ledger. "...," the candidate
 * said`, `The councillor, who serves a ward ..., said`. Wire copy names a person once, then refers to them by a
 * role or description; when the article gave nobody that title ({@link PersonTitles#holder}), the description means
 * the person the text was just about: the last speaker or the subject of the sentence before, whichever came later,
 * when that is a person named in full. Only `the` + words + a lower-case head: `a lawmaker` introduces someone new,
 * `the official`, `the spokeswoman` are often unnamed sources ({@link Lexicon#ANON_NOUNS}), and `Gore's spokeswoman`
 * belongs to someone else.
 */
final class DefiniteDescriptions {
    /** Singular nouns for one person that are not titles a name stands beside ({@link RoleWords#ROLES}). */
    static final Set<String> PERSON_NOUNS = Lexicon.words("""
            lawmaker legislator politician businessman businesswoman billionaire mogul tycoon activist radioman
            newsman commentator pundit pollster frontrunner front-runner incumbent challenger contender hopeful
            congressman congresswoman lawyer entrepreneur preacher pastor""");

    /**
     * Session names20: trades a story uses for the person it is about (`the retired neurosurgeon`, `the real estate
     * magnate`, `the actress`), read as {@link #PERSON_NOUNS} when the article ties the word to nobody by name.
     */
    static final Set<String> TRADE_NOUNS = Lexicon.words("""
            neurosurgeon surgeon physician mogul magnate developer showman actress actor singer rapper comedian
            novelist journalist economist professor executive socialist""");

    /**
     * Words that describe a person in a race or a trade rather than name an office: `the candidate` may be a senator
     * or a governor, but `the judge`, `the Indiana governor`, `the moderator` is not someone the article called a
     * campaign chairman or a candidate.
     */
    private static final Set<String> DESCRIPTIVE = Lexicon.words("""
            candidate nominee frontrunner front-runner hopeful incumbent challenger contender leader""");

    /**
     * Elected and political offices: the roles a story about a politician uses for them (`the Texas senator`, `the
     * governor`). A judge, a moderator, a host or an ambassador is mostly someone else the story meets.
     */
    private static final Set<String> OFFICES = Lexicon.words("""
            president vice-president president-elect minister premier chancellor senator governor mayor speaker
            congressman congresswoman representative secretary""");

    /** How far back (in characters) the person the description refers to may stand. */
    private static final int REACH = 1500;
    /** How far back (in characters) a description looks for its person's earlier names: as far as pronouns do. */
    static final int MENTION_REACH = 20_000;

    private final Doc d;
    private final SpeakerResolver resolver;
    private final PronounResolver pronouns;
    private int depth;

    DefiniteDescriptions(Doc d, SpeakerResolver resolver, PronounResolver pronouns) {
        this.d = d;
        this.resolver = resolver;
        this.pronouns = pronouns;
    }

    /** `the [words] head` over [a, end] with a lower-case person head and no possessive: a description. */
    boolean isDescription(int a, int end) {
        Tok head = d.toks.get(end);
        if (end <= a || end - a > 5 || !d.toks.get(a).low.equals("the") || head.cap || head.type != WORD
                || Lexicon.ANON_NOUNS.contains(head.low)
                || !RoleWords.ROLES.contains(head.low) && !PERSON_NOUNS.contains(head.low)
                && !TRADE_NOUNS.contains(head.low)) {
            return false;
        }
        if (!Presidents.role(d.toks, end, head.low).equals(head.low)) {
            return false; // session names21: `the vice president` is not the president the story is about
        }
        for (int k = a + 1; k < end; k++) {
            Tok t = d.toks.get(k);
            if (t.type != WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || t.low.equals("and") || t.low.equals("or")) {
                return false; // `the mayor's aide`, `the head of the party`: someone else's person
            }
        }
        return true;
    }

    /** The named person the description [a, end] at ms refers to, or null. */
    String antecedent(int a, int end, int ms) {
        if (depth > 0) {
            return null; // the sentence before opens with a description too: no chain of guesses
        }
        depth++;
        try {
            Speaker topic = pronouns.previousSentenceSubject(ms, '?');
            Speaker prev = LastSpeakers.before(d, ms);
            if (prev != null && (prev.kind() != SpeakerKind.PERSON || !full(prev.name()) || ms - prev.ms() > REACH)) {
                prev = null;
            }
            if (topic != null && (ms - topic.ms() > REACH || !full(topic.name()))) {
                topic = null;
            }
            // the last speaker first: `"...," Trump told ABC. De Blasio disbanded the unit. "...," the candidate
            // said` continues Trump's quotes; the sentence before's subject when nobody who fits spoke just before
            String head = d.toks.get(end).low;
            if (topic != null && prev != null && topic.ms() > prev.ms() && head.endsWith("-year-old")
                    && d.toks.get(d.tokenAt(topic.ms())).para > d.toks.get(d.tokenAt(prev.ms())).para) {
                // rule age-paragraph-topic (n49a): `"...," said Brenner. || Vasku, who ..., paid tribute. || "...,"
                // said the 27-year-old`: an age describes the person a later paragraph is about, over an earlier voice
                // (`the candidate` may still continue the last speaker across a paragraph about someone else)
                return topic.name();
            }
            for (String name : new String[]{prev != null ? prev.name() : null, topic != null ? topic.name() : null}) {
                if (name != null && fits(name, head, ms)) {
                    return name;
                }
            }
            return null;
        } finally {
            depth--;
        }
    }

    /**
     * Session names23, rule state-description-topic: the subject of the sentence before a position (same or previous
     * paragraph) within {@link #REACH}, when it is a person named in full; else null. `Harbour Board Chair Tomas
     * Reyes is criticizing ... In a memo to staff, the Oregon Democrat said` names him once only, so
     * {@link #antecedent}'s twice-named test does not apply: the state in the mention is the evidence instead.
     */
    String previousTopic(int ms) {
        Speaker own = pronouns.ownSubjectBefore(ms); // `X called ... -- meddling the California congressman said`
        Speaker topic = own != null ? own : pronouns.previousSentenceSubject(ms, '?');
        if (topic != null && ms - topic.ms() <= REACH && full(topic.name())) {
            return topic.name();
        }
        // session names26, rule state-description-last-speaker: the sentence before has no named subject (`"...,"
        // he said.`, `Asked about X, the Wisconsin Republican said` after `Still, in a sign of ..., Mr. Dorn
        // declined`): the person who spoke last, within the same reach
        Speaker prev = LastSpeakers.before(d, ms);
        return prev != null && prev.kind() == SpeakerKind.PERSON && ms - prev.ms() <= REACH && full(prev.name())
                ? prev.name() : null;
    }

    /**
     * Rule age-description-new-person (session lead48): the subject of the sentence before, named there in full for
     * the first time (`Dunmere captain Kofi Asante, who scored the winner, was less diplomatic. "...," the
     * 31-year-old said`): a story introduces whom its next description quotes, so this person goes before the one who
     * spoke last; else null.
     */
    String introducedTopic(int ms) {
        Speaker topic = pronouns.previousSentenceSubject(ms, '?');
        return topic != null && ms - topic.ms() <= REACH && full(topic.name()) && !named(topic.name(), topic.ms(), 1, false)
                ? topic.name() : null;
    }

    /**
     * Session n67d, rule description-introduced-person: `Ivo Senn, who was on the ferry with his sons, told how they
     * escaped. "...," the Tallinn-based businessman said`: a story names a new person in full as a sentence's subject
     * and quotes them next under a description of their trade ({@link #PERSON_NOUNS}, {@link #TRADE_NOUNS}), as it
     * does with an age (rule age-description-new-person). {@link #antecedent} first (someone the story was about);
     * else that newly introduced person, when the head's gender does not conflict; else null.
     */
    String tradeAntecedent(int a, int end, int ms) {
        String meant = antecedent(a, end, ms);
        if (meant != null) {
            return meant;
        }
        String head = d.toks.get(end).low;
        Tok after = end + 1 < d.toks.size() ? d.toks.get(end + 1) : null;
        if (after != null && (after.low.equals("of") || after.low.equals("at") || after.low.equals("for"))) {
            return null; // `the chief executive of a rival airline`: a body's person, not the one just introduced
        }
        String introduced = introducedTopic(ms);
        introduced = introduced != null && onlyPersonBefore(introduced, ms) ? introduced : null; // not one of two
        char gender = head.endsWith("woman") || head.endsWith("ess") ? 'F' : head.endsWith("man") ? 'M' : '?';
        return introduced != null && (gender == '?' || !d.genders.conflicts(introduced, gender)) ? introduced : null;
    }

    /** Whether the sentence before the one at ms names no person but this one (`A and B shared the prize`: two). */
    private boolean onlyPersonBefore(String person, int ms) {
        int si = d.toks.get(d.tokenAt(ms)).sent;
        if (si == 0) {
            return false;
        }
        int from = d.toks.get(d.sentStart[si - 1]).s, to = d.toks.get(d.sentStart[si]).s;
        String last = person.substring(person.lastIndexOf(' ') + 1);
        for (int k = d.names.mentionBefore(to); k >= 0 && d.names.mentionPos.get(k)[0] >= from; k--) {
            String other = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && other != null
                    && !other.equals(last) && !other.endsWith(" " + last)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the person may be the one the description with this head means. */
    private boolean fits(String meant, String head, int ms) {
        // someone the article is about is named more than once before: a description does not stand for a
        // commentator named once (`Trump ... "...," said Ari Fleischer. The businessman said` is Trump)
        if (!named(meant, ms, 2, false) && !(named(meant, ms, 1, true) && inHeadline(meant))) {
            return false;
        }
        char gender = head.endsWith("woman") || head.endsWith("ess") ? 'F' : head.endsWith("man") ? 'M' : '?';
        if (gender != '?' && d.genders.conflicts(meant, gender)) {
            return false; // `the New York businessman` is not the woman quoted last
        }
        boolean office = RoleWords.ROLES.contains(head) && !DESCRIPTIVE.contains(head);
        // `the judge`, `the moderator` are seldom whom the story is about; `the senator` is not whom the article
        // called a campaign chairman
        return !office || OFFICES.contains(head) && !d.titles.holdsOther(meant, head, DESCRIPTIVE);
    }

    /**
     * Whether a person with this name's last word is named at least so many times before a position, within the reach
     * pronouns look back (an article's length): bounded, so that a long text of descriptions stays linear.
     */
    private boolean named(String name, int before, int times, boolean inBody) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int n = 0;
        for (int k = d.names.mentionBefore(before); k >= 0 && n < times; k--) {
            if (d.names.mentionPos.get(k)[0] < before - MENTION_REACH) {
                break;
            }
            String other = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()
                    && (other.equals(last) || other.endsWith(" " + last))
                    && (!inBody || d.toks.get(d.tokenAt(d.names.mentionPos.get(k)[0])).para > 0)) {
                n++;
            }
        }
        return n >= times;
    }

    /**
     * Rule description-headline-person (lead, 2026-12-04): a person whose last name the headline carries (`Holt Says
     * Plan Is Dead`, then `Anna Holt doubts ... In an interview, the mayoral candidate said`) is whom the article is
     * about when the body has named her once (a headline's capitalised run that the body never names, `Tim Allen Just
     * Got`, `New Polls Show Gaps`, is no one). The headline:
     * a first paragraph of at most 25 words, in a text of several paragraphs.
     */
    private boolean inHeadline(String name) {
        if (d.paraCount < 2) {
            return false;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int words = 0;
        for (Tok t : d.toks) {
            if (t.para != 0 || t.type == WORD && ++words > 25) {
                return false;
            }
            if (t.type == WORD && (t.text.equals(last) || Words.endsWithPossessive(t)
                    && t.text.startsWith(last) && t.text.length() <= last.length() + 2)) {
                return true;
            }
        }
        return false;
    }

    /** A name of two or more words, capitalised, without a title alone: `Hillary Clinton`, not `President`. */
    private static boolean full(String name) {
        return name != null && name.contains(" ") && SpeakerNames.isName(name, SpeakerKind.PERSON)
                && Character.isUpperCase(name.codePointAt(0));
    }
}
