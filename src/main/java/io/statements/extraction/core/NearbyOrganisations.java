package io.statements.extraction.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Session n52b, rule org-noun-named-nearby: `the firm`, `the company`, `the organisation`, `the group` when no
 * organisation spoke before ({@link OrgAnaphora}'s last organisation speaker) and the text typed none by that noun is
 * the organisation named last in the mention's own sentence before it, or in the sentence before: `was banned by the X
 * Agency for what the organisation called "..."`, `customers told the Courier they were moving their savings out of
 * KTB. The firm, which ..., calls itself the "..."`. A reader takes the organisation just named; a farther one (a
 * paragraph back, where a school or a department may stand between) stays out, as does an organisation of another
 * type (`the firm` is not the newspaper the founders told), a place, and an organisation named inside a quote.
 */
final class NearbyOrganisations {
    /** Nouns for any organisation, whatever its name says (`the company` is Maersk); also {@link OrgAnaphora}'s. */
    static final Set<String> HEADS = Lexicon.words("company firm group organization organisation");
    /** Words before a one-word name that make it a modifier (`the Eastbrook plant`), not a firm named. */
    private static final Set<String> MODIFIED = Lexicon.words("the a an its his her their our");
    /** A company is not an agency, a union or a federation the text named (`the firm` after a regulator). */
    private static final Set<String> COMPANIES = Lexicon.words("company firm");

    private NearbyOrganisations() {
    }

    /** The organisation `the head` at token a (text offset ms) stands for, or null. */
    static String find(Doc d, int a, int end, String head, int ms) {
        // n66b: `the Dutch firm` is the story's firm, never the one just named (which may be of another country)
        boolean national = end == a + 2 && d.toks.get(a + 1).cap && Demonyms.adjective(d.toks.get(a + 1).low);
        if (!HEADS.contains(head) || end != a + 1 && !national || d.sentStart.length == 0) { // not `the combined company`
            return null;
        }
        int sent = d.toks.get(a).sent;
        int from = national ? Integer.MAX_VALUE : d.sentStart[Math.max(0, sent - 1)];
        for (int k = d.names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = d.names.mentionPos.get(k);
            if (mp[2] < from) {
                break;
            }
            String name = d.names.mentionName.get(k);
            if (COMPANIES.contains(head) && TypedOrgAntecedents.otherType(name, head)) {
                continue;
            }
            if (organisation(d, mp, name, false)) {
                return name;
            }
        }
        String story = storyOrganisation(d, head, ms);
        return story != null ? story : StoryOrganisations.find(d, a, end, head); // n53b: counted over the whole text
    }

    /**
     * A mention the index read as an organisation's, or as a person's that is nobody's name (a sentence's first word only
     * when counted: `Late last month, ...` is one word once, a firm the story is about is named again and again).
     */
    static boolean organisation(Doc d, int[] mp, String name, boolean counted) {
        Tok at = d.toks.get(mp[2]);
        if (at.qrole != Tok.OUT || name == null || name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))
                || name.indexOf(' ') > 0 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) // `2. U.N. PANEL RULES`
                || Lexicon.PLACES.contains(Lexicon.lower(name)) || Lexicon.isRegion(name) || TypedOrgAntecedents.outlet(name)) {
            return false;
        }
        if (!counted && d.sentEnd[at.sent] - d.sentStart[at.sent] < 3) {
            return false; // `ABSTRACT.`, `UPDATE:`: a label line, no organisation
        }
        Tok before = mp[2] > 0 ? d.toks.get(mp[2] - 1) : null;
        return mp[1] == SpeakerKind.ORGANIZATION.ordinal() || mp[1] == SpeakerKind.PERSON.ordinal() && nobody(d, name)
                && (counted || mp[2] > d.sentStart[at.sent])
                && (name.indexOf(' ') > 0 || before == null || !MODIFIED.contains(before.low)); // `its Eastbrook plant`
    }

    /** How often the story's organisation is named before, at least, and how many times more than any other. */
    private static final int STORY_TIMES = 3;

    /**
     * Rule org-noun-story (session n52b): else the organisation the story is about: named before at least {@link
     * #STORY_TIMES} times and at least twice as often as any other (`Tessaro filed ... Tessaro's auditors ... "...,"
     * the company said`), within the reach pronouns look back; null when no organisation stands out.
     */
    private static String storyOrganisation(Doc d, String head, int ms) {
        Map<String, Integer> counts = new HashMap<>();
        for (int k = d.names.mentionBefore(ms); k >= 0 && d.names.mentionPos.get(k)[0] >= ms - DefiniteDescriptions.MENTION_REACH; k--) {
            String name = d.names.mentionName.get(k);
            if (organisation(d, d.names.mentionPos.get(k), name, true) && !(COMPANIES.contains(head) && TypedOrgAntecedents.otherType(name, head))) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        String best = null;
        int top = 0, second = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= STORY_TIMES && top >= 2 * second ? best : null;
    }

    /**
     * A run the index read as a person's that is nobody's name in the text, as {@link OrgAnaphora}'s organisation-like
     * speakers: one capitalised word or acronym (`KTB`) that no full name ends with and no first name is, or three
     * words or more with no first name, gender or title (`Baltic Integrity Unit`).
     */
    private static boolean nobody(Doc d, String name) {
        if (name.indexOf(' ') > 0) {
            return namelessRun(d, name);
        }
        return nobodysWord(d, name) && d.genders.of(name) == null
                && !Demonyms.adjective(Lexicon.lower(name)); // `Chinese e-commerce giant X`: no organisation
    }

    /**
     * One word that is nobody's name in the text: no full name ends or starts with it, no first name, no contraction;
     * n63c, rule people-word-no-body: nor a word for people (`Ministers were angry.`, `Officials`, `Analysts`),
     * capitalised only by its sentence's start, which was taken for the organisation `the company` stood for.
     */
    static boolean nobodysWord(Doc d, String name) {
        return name.indexOf('\'') < 0 && name.indexOf('\u2019') < 0
                && !d.names.lastNameToFull.containsKey(name) && !d.names.firstNameToFull.containsKey(name)
                && !PersonGenders.isFirstName(Lexicon.lower(name)) && !peopleWord(Lexicon.lower(name));
    }

    private static boolean peopleWord(String low) {
        return CommonHeads.personWord(low) || low.length() > 4 && low.endsWith("s")
                && CommonHeads.personWord(low.substring(0, low.length() - 1));
    }

    /** `Baltic Integrity Unit`: three words or more, no first name, no gender, no role or title first. */
    static boolean namelessRun(Doc d, String name) {
        int sp = name.indexOf(' ');
        if (sp <= 0 || name.indexOf(' ', sp + 1) < 0) {
            return false;
        }
        String first = Lexicon.lower(name.substring(0, sp));
        return !PersonGenders.isFirstName(first) && d.genders.of(name) == null
                && !RoleWords.ROLES.contains(first) && !Lexicon.TITLES.contains(first.replace(".", ""));
    }
}
