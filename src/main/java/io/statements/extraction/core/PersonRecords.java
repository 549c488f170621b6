package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n71a, the person part of the article-wide entity layer: every named person and the role nouns the text
 * gives them in a STRONG record, built once per article (memoised on {@link Doc}) for the resolvers that read a
 * description against it ({@link DescribedHolders}). Strong records only, because session n69a found loose ones
 * (`a friend of the actress` read as the actress) name the wrong person more often than the right one:
 * <ul>
 * <li>a title right before the name: `Judiciary boss Ada Lunt`, `Royals Chairman and CEO Jon Sherman` (both nouns);</li>
 * <li>an appositive after it whose head is the noun: `Ada Lunt, the judiciary boss,`, `Ann Loy, 45, a shop steward at
 * the plant,` (the noun before the first preposition, so `a friend of the actress` records `friend`);</li>
 * <li>a copula: `Lunt is the chief justice`, `Ann Loy, who was a tavern owner,`;</li>
 * <li>a sentence that opens with the description and closes it on the name: `The owner of the bar, Ann Loy, said`,
 * `Norland's foreign minister, Ann Loy, said`.</li>
 * </ul>
 * Nouns are kept in a canonical form so close synonyms meet: boss/chief/head/CEO (also `chief executive`: {@link
 * ChiefTitles}), skipper/captain, mum/mother, dad/father, judge/justice, the spokes- words,
 * chair/chairman/chairwoman, the abbreviated titles (`Gov.`, `Sen.`, `Rep.`, congressman); a record keeps the lower-case words before its noun for modifier agreement.
 */
final class PersonRecords {
    /** One record: the person (full name), the canonical role noun, the words before it, where the person is first named. */
    record Role(String person, String noun, List<String> mods, int firstPos) {
    }

    /** How many words may stand before a role noun in a record (`shadow industry minister`). */
    private static final int MODS = 3;
    /** How many words an appositive may hold up to its noun (`the long-serving shop steward`). */
    private static final int RUN = 5;
    /** How many title words a name index mention may open with before the name. */
    private static final int TITLE_WORDS = 6;
    private static final Set<String> COPULAS = Lexicon.words("is was remains became");
    /** Words that end a title run before a name: a verb of saying or a conjunction is no part of the title. */
    private static final Set<String> RUN_STOPS = Lexicon.words("""
            said says told tells asked asks added adds wrote writes and or but as than that who which when while""");
    private static final Set<String> DETS = Lexicon.words("the a an");
    /** Close synonyms and abbreviations, each to one form (`New Jersey Gov. X` is `the New Jersey governor`). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("boss", "chief"),
            Map.entry("chief", "chief"), Map.entry("head", "chief"), Map.entry("judge", "judge"),
            Map.entry("justice", "judge"), Map.entry("spokesman", "spokesperson"), Map.entry("spokeswoman", "spokesperson"),
            Map.entry("spokesperson", "spokesperson"), Map.entry("chair", "chair"), Map.entry("chairman", "chair"),
            Map.entry("chairwoman", "chair"), Map.entry("chairperson", "chair"), Map.entry("fm", "minister"),
            Map.entry("pm", "minister"), Map.entry("ceo", "chief"), Map.entry("gov.", "governor"), Map.entry("skipper", "captain"),
            Map.entry("gov", "governor"), Map.entry("sen.", "senator"), Map.entry("sen", "senator"),
            Map.entry("rep.", "representative"), Map.entry("rep", "representative"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"),
            Map.entry("mum", "mother"), Map.entry("mom", "mother"), Map.entry("dad", "father")); // n72d: CEO, skipper, mum
    /** Title words that are no role noun: they only open a title (`Senior Minister`, `U.S. Senator`). */
    private static final Set<String> NOT_NOUNS = Lexicon.words("""
            and senior minority majority state former acting u.s u.s. u.n. un then late first""");
    /** Words after an appositive's noun that close its noun phrase (with prepositions and punctuation). */
    private static final Set<String> PHRASE_ENDS = Lexicon.words("and or who which whose");

    final List<Role> roles = new ArrayList<>();
    /** Full names of the people the article names in its body, with the offset of their first mention. */
    final Map<String, Integer> people = new LinkedHashMap<>();

    private PersonRecords() {
    }

    /** The article's records, built on first use. */
    static PersonRecords of(Doc d) {
        if (d.personRecords == null) {
            d.personRecords = build(d);
        }
        return d.personRecords;
    }

    /** The canonical form of a lower-case role noun, or null when it is no noun of a person's role. */
    static String canon(String low) {
        String same = SYNONYMS.get(low);
        if (same != null) {
            return same;
        }
        return low.length() > 2 && DescribedPeople.personNoun(low) && !NOT_NOUNS.contains(low)
                && !Lexicon.DETERMINERS.contains(low) && !Lexicon.PREPOSITIONS.contains(low)
                && !Demonyms.adjective(low) ? low : null;
    }

