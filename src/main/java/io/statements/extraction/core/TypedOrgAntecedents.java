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

    TypedOrgAntecedents(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    static boolean typed(String head) {
        return PRINT_HEADS.contains(head) || NETWORK_HEADS.contains(head) || AGENCY_HEADS.contains(head);
    }

    /** The organisation `the [lower-case words] head` (tokens a..end) at ms stands for, or null. */
    String find(int a, int end, String head, int ms) {
        if (!typed(head) || !described(a, end)) {
            return null;
        }
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - REACH) {
                return null;
            }
            if (mp[0] >= ms || mp[1] == SpeakerKind.PERSON.ordinal() && !PRINT_HEADS.contains(head)) {
                continue;
            }
            String name = names.mentionName.get(k);
            if (name == null) {
                continue;
            }
            if (fits(Lexicon.lower(name), head)) {
                return name.contains(" and ") ? null : name; // `the FBI and CIA`: two candidates, neither clear
            }
        }
        return null;
    }

    /** Does the name carry a word of the head's type? */
    private static boolean fits(String name, String head) {
        String[] words = name.split("[\\s/]+");
        boolean print = false, network = false, agency = false;
        for (String w : words) {
            print |= PRINT_WORDS.contains(w);
            network |= NETWORK_WORDS.contains(w);
            agency |= AGENCY_WORDS.contains(w);
        }
        if (PRINT_HEADS.contains(head)) {
            return print && !network && PRINT_WORDS.contains(words[words.length - 1]);
        }
        return NETWORK_HEADS.contains(head) ? network : agency;
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
