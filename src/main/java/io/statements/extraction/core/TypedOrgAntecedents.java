package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * `the newspaper`, `the conservative-leaning paper`, `the network`, `the agency` as speakers (session names19): the
 * nearest organisation named before whose own name says it is one of that type (`the Orlando Sentinel reported ...
 * The newspaper said` → Orlando Sentinel; `Trump asked CNN ... The network said` → CNN; `the FBI confirmed ... The
 * agency said` → FBI). A company, a group or a union has no such word in its name, so those heads stay with
 * {@link OrgAnaphora}; a type word in the name is what makes the candidate clearly compatible, and a description
 * with no such name within reach keeps its words.
 */
final class TypedOrgAntecedents {
    /** How far back (in characters) the named organisation may be: a few paragraphs. */
    private static final int REACH = 2500;

    static final Set<String> PRINT_HEADS = Lexicon.words("newspaper paper magazine tabloid publication daily");
    static final Set<String> NETWORK_HEADS = Lexicon.words("network broadcaster");
    static final Set<String> AGENCY_HEADS = Lexicon.words("agency");
    /** Session names20: a company, a union, a group by the words their names carry (`Acme Corp.`, `Steel Union`). */
    static final Set<String> COMPANY_HEADS = Lexicon.words("company firm corporation");
    static final Set<String> UNION_HEADS = Lexicon.words("union");
    static final Set<String> GROUP_HEADS = Lexicon.words("group organization organisation");
    /** Session names41: `the club` is a sports club by the words its name carries (`Harbor City FC`). */
    static final Set<String> CLUB_HEADS = Lexicon.words("club");
    private static final Set<String> CLUB_WORDS = Lexicon.words("fc afc cf sc club");

    private static final Set<String> COMPANY_WORDS = Lexicon.words("""
            corp corp. inc inc. co co. llc ltd ltd. plc company corporation industries holdings enterprises""");
    private static final Set<String> UNION_WORDS = Lexicon.words("""
            union workers teamsters federation brotherhood afl-cio steelworkers seiu afscme""");
    private static final Set<String> GROUP_WORDS = Lexicon.words("""
            group organization organisation association foundation coalition alliance institute society league
            council committee fund project network pac action federation union trust""");

    /** Words that end or mark a printed title: `Daily News`, `Orlando Sentinel`, `Family Circle magazine`. */
    private static final Set<String> PRINT_WORDS = Lexicon.words("""
            times post journal news tribune herald gazette daily magazine sentinel advocate chronicle inquirer
            examiner observer globe register bulletin dispatch courier telegraph guardian economist atlantic
            newsweek politico axios breitbart huffpost beast""");

    /** Broadcasters: never `the newspaper`. */
    private static final Set<String> NETWORK_WORDS = Lexicon.words("""
            cnn nbc abc cbs fox msnbc npr pbs bbc cnbc c-span univision telemundo network television tv radio
            broadcasting channel""");

    /** Public agencies and news agencies: `State Department`, `FBI`, `Congressional Budget Office`, `Reuters`. */
    private static final Set<String> AGENCY_WORDS = Lexicon.words("""
            agency department office bureau administration service commission fbi cia nsa epa irs fda cdc fema
            ice dhs atf dea reuters ap afp tass interfax xinhua ria""");

    private final Doc d;
    private final List<Tok> toks;
    private final DescribedNames described;

    TypedOrgAntecedents(Doc d, DescribedNames described) {
        this.d = d;
        this.toks = d.toks;
        this.described = described;
    }

    static boolean typed(String head) {
        return PRINT_HEADS.contains(head) || NETWORK_HEADS.contains(head) || AGENCY_HEADS.contains(head)
                || COMPANY_HEADS.contains(head) || UNION_HEADS.contains(head) || GROUP_HEADS.contains(head)
                || CLUB_HEADS.contains(head);
    }

