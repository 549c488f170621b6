package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n50b, rule epithet-topic: news writing calls the person a story is about by an epithet no list of titles
 * holds (`the former steelworker`, `The record setter`, `the 35-year-old veteran forward`, `The former teacher, who
 * ...`): a definite description of one person, its head a noun for a doer (`-er`, `-or`, `-ist`, `-ian`) or a
 * person or trade word, with a lower-case word before the head, that the text gives nobody else. It stands for the
 * person the passage is about: the last speaker or the subject of the sentence before, whichever came later, when
 * named in full and at least twice. Not a bare noun (`the announcer`, `the narrator`: mostly someone else the story
 * meets), a name's modifier (`the Christie supporter`), an organisation's kind (`the lender`), an unnamed source
 * (`the official`, `the driver`), a word the text uses before (someone else may be given it), or a plural; a role
 * (`the striker`) only with an age or a past (n72d, {@link PastOfficeEpithets}: `the then Kestrel boss`). Nobody
 * fits: the description stays. Session n57b: modifiers of origin (`the Canadian-born German citizen`), a descendant
 * noun with `of` (`the granddaughter of the founder`), `the former X turned Y`; with nobody near, the story's leading
 * person ({@link StoryActors#leader}, {@link StoryActors#firstPerson}). */
final class EpithetTopics {
    /** How far back (in characters) the person the epithet refers to may be named: a few paragraphs. */
    private static final int REACH = 1500;
    /** How far back the story's person is counted: an article's length. */
    private static final int STORY_REACH = 20_000;
    /** Endings of nouns for a doer: `striker`, `curator`, `unionist`, `historian`. */
    private static final List<String> DOER_ENDINGS = List.of("er", "or", "ist", "ian");
    /** Doer nouns that name things or bodies (`the order`, `the paper`, `the number`), never a person. */
    private static final Set<String> THINGS = Lexicon.words("""
            order paper number letter matter border corner center water power poster monitor sector factor
            operator provider carrier partner member minor major motor mirror error meter counter trailer quarter
            chapter theater theatre computer other another together answer""");

    /**
     * Session n57b, rule descendant-of-epithet: relation nouns that describe the story's person by an ancestor or a
     * forebear (`the granddaughter of the founder`, `the son of a fisherman`); with `of` and no name after it.
     */
    private static final Set<String> DESCENDANTS = Lexicon.words("son daughter grandson granddaughter nephew niece heir");
    /** Session n57b: person nouns of an epithet without a doer ending (`the Canadian-born German citizen`). */
    private static final Set<String> PERSON_HEADS = Lexicon.words("citizen veteran native cleric");
    /** Session n57b: countries written by their letters before a person noun (`the UK citizen`, `the US-born`). */
    private static final Set<String> COUNTRY_LETTERS = Lexicon.words("uk us u.s. usa uae");

    private EpithetTopics() {
    }

    /** The person the description [a, end] means, or the unresolved speaker as before. */
    static Speaker speaker(Doc d, SpeakerResolver resolver, PronounResolver pronouns, int a, int end, int ms, int me,
            String mention, SpeakerKind kind) {
        int head = end;
        for (int k = end - 1; k > a; k--) { // n57b: `the former boxer turned city councillor`: a boxer's epithet
            head = d.toks.get(k).low.equals("turned") && !d.toks.get(k - 1).cap ? k - 1 : head;
        }
        int from = a;
        while (head < end && from > 0 && from > a - 2 && (d.toks.get(from - 1).low.equals("former")
                || d.toks.get(from - 1).low.equals("the"))) {
            from--; // the office reading left `The former` out of the mention
        }
        String person = applies(d.toks, from, head) ? person(d, resolver, pronouns, head, ms)
                : PastOfficeEpithets.person(d, pronouns, from, head, ms); // n72d: `the former Varland skipper`
        return person != null ? new Speaker(ms, me, mention, person, SpeakerKind.PERSON, null)
                : new Speaker(ms, me, mention, resolver.cleanCommon(a, end), kind, null);
    }

    /** `the [words] head` of one person, the head no word the text wrote before. */
    private static boolean applies(List<Tok> toks, int a, int end) {
        if (rank(toks, a, end)) {
            return true; // n52b: `The world No. 2 added`
        }
        Tok head = toks.get(end);
        String w = head.low;
        if (end <= a || end - a > 5 || !toks.get(a).low.equals("the") || head.cap || head.type != Tok.WORD
                || w.endsWith("s") || Lexicon.ANON_NOUNS.contains(w) || AgeDescriptions.ONE_PERSON.contains(w)
                || Lexicon.ORG_NOUNS.contains(w) || Lexicon.DOC_NOUNS.contains(w) || OrganisationKinds.isKind(w)
                || THINGS.contains(w) || w.endsWith("over")) { // `The twelve-month changeover`
            return false;
        }
        boolean aged = false;
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || t.low.equals("and") || t.low.equals("or") || t.cap && !Demonyms.adjective(t.low) && !origin(t.low)
                    && !PlaceNatives.placeBefore(toks, k, end)) { // n61b: `the Sabah native`
                return false; // `the mayor's aide`, `the Christie supporter`: someone else's person
            }
            aged |= t.low.endsWith("-year-old");
        }
        boolean doer = w.length() > 4 && DOER_ENDINGS.stream().anyMatch(w::endsWith) || DefiniteDescriptions.PERSON_NOUNS.contains(w)
                || DefiniteDescriptions.TRADE_NOUNS.contains(w) || PERSON_HEADS.contains(w);
        boolean descendant = descendantOf(toks, end);
        if (!descendant && (end == a + 1 || (RoleWords.ROLES.contains(w) ? !aged : !doer))) {
            // `the announcer`, `the narrator`, `the author` bare: mostly someone else the story meets
            return false;
        }
        for (int k = a - 1; k >= 0 && toks.get(a).s - toks.get(k).s <= DefiniteDescriptions.MENTION_REACH; k--) {
            if (toks.get(k).low.equals(w) || toks.get(k).low.equals(w + "s")) {
                return false; // `Ana Ruiz, a gallery curator, ...`, `sprinters A and B`: the text gives the word to someone
            }
        }
        return true;
    }

    /** Numbers a ranking is written with: `No. 1`, `number one`, `No 3`. */
    private static final Set<String> RANK_NUMBERS = Lexicon.words("one two three four five six seven eight nine ten");

    /**
     * Rule rank-epithet (session n52b): `the world No. 1`, `The world number two`, `the women's world No. 3`: a sports
     * ranking held by one player, whom the story is about (any sport, any tour); the text does not give it to
     * another by name, or it would be a title the resolver read before.
     */
    static boolean rank(List<Tok> toks, int a, int end) {
        if (end - a < 3 || end - a > 5 || !toks.get(a).low.equals("the")) {
            return false;
        }
        Tok n = toks.get(end), no = toks.get(end - 1), world = toks.get(end - 2);
        boolean number = !n.text.isEmpty() && n.text.chars().allMatch(Character::isDigit) || RANK_NUMBERS.contains(n.low);
        return number && n.text.length() <= 3 && (no.low.equals("no") || no.low.equals("no.") || no.low.equals("number"))
                && world.low.equals("world");
    }

    /**
     * Session n57b: a capitalised modifier of origin in an epithet: `Canadian-born`, `Lagos-raised`, or a place or
     * country written as a word (`the UK citizen`); not a name's (`the Christie supporter`).
     */
    private static boolean origin(String low) {
        return low.endsWith("-born") || low.endsWith("-raised") || low.endsWith("-bred") || Lexicon.PLACES.contains(low)
                || COUNTRY_LETTERS.contains(low);
    }

    /** `the granddaughter of the founder`: a descendant noun with `of` and lower-case words after it (no name). */
    private static boolean descendantOf(List<Tok> toks, int end) {
        if (!DESCENDANTS.contains(toks.get(end).low) || end + 2 >= toks.size() || !toks.get(end + 1).low.equals("of")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(toks.size(), end + 6) && toks.get(k).type == Tok.WORD; k++) {
            if (toks.get(k).cap) {
                return false; // `the widow of Pavlo X`, `the son of the late X`: someone else's relation
            }
        }
        return toks.get(end + 2).type == Tok.WORD;
    }

    private static String person(Doc d, SpeakerResolver resolver, PronounResolver pronouns, int end, int ms) {
        Speaker prev = LastSpeakers.before(d, ms);
        Speaker topic = pronouns.previousSentenceSubject(ms, '?');
        String head = d.toks.get(end).low;
        char gender = head.endsWith("woman") || head.endsWith("ess") || head.endsWith("daughter") || head.equals("niece")
                ? 'F' : head.endsWith("man") || head.equals("son") || head.equals("grandson") || head.equals("nephew") ? 'M' : '?';
        String introduced = introduced(d, ms, gender);
        if (introduced != null) {
            return introduced; // n59a: `... a reader like Ana Ruiz, who cried. "...," said the gallery curator`
        }
        Speaker best = null;
        boolean near = false; // n57b: the sentence before's person (subject or speaker), even named once, not the leader
        for (Speaker sp : new Speaker[]{prev, topic, namedSpeaker(d, ms)}) {
            near |= sp != null && sp != prev && sp.kind() == SpeakerKind.PERSON && full(sp.name()) && ms - sp.ms() <= REACH;
            if (sp != null && sp.kind() == SpeakerKind.PERSON && (full(sp.name()) || oneName(d, sp.name())) && ms - sp.ms() <= REACH
                    && counted(d, sp.name(), ms) >= 2 && (best == null || sp.ms() > best.ms())
                    && SentenceOwnNames.fits(d, sp.name(), gender, ms)) { // n74b: not named in its own sentence
                best = sp;
            }
        }
        if (best == null && !near) {
            // n57b, rule epithet-story-leader: nobody nearer fits; the person the whole story names clearly most
            Speaker lead = StoryActors.leader(d, ms);
            String name = lead == null ? StoryActors.firstPerson(d, ms) : lead.kind() == SpeakerKind.PERSON ? lead.name() : null;
            return full(name) && SentenceOwnNames.fits(d, name, gender, ms) ? name : null;
        }
        return best == null ? null : best.name();
    }

    /**
     * n59a, rule epithet-introduced-person: news copy introduces a person by full name and quotes them in the next
     * sentence by an epithet (`Praise came from readers like Ana Ruiz, who cried at the news. "...," said the gallery
     * curator`): the one person the sentence before the quote is the first to name in the text, when that
     * sentence's subject is no other person (`Loy thanked her editor, Ben Marr. "...," the novelist said` is Loy's)
     * and the epithet's gender does not conflict; else null.
     */
    private static String introduced(Doc d, int ms, char gender) {
        int si = d.toks.get(d.tokenAt(ms)).sent, ps = si - 1;
        while (ps >= 0 && si - ps <= 4 && d.toks.get(d.sentStart[ps]).qrole != Tok.OUT) {
            ps--; // the sentences of a quote of several sentences
        }
        if (ps < 0 || si - ps > 4 || d.clauses == null || d.toks.get(d.tokenAt(ms)).para - d.toks.get(d.sentStart[ps]).para > 1) {
            return null; // no sentence of the text's own words just before
        }
        int ss = d.sentStart[ps], se = d.sentEnd[ps];
        String found = null;
        for (int k = d.names.mentionBefore(ms); k >= 0 && d.names.mentionPos.get(k)[2] >= ss; k--) {
            int[] mp = d.names.mentionPos.get(k);
            String name = d.names.mentionName.get(k);
            boolean person = mp[2] <= se && mp[1] == SpeakerKind.PERSON.ordinal();
            boolean introduces = person && full(name) && !namedBefore(d, name, ss) && !titled(d.toks, mp[2]); // not `President X`
            if (person && !introduces && !Words.endsWithPossessive(d.toks.get(mp[2]))
                    && (known(d, name) || name.indexOf(' ') < 0 && mp[2] > ss)) {
                return null; // `since X led them, according to Messi`, `with X and Y`: someone else the text knows
            }
            if (introduces) {
                if (found != null && !found.equals(name)) {
                    return null; // two people introduced: neither
                }
                found = name;
            }
        }
        int[] subj = found == null ? null : d.clauses.sentenceSubject(ss, se); // `He then pointed to X`: not X's
        found = subj != null && subj[0] == subj[1] && Lexicon.SUBJECT_PRONOUNS.contains(d.toks.get(subj[0]).low) ? null : found;
        for (int k = d.names.mentionBefore(ms); subj != null && k >= 0 && d.names.mentionPos.get(k)[2] >= ss; k--) {
            int at = d.names.mentionPos.get(k)[2];
            String other = d.names.mentionName.get(k); // a person the text knows, not a capitalised opener (`Praise`)
            if (found != null && at >= subj[0] && at <= subj[1] && d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()
                    && !found.equals(other) && (full(other) || d.names.lastNameToFull.containsKey(other))) {
                return null; // the sentence is about someone else, whom the epithet may describe
            }
        }
        return found != null && (gender == '?' || !d.genders.conflicts(found, gender)) ? found : null;
    }

    private static final Set<String> HONORIFICS = Lexicon.words("mr mrs ms miss dr the");

    /** Whether the name run at t opens with a title or a role, or follows one (`President X`, `the mayor X`). */
    private static boolean titled(List<Tok> toks, int t) {
        for (int k = Math.max(0, t - 1); k <= t; k++) {
            String w = toks.get(k).low.replace(".", "");
            if (RoleWords.isRole(toks.get(k)) || toks.get(k).cap && Lexicon.TITLES.contains(w) && !HONORIFICS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A person the text knows by name: a surname of a full name, a one-word name, a first name and more. */
    private static boolean known(Doc d, String name) {
        return d.names.lastNameToFull.containsKey(name) || oneName(d, name) || full(name)
                && PersonGenders.isFirstName(Lexicon.lower(name.substring(0, name.indexOf(' '))));
    }

    /** Whether a person mention before token t ends in the name's last word: the text met this person before. */
    private static boolean namedBefore(Doc d, String name, int t) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        for (int k = 0; k < d.names.mentionPos.size() && d.names.mentionPos.get(k)[2] < t; k++) {
            String other = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && (other.equals(last) || other.endsWith(" " + last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session n52b: the person the sentence before (or this one, before ms) has speak (`"...," Marabo said`, `said X`,
     * `according to X`), whose statement a later sieve may not have stored yet when the epithet is read; else null.
     */
    static Speaker namedSpeaker(Doc d, int ms) {
        int sent = d.toks.get(d.tokenAt(ms)).sent;
        int from = d.sentStart.length == 0 ? Integer.MAX_VALUE : d.sentStart[Math.max(0, sent - 1)];
        for (int k = d.names.mentionBefore(ms); k >= 0 && d.names.mentionPos.get(k)[2] >= from; k--) {
            int[] mp = d.names.mentionPos.get(k);
            int e = mp[2];
            while (e + 1 < d.toks.size() && e - mp[2] < 4 && d.toks.get(e + 1).type == Tok.WORD && d.toks.get(e + 1).cap) {
                e++;
            }
            boolean after = e + 1 < d.toks.size() && d.cueLex.isCueTok(e + 1);
            boolean before = mp[2] > 0 && (d.cueLex.isCueTok(mp[2] - 1) || mp[2] > 1 && d.toks.get(mp[2] - 1).low.equals("to")
                    && d.toks.get(mp[2] - 2).low.equals("according"));
            if (mp[1] == SpeakerKind.PERSON.ordinal() && d.toks.get(mp[2]).qrole == Tok.OUT && (after || before)) {
                String name = d.names.mentionName.get(k);
                return new Speaker(mp[0], mp[0], name, name, SpeakerKind.PERSON, null);
            }
        }
        return null;
    }

    /** How many person mentions before ms end in the name's last word. */
    private static int counted(Doc d, String name, int ms) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int n = 0;
        for (int k = d.names.mentionBefore(ms); k >= 0 && d.names.mentionPos.get(k)[0] >= ms - STORY_REACH && n < 2; k--) {
            String other = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && (other.equals(last) || other.endsWith(" " + last))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Rule epithet-one-name (session n52b): a person the text names by one word only, as stories do with leaders,
     * players and artists known so (`Marabo said ... the former dockworker said`): a capitalised word of the name index
     * that no full name of the text ends or starts with, to which the text gives a gender (`his`, `she` by the name),
     * which a firm's or a place's one word has not.
     */
    private static boolean oneName(Doc d, String name) {
        return name != null && !name.isEmpty() && name.indexOf(' ') < 0 && Character.isUpperCase(name.codePointAt(0))
                && SpeakerNames.isName(name, SpeakerKind.PERSON) && !d.names.lastNameToFull.containsKey(name)
                && !d.names.firstNameToFull.containsKey(name) && d.genders.of(name) != null;
    }

    private static boolean full(String name) {
        return name != null && name.contains(" ") && SpeakerNames.isName(name, SpeakerKind.PERSON)
                && Character.isUpperCase(name.codePointAt(0));
    }
}
