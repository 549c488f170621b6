package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n71a, rule described-person-holder: a statement whose speaker every other rule left as a person description
 * (`the tavern owner said`, `Royals Chairman`, `the Dublin judge ... he said`) is the one named person in the whole
 * article whom a strong record ({@link PersonRecords}) gives the description's noun or a close synonym (boss/chief/head,
 * judge/justice, FM = foreign minister), named before or after it, in any paragraph, with agreeing modifiers
 * ({@link RoleAgreement}). A news text names the holder of a role once in full and then calls them by the role; two
 * people holding it leave the description as it is. Not a description with a possessor or a complement (`her lawyer`,
 * `a spokesperson for the board`, `the head of the union`: someone else's person), not `another`/`one` (a second
 * person), not an indefinite unnamed-source noun (`an official said`), not an indefinite description after its holder
 * was named or after the lead (it introduces someone else: on PolNeAR `a Democratic senator` deep in a story is not
 * the one senator named), not when the holder is named elsewhere in the same sentence (a second participant), and not
 * when the text holds the noun for someone else unnamed (see {@link #unnamedSecond}). A pronoun chain the resolver gave the description's name (`the judge ... he said`) follows the
 * decision for the description. Runs last, after every other speaker rule: when the text never names the speaker the
 * description scores right, so the rule declines whenever the record is not one person.
 */
final class DescribedHolders {
    private static final Set<String> POSSESSIVE_DETS = Lexicon.words("his her their its my our your");
    /** Determiners of a second or an unspecified person: `another judge`, `one steward`. */
    private static final Set<String> OTHERS = Lexicon.words("another other one some any each every both either");
    /** Words after the noun that make the description someone else's person or a part of a body. */
    private static final Set<String> COMPLEMENTS = Lexicon.words("for to of");
    /** How many words a description may hold before its noun (`the veteran Dublin district judge`). */
    private static final int MODIFIERS = 4;
    /** Paragraphs of the lead (headline, first, second), where an indefinite description may announce its holder. */
    private static final int LEAD_PARAS = 3;

    private DescribedHolders() {
    }

    static void apply(Doc d) {
        Map<String, String> decided = null; // description name -> holder, "" once declined
        List<Stmt> chained = null;
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.kind() == SpeakerKind.GROUP && !singular(sp.name())
                    || !description(d, sp.name())) {
                continue; // quick rejection: only a speaker still named by a role noun
            }
            if (decided == null) {
                decided = new HashMap<>();
                chained = new ArrayList<>();
            }
            if (sp.mention() == null || sp.ms() < 0 || sp.ms() >= d.n || !Lexicon.lower(sp.mention()).contains(Lexicon.lower(sp.name()))) {
                chained.add(st); // `he said` resolved to the description: decided below
                continue;
            }
            String holder = holder(d, sp);
            String before = decided.get(sp.name());
            decided.put(sp.name(), holder == null || before != null && !before.equals(holder) ? "" : holder);
            if (holder != null) {
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), holder, SpeakerKind.PERSON, sp.channel());
            }
        }
        if (chained == null) {
            return;
        }
        for (Stmt st : chained) {
            if (!decided.containsKey(st.sp.name())) { // `A Dublin judge has slammed ... what he described`: the text's description
                Speaker found = firstDescription(d, st.sp.name());
                String holder = found == null ? null : holder(d, found);
                decided.put(st.sp.name(), holder == null ? "" : holder);
            }
            String holder = decided.get(st.sp.name());
            if (holder != null && !holder.isEmpty()) {
                Speaker sp = st.sp;
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), holder, SpeakerKind.PERSON, sp.channel());
            }
        }
    }

    /**
     * Session n72d: whether a description the resolver left as a GROUP is one person's: its noun singular. A role noun
     * no list of person nouns holds (`the coroner`, `the registrar`) is left with kind GROUP, like `the residents`; only
     * the plural is a group.
     */
    private static boolean singular(String name) {
        return !name.endsWith("s") || name.endsWith("ss");
    }

    /** Whether a speaker's name is a role description: a role noun last, no person's name in it. */
    private static boolean description(Doc d, String name) {
        int sp = name.lastIndexOf(' ');
        String last = name.substring(sp + 1);
        if (PersonRecords.canon(Lexicon.lower(last)) == null || name.length() - name.replace(" ", "").length() > MODIFIERS) {
            return false;
        }
        return !d.names.lastNameToFull.containsKey(last) && !PersonRecords.of(d).people.containsKey(name); // `Inez Cardinal`
    }

    /** The one holder of the description the speaker's mention holds, or null. */
    private static String holder(Doc d, Speaker sp) {
        List<Tok> toks = d.toks;
        int a = d.tokenAt(sp.ms());
        String last = Lexicon.lower(sp.name().substring(sp.name().lastIndexOf(' ') + 1));
        int h = -1;
        for (int k = a; k < toks.size() && toks.get(k).s < sp.me() && k - a <= MODIFIERS + 1; k++) {
            if (toks.get(k).low.equals(last)) {
                h = k;
                break;
            }
        }
        if (h < 0) {
            return null;
        }
        String det = toks.get(a).low;
        if (POSSESSIVE_DETS.contains(det) || OTHERS.contains(det)) {
            return null; // `her lawyer`, `another steward`
        }
        boolean indefinite = det.equals("a") || det.equals("an");
        if (sp.kind() == SpeakerKind.ANONYMOUS && !det.equals("the")) {
            return null; // `a spokesman`, `officials`: an unnamed source; only `the spokesman` may be the one named
        }
        int from = det.equals("the") || indefinite ? a + 1 : a;
        List<String> mods = new ArrayList<>(h - from + 1);
        for (int k = from; k < h; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || Lexicon.DETERMINERS.contains(t.low)) {
                return null; // `the mayor's spokesman`, `a lawyer for the family`: someone else's person
            }
            mods.add(t.low);
        }
        if (h + 1 < toks.size() && COMPLEMENTS.contains(toks.get(h + 1).low)) {
            return null; // `the head of the union`, `a spokesperson for the board`
        }
        if (last.equals("fm")) {
            mods.add("foreign"); // `Israeli FM`: the foreign minister
        } else if (last.equals("pm")) {
            mods.add("prime");
        }
        if (indefinite && (Lexicon.ANON_NOUNS.contains(last) || Lexicon.ANON_NOUNS.contains(PersonRecords.canon(last)))) {
            return null; // `an official said`: an unnamed source, whoever else holds the noun
        }
        String noun = PersonRecords.canon(last);
        int chief = ChiefTitles.words(mods, noun);
        if (chief > 0) { // n72d: `the chief executive` is the boss a record names (`Rugby Norland boss Ada Lunt`)
            noun = "chief";
            mods = new ArrayList<>(mods.subList(0, mods.size() - chief));
        }
        PersonRecords records = PersonRecords.of(d);
        List<String> holders = records.holders(noun, mods);
        if (holders.size() != 1 || holders.get(0).isEmpty()) {
            return null;
        }
        String holder = holders.get(0);
        if (indefinite && (records.people.get(holder) < sp.ms() || toks.get(a).para >= LEAD_PARAS)) {
            return null; // `a judge said` after `Judge Ivo Lund`, or deep in the story: someone new (n69a)
        }
        return namedBeside(d, holder, h, sp) || unnamedSecond(d, noun, mods, holder, a, h) ? null : holder;
    }

    /** The first place the text gives the description (with its determiner), as a speaker mention, or null. */
    private static Speaker firstDescription(Doc d, String name) {
        String[] words = Lexicon.lower(name).split(" ");
        List<Tok> toks = d.toks;
        for (int k = 0; k + words.length <= toks.size(); k++) {
            int w = 0;
            while (w < words.length && toks.get(k + w).low.equals(words[w])) {
                w++;
            }
            if (w == words.length) {
                int a = k > 0 && Lexicon.DETERMINERS.contains(toks.get(k - 1).low) ? k - 1 : k;
                int e = toks.get(k + w - 1).e;
                return new Speaker(toks.get(a).s, e, d.s.substring(toks.get(a).s, e), name, SpeakerKind.PERSON, null);
            }
        }
        return null;
    }

    /**
     * Whether another occurrence of the noun in the article fits the description but no record of the holder (`The
     * trial judge found ...` beside `High Court judge Ivo Lund`): a second person holds the noun unnamed, so a bare
     * `the judge` may be either; so does an indefinite one outside the description and the holder's sentences (`a Carrier
     * executive tells staff ...` before `Ivo Sandor, a senior executive at its parent`).
     */
    private static boolean unnamedSecond(Doc d, String noun, List<String> described, String holder, int from, int to) {
        List<PersonRecords.Role> own = new ArrayList<>(2);
        for (PersonRecords.Role role : PersonRecords.of(d).roles) {
            if (role.person().equals(holder) && role.noun().equals(noun)) {
                own.add(role);
            }
        }
        List<Tok> toks = d.toks;
        for (int k = 0; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.low.length() < 3 || !noun.equals(PersonRecords.canon(t.low))) {
                continue;
            }
            List<String> mods = new ArrayList<>(3);
            int j = k - 1;
            for (; j >= 0 && k - j <= 3; j--) {
                Tok m = toks.get(j);
                if (m.type != Tok.WORD || Words.endsWithPossessive(m) || Lexicon.DETERMINERS.contains(m.low)
                        || Lexicon.PREPOSITIONS.contains(m.low)) {
                    break;
                }
                mods.add(0, m.low);
            }
            if (k >= from && k <= to || !RoleAgreement.agree(described, mods)) {
                continue; // the description itself; `Prime Minister Ida Berg` is no second `foreign minister`
            }
            if (j >= 0 && (toks.get(j).low.equals("a") || toks.get(j).low.equals("an")) && !namesHolder(d, t.sent, holder)
                    && !spokenBy(d, t.s, holder)) {
                return true; // `a Carrier executive tells staff` introduces someone the text never names
            }
            boolean agrees = false;
            for (PersonRecords.Role role : own) {
                agrees |= RoleAgreement.agree(mods, role.mods());
            }
            if (!agrees) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session n72d: whether a statement's speaker mention covering char c was resolved to the holder by an earlier rule:
     * the lead's `a coroner has found` that {@link RecordedRoles} named as the coroner the next paragraph names is
     * the holder announced, not a second coroner.
     */
    private static boolean spokenBy(Doc d, int c, String holder) {
        for (Stmt st : d.out) {
            if (st.sp != null && st.sp.ms() <= c && c < st.sp.me() && holder.equals(st.sp.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names the holder (an indefinite noun there is an appositive or predicate of theirs). */
    private static boolean namesHolder(Doc d, int sent, String holder) {
        NameIndex names = d.names;
        String last = holder.substring(holder.lastIndexOf(' ') + 1);
        for (int k = 0; k < names.mentionPos.size(); k++) {
            String m = names.mentionName.get(k);
            if (d.toks.get(names.mentionPos.get(k)[2]).sent == sent && (holder.equals(m) || last.equals(m))) {
                return true;
            }
        }
        return false;
    }

    /** `Royals Chairman and CEO Jon Sherman` cut before `and`: the name a few words on, no punctuation between, is its own. */
    private static boolean titleOf(List<Tok> toks, int h, int name) {
        if (name <= h || name - h > 4) {
            return false;
        }
        for (int k = h + 1; k < name; k++) {
            if (toks.get(k).type != Tok.WORD) {
                return false;
            }
        }
        return true;
    }

    /** Whether the holder is named in the description's sentence outside its mention: then a second participant. */
    private static boolean namedBeside(Doc d, String holder, int h, Speaker sp) {
        NameIndex names = d.names;
        int sent = d.toks.get(h).sent;
        String last = holder.substring(holder.lastIndexOf(' ') + 1);
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            Tok t = d.toks.get(mp[2]);
            if (t.sent == sent && (t.s < sp.ms() || t.s >= sp.me())
                    && (holder.equals(names.mentionName.get(k)) || last.equals(names.mentionName.get(k)))
                    && !titleOf(d.toks, h, mp[2])) {
                return true;
            }
        }
        return false;
    }
}
