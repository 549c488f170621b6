package io.statements.extraction.core;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n54b, rule lead-description-cataphora: wire and broadsheet leads give the speaker by office or epithet
 * first and the name a paragraph later (`Harlow's prime minister said on Monday that ...` / `Prime Minister Ada Roe
 * also said ...`; `The sacked chief executive of Tarn Shipping said ...` / `"...," Dovetti told the Wire`; a headline
 * or deck `Ousted chief executive urges ...` / `The ousted chief executive, Kas Dovetti, pledged ...`). A statement
 * in the first three paragraphs whose speaker is such a description (an office, trade or doer noun in lower case,
 * not an unnamed source's `spokesman` or `official`; or `the chief executive of X`, which the resolver gave to X) is
 * the person of the first later statement a named person speaks, at most two paragraphs on, when the text had not
 * named that person before the description (the cataphora) and either ties the description's noun to the name (`Prime
 * Minister Ada Roe`, `The ousted chief executive, Kas Dovetti,`) or names that person more often than anybody else,
 * at least {@link #TIMES} times (a firm's word or a nationality read as a name is no rival). Not after a named
 * person has spoken or is said to speak in the sentence before (`... according to Roe. "...," said the veteran
 * striker` is Roe's or nobody's: {@link EpithetTopics#namedSpeaker}), nor for a
 * person named before the description or a later speaker the text names once (`Opposition leader Jane Doe replied`).
 */
final class LeadCataphora {
    /** Paragraphs of the lead: headline, deck, first body paragraph. */
    private static final int LEAD_PARAS = 3;
    /** How many paragraphs after the description the named speaker may come. */
    private static final int PARAS_ON = 2;
    /** How often the story's person is named, at least, when no title ties the description to the name. */
    private static final int TIMES = 3;
    /** How many tokens before the name's first mention its title or appositive may give the noun. */
    private static final int TIE_REACH = 6;

    private LeadCataphora() {
    }

    static void apply(Doc d) {
        List<Stmt> out = d.out;
        int firstNamed = d.n; // where the text first has a named person speak: a description after may mean them
        for (Stmt st : out) {
            // the position first: the name's test only for a speaker before the earliest found so far
            if (st.sp != null && st.sp.ms() < firstNamed && st.sp.kind() == SpeakerKind.PERSON && named(st.sp.name())) {
                firstNamed = Math.min(firstNamed, st.sp.ms());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Stmt st = out.get(i);
            String head = st.sp == null ? null : head(st.sp);
            if (head == null || st.sp.ms() < 0 || st.sp.ms() >= firstNamed) {
                continue;
            }
            int para = d.toks.get(d.tokenAt(st.sp.ms())).para;
            if (para >= LEAD_PARAS || EpithetTopics.namedSpeaker(d, st.sp.ms()) != null) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                Stmt o = out.get(j);
                if (o.sp == null || o.sp.ms() <= st.sp.ms() || o.sp.ms() >= d.n) {
                    continue;
                }
                if (d.toks.get(d.tokenAt(o.sp.ms())).para > para + PARAS_ON) {
                    break;
                }
                if (o.sp.kind() == SpeakerKind.PERSON && named(o.sp.name())) {
                    if (cataphora(d, o.sp.name(), st.sp.ms(), head)) {
                        st.sp = new Speaker(st.sp.ms(), st.sp.me(), st.sp.mention(), o.sp.name(), SpeakerKind.PERSON,
                                st.sp.channel());
                    }
                    break;
                }
            }
        }
    }

    /** The description's noun (`minister`, `executive`), or null when the speaker is no description of a person. */
    private static String head(Speaker sp) {
        String name = sp.name();
        if (name == null || name.isEmpty()) {
            return null;
        }
        String w;
        if (sp.kind() == SpeakerKind.ORGANIZATION && sp.mention() != null) {
            // `The sacked chief executive of Tarn Shipping`: the resolver gave the office to the firm
            int of = sp.mention().indexOf(" of ");
            if (of < 0 || !sp.mention().substring(of + 4).startsWith(name) && !sp.mention().endsWith(name)) {
                return null;
            }
            String before = sp.mention().substring(0, of);
            w = before.substring(before.lastIndexOf(' ') + 1);
        } else if (sp.kind() != SpeakerKind.ORGANIZATION) { // a description may be read as a group's
            w = name.substring(name.lastIndexOf(' ') + 1);
            w = w.startsWith("ex-") ? w.substring(3) : w; // `ex-boss`
        } else {
            return null;
        }
        if (w.length() >= 2 && w.length() <= 3 && w.equals(w.toUpperCase()) && RoleWords.capitalTitle(w)) {
            w = Lexicon.lower(w); // n68c: `an MP warned`, `the CEO said`: a title in capitals
            return Lexicon.ANON_NOUNS.contains(w) ? null : w;
        }
        if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0))) {
            return null;
        }
        boolean person = RoleWords.ROLES.contains(w) || DefiniteDescriptions.PERSON_NOUNS.contains(w)
                || DefiniteDescriptions.TRADE_NOUNS.contains(w) || w.equals("boss");
        return person && !Lexicon.ANON_NOUNS.contains(w) ? w : null;
    }

    private static boolean named(String name) {
        return name != null && name.length() > 1 && Character.isUpperCase(name.codePointAt(name.lastIndexOf(' ') + 1))
                && SpeakerNames.isName(name, SpeakerKind.PERSON);
    }

    /** The person first named after ms, tied to the noun or the story's most named person. */
    private static boolean cataphora(Doc d, String name, int ms, String head) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        Map<String, Integer> counts = new HashMap<>();
        Set<String> firms = new HashSet<>();
        int first = -1;
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            int[] mp = d.names.mentionPos.get(k);
            String other = d.names.mentionName.get(k);
            if (mp[1] == SpeakerKind.ORGANIZATION.ordinal() && other != null && !other.isEmpty()) {
                firms.add(other.split(" ")[0]); // `Olympus Corp`: a lone `Olympus` read as a person is the firm
            }
            if (mp[1] != SpeakerKind.PERSON.ordinal() || other == null || other.isEmpty()) {
                continue;
            }
            String key = other.substring(other.lastIndexOf(' ') + 1);
            if (key.equals(last)) {
                if (mp[0] < ms) {
                    return false; // named before the description: not the cataphora
                }
                first = first < 0 ? mp[2] : first;
            }
            counts.merge(key, 1, Integer::sum);
        }
        if (first < 0) {
            return false;
        }
        for (int k = Math.max(0, first - TIE_REACH); k < first; k++) {
            if (d.toks.get(k).low.equals(head)) {
                return true; // `Prime Minister Ada Roe`, `the chief executive, Kas Dovetti`
            }
        }
        if (RoleFacts.given(d, name, head)) {
            return true; // n68c: `Tom Vale, the shadow minister ... and Labour MP for Eastmoor,` for `an MP warned`
        }
        int mine = counts.getOrDefault(last, 0);
        for (var e : counts.entrySet()) {
            String k = e.getKey();
            if (!k.equals(last) && e.getValue() >= mine && !firms.contains(k) && !Demonyms.adjective(Lexicon.lower(k))) {
                return false;
            }
        }
        return mine >= TIMES;
    }
}