    private static PersonRecords build(Doc d) {
        PersonRecords r = new PersonRecords();
        NameIndex names = d.names;
        List<Tok> toks = d.toks;
        for (int k = 0; k < names.mentionPos.size(); k++) {
            String full = RecordedRoles.personFullName(names, k);
            if (full == null) {
                continue; // no person, or `King Street Market`: a run that names no one
            }
            int[] mp = names.mentionPos.get(k);
            if (toks.get(mp[2]).para > 0) {
                r.people.putIfAbsent(full, mp[0]); // a title-case headline's run alone names nobody
            }
            r.read(toks, mp[2], full, names.mentionName.get(k));
        }
        r.roles.addAll(ChiefTitles.bosses(r.roles)); // n72d: `chief executive X` is also the boss
        r.roles.removeIf(role -> !r.people.containsKey(role.person));
        List<Role> placed = new ArrayList<>(r.roles.size());
        for (Role role : r.roles) {
            placed.add(new Role(role.person, role.noun, role.mods, r.people.get(role.person)));
        }
        r.roles.clear();
        r.roles.addAll(placed);
        return r;
    }

    /** The strong records around one mention of {@code full} starting at token a. */
    private void read(List<Tok> toks, int a, String full, String name) {
        String first = full.substring(0, full.indexOf(' '));
        String last = GenerationalSuffixes.surname(full); // n76c: not `Jr.`
        int f = a; // the name's first word: a mention may open with its titles (`Royals Chairman and CEO Jon Sherman`)
        while (f < toks.size() && f - a < TITLE_WORDS && toks.get(f).type == Tok.WORD && !toks.get(f).text.equals(first)
                && !toks.get(f).text.equals(last)) {
            f++;
        }
        if (f - a >= TITLE_WORDS || f >= toks.size() || toks.get(f).type != Tok.WORD) {
            return;
        }
        int e = f;
        while (e + 1 < toks.size() && toks.get(e + 1).type == Tok.WORD && toks.get(e + 1).cap
                && toks.get(e + 1).sent == toks.get(f).sent) {
            e++;
        }
        titleBefore(toks, f, full);
        int c = e + 1;
        if (c + 2 < toks.size() && COPULAS.contains(toks.get(c).low) && DETS.contains(toks.get(c + 1).low)) {
            nounPhrase(toks, c + 2, full); // `Lunt is the chief justice`
        }
        if (c + 1 < toks.size() && toks.get(c).text.equals(",")) {
            int j = c + 1;
            if (j + 1 < toks.size() && Character.isDigit(toks.get(j).text.charAt(0)) && toks.get(j + 1).text.equals(",")) {
                j += 2; // `Ann Loy, 45, a shop steward`
            }
            if (j + 2 < toks.size() && toks.get(j).low.equals("who") && COPULAS.contains(toks.get(j + 1).low)) {
                j += 2; // `Ann Loy, who was a tavern owner,`
            }
            if (j < toks.size() && DETS.contains(toks.get(j).low)) {
                j++;
            }
            nounPhrase(toks, j, full);
        }
        if (f > 1 && toks.get(f - 1).text.equals(",")) {
            openingDescription(toks, f - 1, full);
        }
    }

    /** `Judiciary boss Ada Lunt`, `Royals Chairman and CEO Jon Sherman`: the noun right before the name, and one joined by `and`. */
    private void titleBefore(List<Tok> toks, int f, String full) {
        int sent = toks.get(f).sent;
        int j = f - 1;
        List<String> field = new ArrayList<>(2);
        int p = titleComplement(toks, f);
        if (p > 0) {
            j = p - 1; // `Minister of Finance Ann Loy`: the noun before the complement, whose words are its field
            for (int k = p + 1; k < f; k++) {
                if (!toks.get(k).low.equals("the") && !toks.get(k).low.equals("and")) {
                    field.add(toks.get(k).low);
                }
            }
        }
        for (int round = 0; round < 2 && j >= 0 && toks.get(j).sent == sent && toks.get(j).type == Tok.WORD; round++) {
            String noun = canon(toks.get(j).low);
            if (noun == null || Words.endsWithPossessive(toks.get(j))) {
                return;
            }
            List<String> mods = new ArrayList<>(MODS + field.size());
            mods.addAll(field);
            field = List.of();
            int k = j - 1;
            for (; k >= 0 && j - k <= MODS && toks.get(k).sent == sent; k--) {
                Tok t = toks.get(k);
                if (t.type != Tok.WORD || Words.endsWithPossessive(t) || Lexicon.DETERMINERS.contains(t.low)
                        || Lexicon.PREPOSITIONS.contains(t.low) || RUN_STOPS.contains(t.low)
                        || !t.cap && (t.low.endsWith("ed") || t.low.endsWith("ing"))) {
                    break; // `the lawyer representing Ann Loy` or `Loy's lawyer`: the title ends here
                }
                mods.add(0, t.low);
            }
            roles.add(new Role(full, noun, mods, -1));
            // `Chairman and CEO Jon Sherman`: a second title joined to the first
            if (k - 1 < 0 || !(toks.get(k).low.equals("and") || toks.get(k).text.equals("&")) || j - k > 1) {
                return;
            }
            j = k - 1;
        }
    }

