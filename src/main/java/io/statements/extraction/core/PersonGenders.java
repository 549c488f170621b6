package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;

/**
 * Grammatical gender of the persons an article names, for pronoun agreement ("she" is not "Daniel Reyes"): from an
 * honorific or a gendered title before the name (Mrs., Mr., spokeswoman, congressman), else from a short list of
 * common first names. Unknown when neither says; an unknown person agrees with every pronoun.
 */
final class PersonGenders {

    private static final Set<String> FEMALE_TITLES = Lexicon.words("""
            mrs mrs. ms ms. miss madam madame lady dame queen princess spokeswoman chairwoman congresswoman
            councilwoman businesswoman sister mother wife daughter grandmother actress""");
    private static final Set<String> MALE_TITLES = Lexicon.words("""
            mr mr. sir lord king prince spokesman chairman congressman councilman businessman brother father
            husband son grandfather actor""");
    private static final Set<String> FEMALE_NAMES;
    private static final Set<String> MALE_NAMES;
    /** Both lists as one, for {@link #isFirstName}: one look-up where most words are in neither. */
    private static final Set<String> FIRST_NAMES;
    private static final Set<String> FEMALE_NAMES_US = Lexicon.words("""
            mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra
            ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia
            kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
            rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
            christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann
            teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
            beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla wendy
            hillary nikki kamala nancy elena sonia ruth susan marta priya lucia jane angela theresa ursula
            christine giorgia marine kirsten elise nadia fatima aisha mei yuki ingrid sofia clara eva irina olga
            natasha svetlana greta ines paula claudia silvia monica valerie sylvie isabelle chloe ella lily
            chelsea melania ivanka megyn huma kellyanne debbie carly loretta jill dianne patty maxine tulsi katie
            kate""");
    private static final Set<String> MALE_NAMES_US = Lexicon.words("""
            james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony
            mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
            ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory
            alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary
            peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur
            lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah
            randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mitch chuck marco ted
            mike rand lindsey newt reince sean vladimir sergei dmitri igor emmanuel boris xi benjamin
            recep ali omar ahmed mohammed muhammad hassan ibrahim jonas ben tom lars hans klaus pierre jean-claude
            francois luis carlos miguel pedro diego javier antonio giuseppe marco luca matteo hiroshi kenji
            bill jeb jeff rick harry tim steve jim greg ron ken ray trey dick corey""");

    static {
        // rule both-gender-first-names (n60b): a name in both lists is of no gender the lists tell
        FEMALE_NAMES = Lexicon.union(Lexicon.union(FEMALE_NAMES_US, WorldFirstNames.FEMALE), WorldFirstNames.BOTH);
        MALE_NAMES = Lexicon.union(Lexicon.union(MALE_NAMES_US, WorldFirstNames.MALE), WorldFirstNames.BOTH);
        FIRST_NAMES = Lexicon.union(FEMALE_NAMES, MALE_NAMES);
    }


    /** The two title lists as one map (one look-up a token); a word in both lists is female, as it was. */
    static final Map<String, Character> TITLE_GENDERS = new HashMap<>();

    static {
        MALE_TITLES.forEach(w -> TITLE_GENDERS.put(w, 'M'));
        FEMALE_TITLES.forEach(w -> TITLE_GENDERS.put(w, 'F'));
    }

    private final Doc d;
    private final NameIndex names;
    private final Map<String, Character> byTitle = new HashMap<>();
    private final Set<String> jobTitled = new java.util.HashSet<>();
    private PronounGenders byPronoun; // built on the first question no list or title answers

