package io.statements.extraction.core;

import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;

/**
 * The words that give a person a role: `mayor`, `press secretary`'s `secretary`, `Sen.` for `senator`. Shared by
 * the title pre-pass ({@link PersonTitles}) and the rules that ask whether a word is a title.
 */
final class RoleWords {
    private RoleWords() {
    }

    /** Titles that name one person's role; "the president" can stand for a person named with it. */
    static final Set<String> ROLES = Lexicon.words("""
            president vice-president president-elect minister secretary secretary-general director-general mayor
            governor senator chairman chairwoman chair director ambassador commissioner judge chief leader speaker ceo
            chancellor premier general sheriff superintendent coach founder owner editor prosecutor attorney treasurer
            councilman councilwoman congressman congresswoman representative candidate nominee spokesman spokeswoman
            spokesperson manager master captain commander inspector marshal administrator adviser advisor clerk warden
            dean principal moderator host anchor columnist pope pontiff king queen prince princess emperor sheikh
            cardinal bishop archbishop rabbi imam colonel lieutenant sergeant admiral pastor envoy striker goalkeeper
            midfielder defender winger quarterback pitcher batsman bowler councilmember councillor councilor
            taoiseach tánaiste tanaiste tanáiste alderman"""); // n66c: `the Taoiseach said` is `Taoiseach X` named
    // n73a: `Tanáiste`, an outlets' frequent misspelling of `Tánaiste` (the deputy head of government): that office
    // n61e, rule council-member-role: `the councilmember said` stands for the `Councilmember X` the text named
    // lead, session 46: sports positions are titles a name stands beside (`Goalkeeper Pablo Ortega agreed`, then
    // `the striker said`); the words that are also verbs or adverbs (`forward`, `guard`, `keeper`) are not

    // session names23, rule pastor-title: `Pastor` is a church's office like `bishop`: a headline's `Pastor Wants ...`
    // is the one the article calls `Pastor X` (was the word `Pastor` as a speaker, and every `he` after it)

    /** Abbreviated titles stand for the role a later mention names in full: `Sen. X` ... `the Florida senator`. */
    static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("sen", "senator"),
            Map.entry("rep", "representative"), Map.entry("gov", "governor"), Map.entry("gen", "general"),
            Map.entry("pres", "president"), Map.entry("prez", "president"), Map.entry("guv", "governor"), Map.entry("supt", "superintendent"), Map.entry("col", "colonel"),
            Map.entry("capt", "captain"), Map.entry("lt", "lieutenant"), Map.entry("sgt", "sergeant"),
            Map.entry("adm", "admiral"), Map.entry("cmdr", "commander"),
            Map.entry("coun", "councillor"), Map.entry("ald", "alderman"), Map.entry("atty", "attorney"), // n66c
            // lead, session 46: South Asian and British copy writes `PM X`, `CM X` (chief minister), `DG X`, then
            // `the PM said`: the office spelled out, so that the holder of `Prime Minister X` answers `the PM`
            Map.entry("pm", "minister"), Map.entry("cm", "minister"), Map.entry("dg", "director"),
            // n51c, rule court-acronym-title: South Asian court copy writes `CJ X` and `the KHC CJ X` for a chief
            // justice, a judge: a title before the name, not part of it (`KHC CJ Rafiq Dalvani` had been the name)
            Map.entry("cj", "judge"));

    /** `PM`, `CM`, `DG`, `CEO`, `MP`: a title in capital letters (rule abbreviated-title-name, session lead48). */
    static boolean capitalAbbreviation(Tok t) {
        // the token's own flag first: the title pass asks this of every token, most of them lower case, and the flag
        // is read where the text's length needs its string
        return t.cap && t.text.length() >= 2 && t.text.length() <= 3 && Character.isUpperCase(t.text.charAt(1))
                && (ABBREVIATIONS.containsKey(t.low) || CAPITAL_TITLES.contains(t.low));
    }

    /** n68c: `MP`, `CEO` as a word (lower case or not): one of the titles written in capitals. */
    static boolean capitalTitle(String w) {
        return CAPITAL_TITLES.contains(Lexicon.lower(w));
    }

    private static final Set<String> CAPITAL_TITLES = Lexicon.words("""
            ceo cfo coo cto mp mep mla mlc mpp msp mna mpa ssp dsp igp dig aig sho dcp acp adg sdm""");
    // n61e, rule police-and-legislator-acronyms: legislators of Commonwealth and South Asian houses (`MLA`, `MSP`, `MNA`,
    // `MPA`) and South Asian police and district ranks (`SSP`, `DSP`, `IGP`, `DIG`, `SHO`, `SDM`) are titles before a name, not
    // a body; not `SP`, `DC`, `DM`, `TD` (a party, a city, a message, a touchdown)

    static boolean isRole(Tok t) {
        if (t.role == 0) { // some 14 rules ask about the same tokens: answer from the token after the first time
            t.role = isRoleUncached(t) ? (byte) 1 : (byte) 2;
        }
        return t.role == 1;
    }

    private static boolean isRoleUncached(Tok t) {
        if (t.type != WORD || !t.has(WordBits.ROLE_WORD) && !t.dotted) {
            return false; // most words: a bit; a word with a full stop may be a role without it (`Sen.`)
        }
        String r = role(t);
        return ROLES.contains(r) || t.cap && ABBREVIATIONS.containsKey(r);
    }

    /** The role a title word stands for: its full stops dropped, an abbreviation (`Sen.`) spelled out. */
    static String role(Tok t) {
        if (t.roleForm == null) {
            t.roleForm = roleOf(t); // several passes ask the same title tokens: a dotted one was a copy each time
        }
        return t.roleForm;
    }

    private static String roleOf(Tok t) {
        // a word's low is its text lower-cased already; most words have no full stop to drop (asked for every token)
        String low = t.type == WORD ? t.low : lower(t.text);
        int dot = low.indexOf('.');
        String r = dot < 0 ? low : withoutDots(low, dot);
        return t.cap ? ABBREVIATIONS.getOrDefault(r, r) : r;
    }

    /** {@code low.replace(".", "")} for a word with its first full stop at {@code dot}, one copy and no search. */
    private static String withoutDots(String low, int dot) {
        if (dot == low.length() - 1) {
            return low.substring(0, dot); // `sen.`: one full stop, last (n69s: the builder copied char by char, 0.8 %)
        }
        char[] out = new char[low.length() - 1];
        low.getChars(0, dot, out, 0);
        int n = dot;
        for (int k = dot + 1; k < low.length(); k++) {
            char c = low.charAt(k);
            if (c != '.') {
                out[n++] = c;
            }
        }
        return new String(out, 0, n);
    }

    /** `Senators Tom Reese and Alan Booker`, `Governors`: a plural role before names. */
    static boolean pluralRole(Tok t) {
        return t.cap && t.low.length() > 4 && t.low.endsWith("s") && ROLES.contains(t.low.substring(0, t.low.length() - 1));
    }

    /** Only role words and determiners from a to end (`the press secretary`): a title with no name. */
    static boolean titleOnly(java.util.List<Tok> toks, int a, int end) {
        for (int k = a; k <= end; k++) {
            Tok t = toks.get(k);
            // names43: `The Prime Minister`, `the Foreign Secretary`: a capitalised word that opens a title
            boolean opener = t.cap && k < end && LeadTitles.CAPITAL_TITLE_WORDS.contains(t.low);
            if (!isRole(t) && !Lexicon.DETERMINERS.contains(t.low) && !opener) {
                return false;
            }
        }
        return true;
    }
}