    /**
     * Where the capitalised complement of a title before the name opens: the preposition of `Minister of Finance Ann
     * Loy`, `Minister in the Presidency Ann Loy`, after a capitalised role noun; -1 when there is none.
     */
    private static int titleComplement(List<Tok> toks, int f) {
        int sent = toks.get(f).sent;
        for (int p = f - 2; p >= 1 && f - p <= 5 && toks.get(p).sent == sent && toks.get(p).type == Tok.WORD; p--) {
            Tok t = toks.get(p);
            if (t.low.equals("of") || t.low.equals("in") || t.low.equals("for")) {
                Tok noun = toks.get(p - 1);
                return noun.cap && noun.type == Tok.WORD && canon(noun.low) != null ? p : -1;
            }
            if (!t.cap && !t.low.equals("the") && !t.low.equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    /** An appositive or copula's noun phrase from token j: its head is the last word before a boundary. */
    private void nounPhrase(List<Tok> toks, int j, String full) {
        int sent = toks.get(Math.max(0, j - 1)).sent;
        int from = j;
        int k = j;
        for (; k < toks.size() && k - j < RUN && toks.get(k).sent == sent && toks.get(k).type == Tok.WORD; k++) {
            Tok t = toks.get(k);
            if (Lexicon.PREPOSITIONS.contains(t.low) || RUN_STOPS.contains(t.low) || Lexicon.DETERMINERS.contains(t.low)) {
                break;
            }
            if (Words.endsWithPossessive(t)) {
                from = k + 1; // `Kenya's finance minister`: the possessor is no modifier of the role
            }
        }
        int head = k - 1;
        if (head < from || k < toks.size() && toks.get(k).type == Tok.WORD && toks.get(k).sent == sent
                && !Lexicon.PREPOSITIONS.contains(toks.get(k).low) && !PHRASE_ENDS.contains(toks.get(k).low)) {
            return; // no noun; a run too long for one noun phrase; or `Ann Loy, the judge said`: a clause
        }
        String noun = canon(toks.get(head).low);
        if (noun == null || toks.get(head).cap && head == from && toks.get(head).type == Tok.WORD && head > 0
                && toks.get(head - 1).text.equals(",")) {
            return; // `Ann Loy, Judge Ivo Lund`: a list of names
        }
        List<String> mods = new ArrayList<>(head - from);
        for (int m = from; m < head; m++) {
            mods.add(toks.get(m).low);
        }
        roles.add(new Role(full, noun, mods, -1));
    }

    /**
     * `The owner of the bar, Ann Loy, said`: a sentence opening with a definite description whose noun phrase (no
     * verb, no punctuation) runs to the comma before the name.
     */
    private void openingDescription(List<Tok> toks, int comma, String full) {
        int sent = toks.get(comma).sent;
        int s0 = comma - 1;
        while (s0 > 0 && toks.get(s0 - 1).sent == sent && comma - s0 < 10) {
            s0--;
        }
        if (s0 > 0 && toks.get(s0 - 1).sent == sent
                || !DETS.contains(toks.get(s0).low) && !(toks.get(s0).cap && Words.endsWithPossessive(toks.get(s0)))) {
            return; // `The owner of the bar, Ann Loy`, `Norland's foreign minister, Ann Loy`
        }
        int head = -1;
        for (int k = s0 + 1; k < comma; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || RUN_STOPS.contains(t.low) || !t.cap && t.low.endsWith("ed")) {
                return;
            }
            if (Lexicon.PREPOSITIONS.contains(t.low)) {
                break;
            }
            head = k;
        }
        if (head < 0 || canon(toks.get(head).low) == null) {
            return;
        }
        List<String> mods = new ArrayList<>(head - s0);
        for (int m = s0 + 1; m < head; m++) {
            mods.add(toks.get(m).low);
        }
        roles.add(new Role(full, canon(toks.get(head).low), mods, -1));
    }

    /**
     * The people the article records with the canonical noun, modifiers agreeing ({@link RoleAgreement}). A person whose
     * record has no field (`Sen. Ada Lind`) while the description names one (`the Vermont senator`) and someone else
     * holds the noun with another field (`Florida Sen. Marco Ruiz`) may be either: the list gets an empty entry.
     */
    List<String> holders(String noun, List<String> mods) {
        List<String> out = new ArrayList<>(2);
        boolean otherField = false;
        for (Role role : roles) {
            if (role.noun.equals(noun) && !RoleAgreement.agree(mods, role.mods)) {
                otherField = true;
            }
        }
        for (Role role : roles) {
            if (role.noun.equals(noun) && !out.contains(role.person) && RoleAgreement.agree(mods, role.mods)) {
                out.add(otherField && RoleAgreement.hasField(mods) && !RoleAgreement.hasField(role.mods) ? "" : role.person);
            }
        }
        return out;
    }
}