    PersonGenders(Doc d) {
        this.d = d;
        this.names = d.names;
        List<Tok> toks = d.toks;
        for (int i = 0; i + 1 < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT || !t.has(WordBits.GENDERED_TITLE)) {
                continue; // most words: a bit, not a look-up
            }
            Character gender = TITLE_GENDERS.get(t.low);
            if (gender != null) {
                String name = d.titles.personAt(i + 1);
                if (name == null && toks.get(i + 1).cap) {
                    Name nm = names.classify(i + 1, i + 1); // `Mrs. Holt`: the last name stands for the person
                    name = nm == null || nm.kind != SpeakerKind.PERSON ? null : nm.canonical;
                }
                if (name != null) {
                    byTitle.putIfAbsent(name, gender);
                    if (t.low.endsWith("man")) {
                        jobTitled.add(name); // `spokesman Hope Hicks`: a -man title some outlets give women too
                    }
                }
            }
        }
    }

    /** 'F', 'M' or null when unknown. */
    Character of(String person) {
        if (person == null) {
            return null;
        }
        Character g = byTitle.get(person);
        if (g != null) {
            return g;
        }
        int space = person.indexOf(' ');
        String first = lower(space < 0 ? person : person.substring(0, space));
        boolean f = FEMALE_NAMES.contains(first), m = MALE_NAMES.contains(first);
        return f == m ? byPronoun(person) : Character.valueOf(f ? 'F' : 'M');
    }

    /** Session names42: the article's own `she` or `his` next to the name, asked when no list or title tells. */
    private Character byPronoun(String person) {
        if (byPronoun == null) {
            byPronoun = new PronounGenders(d);
        }
        return byPronoun.of(person);
    }

    /** 'F' or 'M' for a gendered honorific or title (`mrs.`, `mr.`), else null. */
    static Character ofTitle(String low) {
        return TITLE_GENDERS.get(low);
    }

    /** 'F' or 'M' for a common first name of one gender, else null. */
    static Character ofFirstName(String low) {
        boolean f = FEMALE_NAMES.contains(low), m = MALE_NAMES.contains(low);
        return f == m ? null : f ? 'F' : 'M';
    }

    /** A common first name (`hillary`, `ted`): a headline's run that opens with one is a clean name. */
    static boolean isFirstName(String low) {
        return FIRST_NAMES.contains(low);
    }

    /** Whether the person's known gender may rest on a `-man` title alone (`spokesman`): no first name says. */
    boolean onlyByJobTitle(String person) {
        if (person == null || !jobTitled.contains(person)) {
            return false;
        }
        int space = person.indexOf(' ');
        return ofFirstName(lower(space < 0 ? person : person.substring(0, space))) == null;
    }

    /** True when the person's gender is known and is not {@code want}. */
    boolean conflicts(String person, char want) {
        Character g = of(person);
        return g != null && g != want;
    }

    /** How far back (in characters) {@link #lastNotConflicting} looks: about the paragraphs around a pronoun. */
    private static final int UNKNOWN_GENDER_REACH = 3000;

    /**
     * Session names26, rule pronoun-gender-unknown: for a `she` whose last speaker is a man, when no woman is named
     * with a known first name (`Dale said ... Reyes took offense when Zorya Kell ... She told the paper`: `Zorya` is in no
     * list), the last person named (in full, or by a last name the text gives in full) within {@link
     * #UNKNOWN_GENDER_REACH}, in the body, whose gender is not known to be the other and whose last name the text
     * gives a person twice (a character of the story, not `Dirty Dancing` on a poster); null when none (the man
     * stays: a title may have given a woman the wrong gender, `spokesman Hope Hicks`).
     */
    String lastNotConflicting(char want, int before) {
        for (int k = names.mentionBefore(before); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < before - UNKNOWN_GENDER_REACH) {
                return null;
            }
            String name = names.mentionName.get(k);
            name = name != null && name.indexOf(' ') < 0 ? names.lastNameToFull.get(name) : name; // `Kelly`
            if (mp[0] < before && mp[1] == SpeakerKind.PERSON.ordinal() && name != null && name.indexOf(' ') > 0
                    && !conflicts(name, want) && !PersonAntecedents.nonPerson(name) && !name.endsWith(".")
                    && d.toks.get(d.tokenAt(mp[0])).para > 0 && (namedTwice(name, k) || near(mp[0], before))) {
                return name;
            }
        }
        return null;
    }

    /** Rule pronoun-gender-unknown-near (n60b): named once, but in the pronoun's paragraph or the one before. */
    private boolean near(int at, int before) {
        return d.toks.get(d.tokenAt(before)).para - d.toks.get(d.tokenAt(at)).para <= 1;
    }

    /** Whether the last word of the name at mention k names a person at another mention within the reach too. */
    private boolean namedTwice(String name, int k) {
        String last = GenerationalSuffixes.surname(name); // n76c: `Tan` of `Filemon Tan Jr.`
        int from = names.mentionPos.get(k)[0];
        for (int j = k - 1; j >= 0 && names.mentionPos.get(j)[0] >= from - UNKNOWN_GENDER_REACH; j--) {
            String other = names.mentionName.get(j);
            if (names.mentionPos.get(j)[1] == SpeakerKind.PERSON.ordinal() && other != null
                    && (other.equals(last) || other.endsWith(" " + last))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names32, rule pronoun-gender-of-speaker: `Ferrante was unmoved. "...," he told reporters. She later hit
     * back. "...," she said`: the last speaker, of no gender the names or titles tell, was last quoted as `he`, so a
     * `she` (and a `he` after a `she`) is not them but the last person named whose gender is known to agree, in the
     * pronoun's paragraph or the three before it (session names42: two ministers quoted in turn put the woman three
     * up), with no person of unknown gender named after them; null when the rule does not apply or no such person is
     * named.
     */
    String overOppositePronounSpeaker(Speaker prev, char want, int ms) {
        String was = prev == null ? null : prev.mention();
        if (was == null || !(want == 'F' && was.equalsIgnoreCase("he") || want == 'M' && was.equalsIgnoreCase("she"))
                || prev.kind() != SpeakerKind.PERSON || prev.name() == null || of(prev.name()) != null) {
            return null; // the cheap test first: most pronouns follow a speaker named by name
        }
        int para = d.toks.get(d.tokenAt(ms)).para;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (d.toks.get(d.tokenAt(mp[0])).para < para - 3) {
                return null; // a woman named three paragraphs up is no longer the story's `she`
            }
            String name = names.mentionName.get(k);
            if (mp[0] >= ms || mp[1] != SpeakerKind.PERSON.ordinal() || name == null || name.equals(prev.name())
                    || PersonAntecedents.nonPerson(name)) {
                continue;
            }
            Character g = of(name);
            if (g == null) {
                return null; // `Marvin Roffman learned that after he ...`: someone nearer whose gender no list tells
            }
            if (g == want) {
                return name;
            }
        }
        return null;
    }

    /** The last person named before a position whose gender is known to be {@code want}, within 20,000 chars. */
    String lastAgreeing(char want, int before) {
        for (int k = names.mentionBefore(before); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < before - 20000) {
                return null;
            }
            String name = names.mentionName.get(k);
            // session names33, rule pronoun-not-place-or-event: `Virginia` among the states a candidate won is no woman
            if (mp[1] == SpeakerKind.PERSON.ordinal() && Character.valueOf(want).equals(of(name))
                    && !PersonAntecedents.nonPerson(name)) {
                return name;
            }
        }
        return null;
    }
}
