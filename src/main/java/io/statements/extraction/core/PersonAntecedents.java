package io.statements.extraction.core;

import java.util.Set;

/** Names that `he` or `she` cannot stand for, for {@link PronounResolver} (split out of it by concern). */
final class PersonAntecedents {
    private PersonAntecedents() {
    }

    /**
     * Session names18: a speaker name `he` or `she` cannot stand for: a place or state abbreviation (`Md.`, a region)
     * or one plural word for a party or a people (`Democrats`, `Republicans`, `Americans`, `Conservatives`).
     */
    static boolean noOne(String name) {
        if (name == null) {
            return false;
        }
        name = GenerationalSuffixes.withoutSuffix(name); // n76c: `Filemon Tan Jr.` is someone
        if (Lexicon.isRegion(name) || Lexicon.PLACES.contains(Lexicon.lower(name)) || name.endsWith(".")) {
            return true;
        }
        return name.indexOf(' ') < 0 && Character.isUpperCase(name.charAt(0)) && (name.endsWith("ans")
                || name.endsWith("ats") || name.endsWith("ists") || name.endsWith("ives"));
    }

    /**
     * Last words of several-word names that are no person's: a street, a city, an event, a firm, a body; a watchdog
     * (`Judicial Watch`, session names23); a contest (`World Cup`, `Olympic Games`, `Grand Prix`: n63b, rule
     * pronoun-not-contest, `the 1996 World Cup winning captain` is no `he`).
     */
    private static final Set<String> NON_PERSON_ENDS = Lexicon.words("""
            street avenue road square boulevard city county states debates debate train festival rally convention
            llc fair parade march summit conference republicans democrats conservatives liberals progressives
            americans elks voters supporters watch cup games olympics championship championships tournament trophy
            prix""");

    /** First words of days that are no one's name (`Election Day`, `Memorial Day`). */
    private static final Set<String> HOLIDAYS = Lexicon.words("""
            election primary caucus inauguration labor memorial independence veterans presidents christmas
            thanksgiving easter""");

    /**
     * Session names33, rule pronoun-not-place-adjective: a place's adjective alone (`the Mediterranean`, `a South
     * Korean-born teacher`) that the name index took for a person's; no word that is also a common surname.
     */
    private static final Set<String> PLACE_ADJECTIVES = Lexicon.words("""
            mediterranean korean european african asian american mexican canadian russian chinese syrian iraqi
            iranian israeli palestinian saudi japanese pakistani afghan turkish cuban latino hispanic caribbean""");

    private static final Set<String> COMPASS = Lexicon.words("south north east west latin central");

    /** Event words that name no one even alone (`the Democratic National Convention` indexed as `Convention`). */
    private static final Set<String> ONE_WORD_EVENTS = Lexicon.words("convention debate debates rally summit conference");

    /**
     * Session names33, rule pronoun-not-place-or-event: one word the name index took for a person's that is a US
     * state or a place (`Virginia` in `won Georgia, Virginia and Alabama`, a woman's name as well) or an event
     * (`Convention`): `she` after a list of primaries won is the winner, not a state.
     */
    private static boolean oneWordNonPerson(String name) {
        String low = Lexicon.lower(name);
        return name.length() == 1 || ONE_WORD_EVENTS.contains(low) // n63e: `X`, the platform, is no one || PLACE_ADJECTIVES.contains(low) || Lexicon.isRegion(name)
                || Lexicon.PLACES.contains(low)
                || low.equals(States.full(name)); // `Georgia`, `Virginia`: the state's full name, not `Ga.`
    }

    /** Organisation words that are also last names: `Frank Church`, `Edward House`. */
    private static final Set<String> SURNAME_LIKE = Lexicon.words("press church house post court guard");

    /**
     * Session names20: `he`/`she` need a person: a several-word name ending in a street, place, event or body word
     * (`Wall Street`, `Presidential Debates`, `Ben Carson campaign`) or a plural people word (`Some Republicans`,
     * `New Hampshire Elks`) is none when the name index took it for a person's (an organisation that spoke keeps
     * its reading: `the ministry said ... He said` may be its spokesman).
     */
    static boolean nonPerson(String name) {
        name = GenerationalSuffixes.withoutSuffix(name); // n76c: `Filemon Tan Jr.` is judged as `Filemon Tan`
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        if (sp < 0) {
            return name != null && oneWordNonPerson(name);
        }
        String last = Lexicon.lower(name.substring(sp + 1));
        if (OfficeRuns.is(name, last) || PlaceMentions.placeName(name, sp, last)) { // n63e, rule pronoun-not-named-place
            return true; // n59c, rule pronoun-not-office-or-place: `Chief Executive Officer`, `Best Actor`, `Sierra Leone`
        }
        if (PLACE_ADJECTIVES.contains(last) && name.indexOf(' ') == sp
                && COMPASS.contains(Lexicon.lower(name.substring(0, sp)))) {
            return true; // session names33: `South Korean`, `North African`: an adjective, not `David French`
        }
        if (last.equals("day")) { // session names33: `Election Day`, `Labor Day`; `Kristen Day` is a woman
            return HOLIDAYS.contains(Lexicon.lower(name.substring(0, name.indexOf(' '))));
        }
        return NON_PERSON_ENDS.contains(last) || Lexicon.ORG_WORDS.contains(last) && !SURNAME_LIKE.contains(last);
    }

