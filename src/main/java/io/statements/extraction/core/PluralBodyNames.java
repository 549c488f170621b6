package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule pronoun-not-plural-body (session n73b): `he`/`she` stand for one person, so a name the mention index took for
 * a person's is none of theirs when the text writes it the way English writes a party, a union's members, a team or
 * any body named by a plural, or a body that has office holders:
 * <ul>
 *   <li>a plural last word after `the` (`the Greens were`, `the Harbour Machinists said`, `the Alder Greens,`): a
 * person's name takes no article, and the plural is the group's (`the Kestrel Rovers` as much as `the Democrats`);</li>
 *   <li>a plural last word after a number (`some 120 Machinists`): a count of people, not one;</li>
 *   <li>the name modifying a noun for a body or its members (`Harbour Machinists union members`, `Alder Greens
 * party`);</li>
 *   <li>the name after an office of a body and `of` (`leader of Sinn Varra`, `members of the Tarn League`): a body has
 * leaders and members, a person has none;</li>
 *   <li>the name ending in the plural of a role, a trade or a people's noun (`Kestrel Captains`, `Harbour Pilots`):
 * such people as a group ({@link #roleGroup}: its first word written alone as well), and the rest of the name is the
 * body they serve; {@link NamePrepass} does not record the group's name as a person's full name for its first word
 * either (`Kestrel said` is the airline, not its captains).</li>
 * </ul>
 * All but the third and the last need the run to end there: `the Adams sisters`, `the Reyes family` are a person's
 * relatives, so a lower-case word after the run must be one that opens no noun phrase of the run's own (a verb or a
 * function word).
 * {@link BodyEvidenceNames} asks only for names with no gender and no first name, never a person's last name.
 */
final class PluralBodyNames {
    private PluralBodyNames() {
    }

    /** Nouns a body's name modifies, which a person's does not take: `Alder Greens party`, `X Machinists union`. */
    private static final Set<String> BODY_NOUNS = Lexicon.words("union party members membership branch chapter");

    /** Offices and members a body has: `leader of X`, `members of the X`. */
    private static final Set<String> OFFICES = Lexicon.words("""
            leader leaders leadership member members membership chairman chairwoman chairperson president
            presidency""");

    /** Lower-case words that may follow a name ending its noun phrase: auxiliaries, function words, verbs of saying. */
    private static final Set<String> ENDING_FOLLOWERS = Lexicon.words("""
            is are was were has have had will would could should may might must can do did does who which that whose
            and or but by in on at to of for with from as after before over against into said say says told warned
            urged argued accused called claimed added insisted agreed voted want wants wanted back backed also""");

    /** Adds to {@code out} the names of person mentions the text writes in one of the four ways. */
    static void collect(Doc d, Set<String> out) {
        NameIndex names = d.names;
        List<Tok> toks = d.toks;
        int n = toks.size();
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            String name = names.mentionName.get(k);
            int t = mp[2];
            if (mp[1] != SpeakerKind.PERSON.ordinal() || name == null || t < 0 || t >= n || out.contains(name)) {
                continue;
            }
            if (roleGroup(toks, name)) {
                out.add(name); // `Kestrel Captains`: the captains of Kestrel, and Kestrel the body they serve
                out.add(name.substring(0, name.lastIndexOf(' ')));
                continue;
            }
            int e = runEnd(toks, t);
            Tok before = t >= 1 && toks.get(t - 1).para == toks.get(t).para ? toks.get(t - 1) : null;
            boolean endsThere = e + 1 >= n || endsPhrase(toks.get(e + 1));
            boolean plural = plural(toks.get(e));
            if (plural && endsThere && before != null && (before.low.equals("the") || number(before))
                    || e + 1 < n && !Words.endsWithPossessive(toks.get(e)) && toks.get(e + 1).type == Tok.WORD
                    && BODY_NOUNS.contains(toks.get(e + 1).text)
                    || endsThere && officeBefore(toks, t)) {
                out.add(name);
            }
        }
    }

    /** People's nouns besides roles and trades whose plural ends a group's name: `Harbour Pilots`, `Auto Workers`. */
    private static final Set<String> PEOPLE = Lexicon.words("pilot worker machinist employee member driver officer");

    /**
     * A name of two words or more ending in the plural of a role, a trade or a people's noun (`Kestrel Captains`,
     * `Harbour Pilots`, `Tarn Nurses`) whose first word the text also writes alone (`Kestrel said`): a body's people as
     * a group, never one person (`Dottie Deans`, a surname like a role's plural, is never written `Dottie` alone).
     */
    static boolean roleGroup(List<Tok> toks, String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        if (sp < 0 || sp + 5 > name.length() || !Character.isUpperCase(name.charAt(sp + 1))
                || !Character.isLowerCase(name.charAt(sp + 2)) || !name.endsWith("s") || name.endsWith("ss")) {
            return false;
        }
        String one = Lexicon.lower(name.substring(sp + 1, name.length() - 1));
        if (!RoleWords.ROLES.contains(one) && !Lexicon.TITLES.contains(one) && !NameDescriptors.isTrade(one)
                && !PEOPLE.contains(one)) {
            return false;
        }
        int first = name.indexOf(' ');
        String opening = name.substring(0, first), second = name.substring(first + 1, name.indexOf(' ', first + 1) < 0
                ? name.length() : name.indexOf(' ', first + 1));
        if (PersonGenders.isFirstName(Lexicon.lower(opening))) {
            return false;
        }
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.cap && Words.stripPossessive(t.text).equals(opening)
                    && (k + 1 >= toks.size() || !toks.get(k + 1).text.equals(second))) {
                return true;
            }
        }
        return false;
    }

    /** A plural noun's form: `Greens`, `Machinists`, `Workers`; not `Ross`, `Davis`, `Marcus`, `Kestrel's`. */
    static boolean plural(Tok w) {
        String s = w.low;
        return w.type == Tok.WORD && w.cap && s.length() >= 4 && s.endsWith("s") && !s.endsWith("ss")
                && !s.endsWith("us") && !s.endsWith("is") && !s.endsWith("'s") && !s.endsWith("’s")
                && Character.isLowerCase(w.text.charAt(1));
    }

    /** `leader of X`, `members of the X`, the office lower-case. */
    private static boolean officeBefore(List<Tok> toks, int t) {
        int k = t - 1;
        if (k >= 0 && toks.get(k).low.equals("the")) {
            k--;
        }
        return k >= 1 && toks.get(k).low.equals("of") && toks.get(k - 1).type == Tok.WORD
                && OFFICES.contains(toks.get(k - 1).low) && toks.get(k - 1).para == toks.get(t).para;
    }

    /** The token after a run ends its noun phrase: punctuation, a quotation mark, or a verb or function word. */
    private static boolean endsPhrase(Tok next) {
        return next.type != Tok.WORD || !next.cap && (ENDING_FOLLOWERS.contains(next.low)
                || next.low.endsWith("ed") && next.low.length() > 4);
    }

    private static boolean number(Tok t) {
        return t.type == Tok.WORD && !t.text.isEmpty() && Character.isDigit(t.text.charAt(0));
    }

    private static int runEnd(List<Tok> toks, int k) {
        while (k + 1 < toks.size() && toks.get(k + 1).type == Tok.WORD && toks.get(k + 1).cap
                && toks.get(k + 1).s == toks.get(k).e + 1) {
            k++;
        }
        return k;
    }
}
