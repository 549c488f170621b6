package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule possible-speaker (session n76a): a speaker is someone who can say something. A sieve that read its speaker off
 * the wrong phrase (`"...," a conclusion he drew`, `a move to avoid conflict`, `The news was announced by X`, `In an
 * interview shortly before, he said`) hands users a speaker named `conclusion`, `move`, `news` or `interview
 * shortly`. Such a description names no person, group, body or document: its head noun is none of the project's
 * person, role, body or document nouns and has no agent ending (`-er`, `-or`, `-ist`, `-ian`). The quote then falls
 * through to the next sieve ({@link QuoteAttributor}, as for {@link ImpossibleSpeakers}), which may read the speaker
 * the text does name; when none does, the first decision keeps its mention (PolNeAR's source: `The piece says`)
 * without the name. The last speaker a pronoun or a continuation falls back to ({@link LastSpeakers}) is the last
 * that can speak. A proper name (a capital in any word) is never judged here, nor a quantifier or pronoun (`one`,
 * `someone`: the text's own vague source), nor a document, a body or a group (`the report`, `the jury`).
 */
final class PossibleSpeakers {

    /**
     * Heads the other lexicons lack that name people, groups, bodies or documents (`the crowd`, `the defence`, `a
     * gymnast`, `the film`, `the results`), and quantities and pronouns that are a vague source (`one`, `a third`).
     */
    private static final Set<String> GROUPS = Lexicon.words("""
            crowd crowds public audience family families staff jury panel side sides camp prosecution defence defense
            opposition majority minority media press people men women children kids youth youths couple trio pair duo
            household clan tribe community communities class delegation mission troops rebels militants police
            military electorate citizens residents everyone anyone someone somebody anybody everybody nobody one ones
            others another both all many most some few several each either neither none star mogul champion rival
            liberal advocate figure conglomerate adult individual surrogate superdelegate suspect criminal guy guest
            fan foe ally enemy boss nurse novice neurosurgeon gymnast architect magnate heavyweight green hand head
            inquest inquiry hearing junta outfit industry kingdom country state nation band cast accused co-op
            nonprofit non-profit tabloid documentary film movie clip biography publication results returns analyses
            figures tally polling projection research findings third three-fourths two-thirds millions thousands more
            lot rest half percent percentage proportion slew array flurry batch heaps him them what who pilot cook
            chef nun monk priest poet twin cop vet teen victim mum mom dad bride groom hero icon legend athlete crew
            squad club telco brand label studio outlet watchdog citation obituary tribute verdict body hospital school
            college church bank league presidency premiership chancellery palace secretariat directorate
            prefecture monarchy consulate embassy""");
    /** Agent endings of person nouns (singular or plural): reporter, investigator, analyst, historian, migrant. */
    private static final String[] AGENT_ENDINGS = {"er", "or", "ist", "ian", "ant", "ent", "ee", "crat", "ive", "ic",
        "ess", "ier", "ar", "ine", "man", "ast", "people"};

    private PossibleSpeakers() {
    }

    /** True when the speaker is a description (no proper name) whose head noun cannot name who speaks. */
    static boolean cannotSpeak(Speaker sp) {
        if (sp == null || sp.name() == null || sp.name().isEmpty() || !Character.isLowerCase(sp.name().charAt(0))) {
            return false;
        }
        for (String w : SpeakerNames.SPACES.split(sp.name())) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return false; // `da Silva`, `state Commissioner for Health`: a name or title in it
            }
        }
        String head = ImpossibleSpeakers.head(sp.name());
        if (head == null || head.isEmpty() || possibleHead(head)) {
            return false;
        }
        for (String w : SpeakerNames.SPACES.split(sp.name())) { // `source close`, `manager involved`: cut later
            String word = Lexicon.lower(w).replaceAll("[,;:.]+$", "");
            if (!word.isEmpty() && possibleHead(word)) {
                return false;
            }
        }
        return true;
    }

    /** A head noun that may name a person, a group, a body or a document, in the singular or the plural. */
    static boolean possibleHead(String head) {
        String h = head.replace('\u2019', '\'');
        if (h.endsWith("'s") || h.endsWith("s'")) {
            return true; // a possessor (`the union's`): someone's
        }
        return known(h) || known(singular(h)) || agent(h) || agent(singular(h));
    }

    private static boolean known(String w) {
        return GROUPS.contains(w) || Lexicon.ANON_NOUNS.contains(w) || Lexicon.ORG_NOUNS.contains(w)
                || Lexicon.DOC_NOUNS.contains(w)
                || Lexicon.TITLES.contains(w) || RoleWords.ROLES.contains(w) || PersonHeadNouns.plain(w)
                || BodyKindNouns.is(w) || OrganisationKinds.isKind(w) || DocumentNouns.hasSynonyms(w)
                || Lexicon.SUBJECT_PRONOUNS.contains(w) || w.indexOf('-') > 0 && hyphened(w);
    }

    /** `45-year-old`, `ex-wife`, `co-founder`, `fact-checker`: a compound whose last part names someone. */
    private static boolean hyphened(String w) {
        String last = w.substring(w.lastIndexOf('-') + 1);
        return last.equals("old") || last.isEmpty() || known(last) || agent(last);
    }

    private static boolean agent(String w) {
        if (w.length() < 4) {
            return false;
        }
        for (String end : AGENT_ENDINGS) {
            if (w.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        if (w.endsWith("men")) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 2) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
