package io.statements.extraction.core;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Session n69a, rule recorded-role-holder: news leads introduce the speaker by role and name them later (`A judge
 * presiding over the list has attacked ...` ... three paragraphs on `Judge Ivo Lund read a statement`; `A chief
 * constable said ...` under the headline `Chief constable Ada Brenner dismissed`). A person description in the lead
 * paragraphs that every earlier rule (also {@link LeadCataphora}, which reaches two paragraphs and the next speaker
 * only) left as a description is the one person the article records with the description's noun ({@link
 * RoleFacts#given}: a title before the name, an appositive, a copula or a relative clause of office), named after it
 * or in the headline. Two people recorded with the noun, or one named in the body before the description (whom the
 * anaphora rules declined): the description names neither and stays. Not an unnamed source's noun (`official`,
 * `spokesman`, `aide`, `expert`), a plural, or a description with a possessive or a preposition before its noun
 * (`the mayor's aide`, `a lawyer for the family`: someone else's person). Session n69a tried the same for a definite
 * description anywhere (`the actress`): on PolNeAR train it named the wrong person more often than the right one
 * (the record reads loose appositives), so it stays in the lead.
 */
final class RecordedRoles {
    /** Paragraphs of the lead (headline, deck or first paragraph, next) where a description may announce a person. */
    private static final int LEAD_PARAS = 3;
    /** Words a description may hold before its noun: `the veteran Dublin judge`. */
    private static final int MODIFIERS = 3;

    private RecordedRoles() {
    }

    static void apply(Doc d) {
        Map<String, Map<String, Integer>> byNoun = new HashMap<>(); // noun -> its holders, each at its first mention
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.ms() < 0 || sp.ms() >= d.n || sp.mention() == null || sp.name() == null
                    || sp.name().isEmpty() || !sp.mention().contains(sp.name())) {
                continue; // quick rejection: only a speaker left as (part of) its mention, a description
            }
            String holder = holder(d, d.tokenAt(sp.ms()), sp.me(), sp.name(), byNoun);
            if (holder != null) {
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), holder, SpeakerKind.PERSON, sp.channel());
            }
        }
    }

    /** The one person recorded with the noun of the description at token a (ending before char me, kept as `kept`), or null. */
    private static String holder(Doc d, int a, int me, String kept, Map<String, Map<String, Integer>> byNoun) {
        List<Tok> toks = d.toks;
        String det = toks.get(a).low;
        boolean definite = det.equals("the");
        if (!definite && !det.equals("a") && !det.equals("an")) {
            return null;
        }
        if (toks.get(a).para >= LEAD_PARAS || toks.get(a).para == 0) {
            return null; // `a judge said` deep in a story introduces someone else; a headline is read from the body
        }
        int head = -1;
        for (int k = a + 1; k < toks.size() && toks.get(k).s < me && k - a <= MODIFIERS + 1; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || t.low.equals("and") || t.low.equals("or")) {
                break; // `the mayor's aide`, `a lawyer for the family`: the noun before is the head, or nobody
            }
            if (head >= 0 && t.low.endsWith("ing")) {
                break; // `A judge presiding over ...`: the participle opens a modifier of the head
            }
            head = k;
        }
        if (head < 0 || head == a) {
            return null;
        }
        for (int k = a + 1; k < head; k++) {
            if (Words.endsWithPossessive(toks.get(k)) || toks.get(k).cap && definite && !Demonyms.adjective(toks.get(k).low)) {
                return null; // `the Siptu steward`: a body's person, not the record of one
            }
        }
        String noun = toks.get(head).low;
        if (noun.length() < 3 || noun.endsWith("s") && !noun.endsWith("ss") || Lexicon.ANON_NOUNS.contains(noun)
                || !DescribedPeople.personNoun(noun) || !Lexicon.lower(kept).contains(noun)) {
            return null; // the speaker kept is the description itself, not a name the mention holds
        }
        int ms = toks.get(a).s;
        String found = null;
        List<String> mods = new java.util.ArrayList<>(head - a); // n70a: `a defence lawyer` is no `former lawyer X`
        for (int k = a + 1; k < head; k++) {
            mods.add(toks.get(k).low);
        }
        String key = String.join(" ", mods) + " " + noun;
        for (var e : byNoun.computeIfAbsent(key, n -> holders(d, noun, mods)).entrySet()) {
            if (found != null || e.getValue() < ms && toks.get(d.tokenAt(e.getValue())).para > 0) {
                return null; // two people hold the noun; or one named in the body before: the anaphora rules left it
            }
            found = e.getKey();
        }
        return found;
    }

    /** The people (full names) the article records with the noun, each with the offset it first names them at. */
    private static Map<String, Integer> holders(Doc d, String noun, List<String> mods) {
        NameIndex names = d.names;
        Map<String, Integer> people = new LinkedHashMap<>();
        java.util.Set<String> inBody = new java.util.HashSet<>(); // a title-case headline's run alone names nobody
        for (int k = 0; k < names.mentionPos.size(); k++) {
            String full = personFullName(names, k);
            if (full != null) {
                int[] mp = names.mentionPos.get(k);
                people.putIfAbsent(full, mp[0]);
                if (d.toks.get(mp[2]).para > 0) {
                    inBody.add(full);
                }
            }
        }
        people.keySet().removeIf(person -> !inBody.contains(person) || !RoleFacts.given(d, person, noun, mods));
        return people;
    }

    /**
     * The full name (two words or more) of the person the name index's mention k names, or null: no person, a
     * surname the article never gives in full, or a run that names no one (`King Street Market`). Shared with
     * {@link PersonRecords}, which reads the same people.
     */
    static String personFullName(NameIndex names, int k) {
        String name = names.mentionName.get(k);
        if (names.mentionPos.get(k)[1] != SpeakerKind.PERSON.ordinal() || name == null || name.isEmpty()) {
            return null;
        }
        String full = name.indexOf(' ') < 0 ? names.lastNameToFull.get(name) : name;
        return full != null && full.indexOf(' ') > 0 && Character.isUpperCase(full.charAt(0))
                && !PersonAntecedents.nonPerson(full) && !PersonAntecedents.noOne(full) ? full : null;
    }
}
