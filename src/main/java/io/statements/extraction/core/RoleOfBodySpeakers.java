package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Session n72b, rule role-of-body-person: a speaker mention whose head is a noun of a person's role with the body it is
 * held at as its `of` complement (`The boss of embattled insurer Norvale says`, `the chairman of the Kestrel Group
 * said`, `Mayor of flood-hit Alder Bay`) names a person, the role's holder, never the body inside it, which is where
 * the speaker resolver's name run ended. The speaker becomes the one person the article's strong records give that
 * role with agreeing modifiers (`Norvale chief executive Anna Lowe`; {@link PersonRecords}, {@link RoleAgreement}),
 * else the role description itself (kind PERSON): a description is better than a wrong body.
 *
 * <p>Not a spokesperson's noun (`a spokesman for the ministry`: its body, by design of {@link SpokespersonBodies}),
 * nor `owner` (a firm may own), nor a plural (`members of the council`); not when an appositive after a comma names
 * the holder (`The director of the Alder Centre, Ida Berg`), nor when the name inside is a person the article names
 * (`Secretary of State Ida Berg`).
 */
final class RoleOfBodySpeakers {
    /** Role nouns whose holder may itself be a body, or that by design resolve to the body. */
    private static final Set<String> NOT_PERSON_ROLES = Lexicon.words("owner owners spokesperson member members");
    /** The canonical nouns of a body's top officer, which texts use for one another (`boss`, `chief executive`, `CEO`). */
    private static final List<String> TOP_OFFICER = List.of("chief", "ceo", "executive");
    /** How many words may stand before the role noun (`the former chief executive of`). */
    private static final int BEFORE = 4;

    private RoleOfBodySpeakers() {
    }