    /** The organisation `the [lower-case words] head` (tokens a..end) at ms stands for, or null. */
    String find(int a, int end, String head, int ms) {
        if (!typed(head) || !described(a, end)) {
            return null;
        }
        // `Acme, the seed company,`, `drug maker Acme`: the article's own description of a name, when nearer
        DescriptionTies.Tie tie = described.organisation(a, end);
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - REACH || tie != null && mp[0] < tie.pos()) {
                return tie == null ? null : tie.name();
            }
            // a firm's or a union's name may read as a person's (`Acme LLC`, `Teamsters`); its type word decides
            boolean skipPersons = NETWORK_HEADS.contains(head) || AGENCY_HEADS.contains(head);
            if (mp[0] >= ms || mp[1] == SpeakerKind.PERSON.ordinal() && skipPersons) {
                continue;
            }
            String name = names.mentionName.get(k);
            if (name == null || NationalEconomies.is(name)) {
                continue; // n66b: `Norway Inc` is no firm
            }
            if (fits(Lexicon.lower(name), head)) {
                int para = toks.get(d.tokenAt(mp[0])).para;
                boolean near = toks.get(a).para - para <= 1; // `the United Steelworkers union. ... the union`
                if (name.contains(" and ") || !near && !lastNamed(name, head, ms) || headline(name, para, head)) {
                    return null; // `the FBI and CIA`: two candidates, neither clear
                }
                return name;
            }
        }
        return tie == null ? null : tie.name();
    }

    /**
     * Session names20: `the company` is a typed name (`Apple Inc.`) paragraphs before only when the organisation
     * named last before it is that one (`Apple`), not another firm named in between (`Bloomberg`, when `Koch
     * Industries` came first); the newspaper, network and agency heads keep names19's nearest typed name.
     */
    private boolean lastNamed(String name, String head, int ms) {
        if (!COMPANY_HEADS.contains(head) && !UNION_HEADS.contains(head) && !GROUP_HEADS.contains(head)) {
            return true;
        }
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            String other = names.mentionName.get(k);
            boolean person = names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()
                    && (other == null || other.contains(" "));
            if (other != null && !person && !Lexicon.isRegion(other)
                    && !Lexicon.PLACES.contains(Lexicon.lower(other))) {
                return other.equals(name) || firstWord(other).equals(firstWord(name));
            }
        }
        return false;
    }

    /** A company, union or group head takes no headline's words (`Port Workers Blame Harbour Board`) for a name. */
    private static boolean headline(String name, int para, String head) {
        boolean newer = COMPANY_HEADS.contains(head) || UNION_HEADS.contains(head) || GROUP_HEADS.contains(head);
        return newer && (para == 0 || name.split(" ").length > 5);
    }

    private static String firstWord(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }

    /** n52b: whether the name says it is a newspaper or a broadcaster (`the Courier`, `Channel 9 News`). */
    static boolean outlet(String name) {
        String low = Lexicon.lower(name);
        return fits(low, "newspaper") || fits(low, "network");
    }

    /** Whether the name says it is of another type than the head: `Harbour Dockworkers Federation` is no company. */
    static boolean otherType(String name, String head) {
        String low = Lexicon.lower(name);
        if (!typed(head) || fits(low, head)) {
            return false;
        }
        for (String other : new String[]{"newspaper", "network", "agency", "company", "union"}) {
            if (fits(low, other)) {
                return true;
            }
        }
        return false;
    }

    /** Spaces and slashes between a name's words, compiled once (String.split compiles it per call). */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s/]+");

    /** Does the name carry a word of the head's type? */
    private static boolean fits(String name, String head) {
        String[] words = WORD_BREAKS.split(name);
        boolean print = false, network = false, agency = false;
        for (String w : words) {
            print |= PRINT_WORDS.contains(w);
            network |= NETWORK_WORDS.contains(w);
            agency |= AGENCY_WORDS.contains(w);
        }
        if (PRINT_HEADS.contains(head)) {
            return print && !network && PRINT_WORDS.contains(words[words.length - 1]);
        }
        if (NETWORK_HEADS.contains(head) || AGENCY_HEADS.contains(head)) {
            return NETWORK_HEADS.contains(head) ? network : agency;
        }
        Set<String> typeWords = COMPANY_HEADS.contains(head) ? COMPANY_WORDS : UNION_HEADS.contains(head) ? UNION_WORDS
                : CLUB_HEADS.contains(head) ? CLUB_WORDS : GROUP_WORDS;
        for (String w : words) {
            if (typeWords.contains(w)) {
                return !network && !print; // `the company` is no newspaper or network named before
            }
        }
        return false;
    }

    /** `the newspaper`, `the conservative-leaning newspaper`: the article and lower-case words only. */
    private boolean described(int a, int end) {
        if (!toks.get(a).low.equals("the") || end - a > 5) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.cap || t.type != WORD && !t.text.equals("-")) {
                return false;
            }
        }
        return true;
    }
}
