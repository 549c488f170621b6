package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n73a, rule capital-office-holder: British, Irish and Commonwealth copy capitalises an office (`The First
 * Minister`, `The outgoing First Minister`, `the Glasgow Southside MSP`, `the former Agriculture Minister`), and a
 * capitalised run was read as a person's name (`outgoing First Minister`, `Southside MSP`), and every `he`/`she`
 * after it too. A mention that opens with `the` and closes on a capitalised office word (a {@link RoleWords role} or
 * a legislator's acronym such as `MSP`, `MP`, `MLA`), with only words of tenure (`outgoing`, `acting`) and
 * capitalised qualifiers (a place, a constituency, a portfolio, `First`) between, describes the holder of that office:
 * the person the article gave it to (with that place, when it gives one; of several holders, whom the rules of
 * places and bodies in {@link RoleMentions#tiedPerson} pick), else the person the story is about just before ({@link
 * DefiniteDescriptions#previousTopic}), else the last person who spoke: a story names someone and then calls them by
 * office. A bare `The Taoiseach` with nobody given the title keeps its earlier reading ({@link SpeakerResolver}); a
 * bare `the MP` does not (an acronym was never read as a title there). Null when the mention is no such office or no
 * one fits.
 */
final class CapitalOfficeMentions {
    /**
     * Lower-case words of tenure an office takes (`the outgoing First Minister`): only these, since another word may
     * say where the office is held (`the bank CEO` of two CEOs is neither).
     */
    private static final Set<String> TENURE = Lexicon.words("""
            outgoing former acting deputy interim new incoming then current retiring departing embattled caretaker
            sitting serving long-serving longtime veteran""");
    /** How many words an office mention spans at most: `the former Deputy First Minister of` stays short. */
    private static final int MAX_WORDS = 6;
    /** How far back (characters) the last speaker may be: a few paragraphs, as for a description. */
    private static final int REACH = 1500;

    private CapitalOfficeMentions() {
    }

    /** The holder the office mention [a, end] at ms stands for, or null. */
    static String holder(Doc d, RoleMentions roles, DefiniteDescriptions descriptions, int a, int end, int ms) {
        List<Tok> toks = d.toks;
        if (!isOffice(toks, a, end)) {
            return null;
        }
        Tok head = toks.get(end);
        String role = RoleWords.isRole(head) ? Presidents.role(toks, end, RoleWords.role(head)) : head.low;
        boolean qualified = false, modified = false;
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            qualified |= t.cap && !RoleWords.isRole(t) && !LeadTitles.CAPITAL_TITLE_WORDS.contains(t.low);
            modified |= !t.cap;
        }
        String placed = qualified ? d.titles.placedHolder(a, end, role) : null; // `Glasgow MSP Ana Roe`
        placed = placed == null && qualified && !d.titles.given(role).isEmpty() ? roles.tiedPerson(a, end, ms) : placed;
        if (placed != null) {
            return placed; // `the Scottish First Minister` of two given: the rules of places ({@link RoleMentions})
        }
        String given = qualified ? null : roles.capitalHolder(a, end, role, ms); // not another place's holder
        if (given != null || end == a + 1 && !modified && RoleWords.isRole(head)) {
            return given; // `The Taoiseach` given to `Taoiseach X`; a bare one nobody holds: as before (not `the MP`)
        }
        String topic = descriptions.previousTopic(ms);
        return topic != null ? topic : lastPersonSpeaker(d, ms);
    }

    /**
     * The person who spoke last within {@link #REACH} of ms, though named by surname only (`Mr Roe said he would
     * step down as First Minister. ... the First Minister said`); null when that speaker is no person.
     */
    private static String lastPersonSpeaker(Doc d, int ms) {
        Speaker prev = LastSpeakers.before(d, ms);
        String name = prev != null && prev.kind() == SpeakerKind.PERSON && ms - prev.ms() <= REACH ? prev.name() : null;
        String last = name == null ? null : name.substring(name.lastIndexOf(' ') + 1);
        return last == null || RoleWords.ROLES.contains(Lexicon.lower(last)) || RoleWords.capitalTitle(last)
                ? null : name; // a speaker left as a title (`MP`, `First Minister`) is nobody's name
    }

    /** `the [modifiers and qualifiers] Office` over [a, end], closing on a capitalised office word. */
    static boolean isOffice(List<Tok> toks, int a, int end) {
        Tok head = toks.get(end);
        if (end <= a || end - a >= MAX_WORDS || !toks.get(a).low.equals("the") || head.type != WORD || !head.cap
                || Words.endsWithPossessive(head) || !RoleWords.isRole(head) && !RoleWords.capitalTitle(head.text)) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || Words.endsWithPossessive(t) || !t.cap && !TENURE.contains(t.low)
                    || t.cap && firstName(t.low)) {
                return false; // `the party's MSP`, `the bank CEO`, `the Anna Roe MSP`: no bare office
            }
        }
        return true;
    }

    private static boolean firstName(String low) {
        return WorldFirstNames.FEMALE.contains(low) || WorldFirstNames.MALE.contains(low)
                || WorldFirstNames.BOTH.contains(low);
    }
}