    /**
     * Session names32, rule it-named-body: `Human Rights Watch accused ... "...," it said`, `Doctors Without Borders
     * said ... "...," it said`: with no organisation named, an `it` speaks for the last speaker when that is a
     * capitalised name of two words or more, just before (1,000 characters), that no first name or title genders and
     * no pronoun named (a body the lists do not know, which the text itself calls `it`). Rule it-not-titled-person
     * (session lead48): a title or trade before the name (`said farmer Made Suarta`, `lead author Ines Marrow`) made
     * it a person's, whom no `it` stands for.
     */
    static boolean unknownNamedBody(Speaker prev, PersonGenders genders, int ms) {
        if (prev == null || prev.kind() != SpeakerKind.PERSON || prev.name() == null || ms - prev.ms() > 1000
                || prev.mention() == null || Lexicon.SUBJECT_PRONOUNS.contains(Lexicon.lower(prev.mention()))) {
            return false;
        }
        int at = prev.mention().lastIndexOf(prev.name());
        for (String w : at > 0 ? prev.mention().substring(0, at).split(" ") : new String[0]) {
            String low = Lexicon.lower(w);
            if (Lexicon.TITLES.contains(low) || RoleWords.ROLES.contains(low) || NameDescriptors.isTrade(low)) {
                return false;
            }
        }
        String[] words = prev.name().split(" ");
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return words.length >= 2 && genders.of(prev.name()) == null && !PersonGenders.isFirstName(Lexicon.lower(words[0]));
    }

    /**
     * Session names35, rule campaign-candidate-pronoun: the candidate of a campaign that spoke last (`Ida Marsh
     * campaign`, as `her campaign` resolves), whom a following `he`/`she` means (`Her campaign sent an email ...
     * On Thursday, she hedged`): the campaign's name without `campaign` when it is a person's full name; else null.
     */
    static String campaignCandidate(Speaker prev) {
        if (prev == null || prev.kind() != SpeakerKind.ORGANIZATION || prev.name() == null
                || !prev.name().endsWith(" campaign")) {
            return null;
        }
        String owner = prev.name().substring(0, prev.name().length() - " campaign".length());
        return owner.contains(" ") && PersonGenders.isFirstName(Lexicon.lower(owner.substring(0, owner.indexOf(' '))))
                ? owner : null;
    }

    /** Session names23: whether an organisation's name has a news word (`Coastal News Network`, `Fox News`). */
    static boolean outlet(String name) {
        if (name == null) {
            return false;
        }
        for (String w : Lexicon.lower(name).split(" ")) {
            if (Lexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names25, rule group-not-over-subject: the last speaker {@code prev} is people described (`an Iowa voter
     * asked if she might ...`, a group or an unnamed source) inside the sentence {@code sentence}, whose subject the
     * pronoun resolver found: a `he` or `she` after it means that named subject, not the later description.
     */
    static boolean describedIn(Doc d, Speaker prev, int sentence) {
        return sentence >= 0 && (prev.kind() == SpeakerKind.GROUP || prev.kind() == SpeakerKind.ANONYMOUS)
                && prev.ms() >= d.toks.get(d.sentStart[sentence]).s && prev.ms() < d.toks.get(d.sentEnd[sentence]).e;
    }

    /** How far before an organisation that spoke last (in characters) a person named takes `he`/`she` over it. */
    static final int PERSON_OVER_ORGANISATION = 1000;

    /**
     * Whether `he`/`she` ({@code want} 'M'/'F') is the organisation {@code prev} that spoke last, after the last person
     * named ({@code person} at {@code personPos}; -1 when none). Session n52c, rule he-person-over-organisation: `Union
     * leader X addressed the dockers. The union said ... "...," he said`, `Y, director of the Z PAC, said ... "...,"
     * she said`: a person whose gender the text makes the pronoun's (a first name, a title, an honorific), named within
     * {@link #PERSON_OVER_ORGANISATION} before the organisation, is the pronoun, not the body; a capitalised run of no
     * known gender (a craft's name) leaves the ministry to speak by its spokesman (names23).
     */
    static boolean organisationOver(Doc d, Speaker prev, String person, int personPos, char want) {
        if (prev == null || prev.kind() != SpeakerKind.ORGANIZATION || prev.ms() <= personPos) {
            return false;
        }
        return person == null || personPos < 0 || prev.ms() - personPos > PERSON_OVER_ORGANISATION
                || !Character.valueOf(want).equals(d.genders.of(person));
    }
}