    static void apply(Doc d) {
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.mention() == null || sp.kind() == SpeakerKind.GROUP
                    || sp.kind() == SpeakerKind.ANONYMOUS || sp.ms() < 0 || sp.me() > d.n
                    || sp.mention().indexOf(" of ") < 0) {
                continue; // quick rejection: only a mention with an `of` in it
            }
            Speaker fixed = fix(d, sp);
            if (fixed != null) {
                st.sp = fixed;
            }
        }
    }

    private static Speaker fix(Doc d, Speaker sp) {
        List<Tok> toks = d.toks;
        int a = d.tokenAt(sp.ms());
        int o = -1;
        for (int k = a + 1; k < toks.size() && k - a <= BEFORE + 1 && toks.get(k).s < sp.me(); k++) {
            if (toks.get(k).low.equals("of")) {
                o = k;
                break;
            }
        }
        if (o < 0) {
            return null;
        }
        int h = o - 1;
        String role = toks.get(h).low;
        String noun = PersonRecords.canon(role);
        if (noun == null || NOT_PERSON_ROLES.contains(noun) || NOT_PERSON_ROLES.contains(role)
                || role.endsWith("s") && !role.endsWith("ss")) {
            return null;
        }
        List<String> mods = new ArrayList<>();
        int from = a;
        if (Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            if (!toks.get(a).low.equals("the") && !toks.get(a).low.equals("a") && !toks.get(a).low.equals("an")) {
                return null; // `his boss of`, `another head of`: someone else's, or a second
            }
            from = a + 1;
        }
        for (int k = from; k < h; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || Words.endsWithPossessive(t)) {
                return null; // `Norvale's head of`, `the head, of`: not one noun phrase of the role
            }
            mods.add(t.low);
        }
        // the resolved name inside the `of` complement, with no comma before it (an appositive names the holder)
        int nameAt = d.s.indexOf(sp.name(), toks.get(o).e);
        if (nameAt < 0 || nameAt + sp.name().length() > sp.me()) {
            return null;
        }
        for (int k = o + 1; k < toks.size() && toks.get(k).s < nameAt; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD && !t.text.equals("-")) {
                return null; // `The director of the Alder Centre, Ida Berg`
            }
            if (t.cap && !Words.endsWithPossessive(t) && !(k + 1 < toks.size() && Words.endsWithPossessive(toks.get(k + 1)))) {
                return null; // `Secretary of State Ida Berg`: a title's own `of`, then its holder
            }
        }
        if (!body(d, sp) && !(TOP_OFFICER.contains(noun) && describedBody(toks, o, nameAt))) {
            return null;
        }
        String holder = holder(d, noun, mods, sp.name());
        String name = holder != null ? holder : description(toks, from, h);
        return new Speaker(sp.ms(), sp.me(), sp.mention(), name, SpeakerKind.PERSON, sp.channel());
    }

    /**
     * The role's words as a description, in lower case as a common noun phrase (`Leader of the ...` opening a sentence
     * is `leader`), an acronym as written (`CEO`).
     */
    private static String description(List<Tok> toks, int from, int h) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= h; k++) {
            String w = toks.get(k).text;
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) ? w : Lexicon.lower(w));
        }
        return sb.toString();
    }

    /** Whether the resolved name is a body: one the resolver called so, or a name no person of the article bears. */
    private static boolean body(Doc d, Speaker sp) {
        String name = sp.name();
        for (int sp1 = name.indexOf(' '); sp1 > 0; sp1 = name.indexOf(' ', sp1 + 1)) {
            String tail = name.substring(sp1 + 1);
            if (tail.indexOf(' ') > 0 && (PersonRecords.of(d).people.containsKey(tail)
                    || d.genders != null && d.genders.of(tail) != null)) {
                return false; // `judge of Alder Court Ida Berg`: the run ends on the holder's own name
            }
        }
        String[] words = name.split(" ");
        if (!Lexicon.ORG_WORDS.contains(Lexicon.lower(words[words.length - 1]))) {
            for (int w = 0; w + 1 < words.length; w++) {
                if (Lexicon.ORG_WORDS.contains(Lexicon.lower(words[w]))) {
                    return false; // `judge of Alder High Court Ida Berg`: words after the body's head name its holder
                }
            }
        }
        if (sp.kind() == SpeakerKind.ORGANIZATION) {
            return true;
        }
        if (d.genders != null && d.genders.of(name) != null) {
            return false; // `Secretary of State Ida Berg`
        }
        return !PersonRecords.of(d).people.containsKey(name) || BodyEvidenceNames.body(d, name)
                || PersonAntecedents.nonPerson(name);
    }

    /**
     * Session n74b, rule top-officer-of-described-body: `The boss of technology manufacturer Veltronic says`: a body's
     * top officer `of` lower-case words and a name is the boss of a body the words describe by its trade, even when
     * the name index read the name as a person's (`his factories` gave it a gender); a boss is nobody's boss `of` a
     * person. The `of` at o, the name at the character nameAt.
     */
    private static boolean describedBody(List<Tok> toks, int o, int nameAt) {
        int words = 0;
        for (int k = o + 1; k < toks.size() && toks.get(k).s < nameAt; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap || Lexicon.DETERMINERS.contains(t.low)) {
                return false;
            }
            words++;
        }
        return words > 0;
    }

    /** The one person the records give the role at that body, or null. */
    private static String holder(Doc d, String noun, List<String> mods, String body) {
        List<String> described = new ArrayList<>(mods);
        for (String w : body.split(" ")) {
            described.add(Lexicon.lower(w));
        }
        PersonRecords records = PersonRecords.of(d);
        List<String> nouns = TOP_OFFICER.contains(noun) ? TOP_OFFICER : List.of(noun);
        String one = null;
        for (String n : nouns) {
            for (String p : records.holders(n, described)) {
                if (p.isEmpty() || p.equals(body) || one != null && !one.equals(p)) {
                    return null; // two holders, or one the lists cannot tell apart: the description
                }
                one = p;
            }
        }
        return one;
    }
}
