package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule added-description-continues (session n65d): `"...," said Inspector Rafi Doran. ... "...," the officer added.`
 * A verb that goes on from earlier words (`added`, `continued`, `went on`) says its subject has just spoken; when
 * that subject is a bare definite description (`the officer`, `the official`, `the police chief`) that nothing in
 * the article introduced as someone else, it is the person who spoke last, not a new unnamed source. Only when that
 * person is named, spoke within {@link #REACH} characters, nobody else (a person, an unnamed source, a description)
 * spoke in between, and no gendered head contradicts them; a noun the article used before (`a police officer said
 * ... the officer added`, `the minister said ... the minister added`) stays that unnamed person.
 */
final class ContinuingDescriptions {
    private ContinuingDescriptions() {
    }

    /** Verbs of saying that go on from words just said. */
    private static final Set<String> GOING_ON = Lexicon.words("added adds continued continues went goes concluded");
    /** Lower-case words inside an organisation's name: `Board of Trade`, `Friends of the Earth`. */
    private static final Set<String> NAME_FUNCTION_WORDS = Lexicon.words("of the for and on in de");
    /** How far back (in characters) the person who spoke last may stand. */
    private static final int REACH = 1500;

    /**
     * The last speaker the description subject [a, b] of the going-on cue at {@code cue} stands for, with the
     * description as its mention; else {@code sp}, the speaker resolved from the words alone.
     */
    static Speaker speaker(Doc d, int cue, int a, int b, Speaker sp) {
        if (sp == null || sp.kind() == SpeakerKind.ORGANIZATION) {
            return sp;
        }
        boolean goingOn = GOING_ON.contains(d.toks.get(cue).low);
        if (a == b) {
            return goingOn ? pronoun(d, a, sp) : sp;
        }
        if (b < a || b - a > 4 || !d.toks.get(a).low.equals("the")) {
            return sp;
        }
        Tok head = d.toks.get(b);
        if (head.cap || head.type != WORD || !personHead(head.low) || !unnamed(d, a, b, sp)) {
            return sp;
        }
        for (int k = a + 1; k < b; k++) {
            Tok t = d.toks.get(k);
            if (t.type != WORD || t.cap || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)) {
                return sp; // `the mayor's aide`, `the Harbour Board official`: someone else's person
            }
        }
        Stmt last = lastStatement(d, d.toks.get(a).s);
        if (last == null || !namedPerson(last.sp) || head.s - last.cs > REACH) {
            return sp;
        }
        char gender = head.low.endsWith("woman") || head.low.endsWith("ess") ? 'F'
                : head.low.endsWith("man") ? 'M' : '?';
        if (gender != '?' && d.genders.conflicts(last.sp.name(), gender)
                || introduced(d, head.low, a, last.sp.name())) {
            return sp;
        }
        if (!goingOn && !UntiedDescriptions.continues(d, last, a, head.low)) {
            return sp;
        }
        return new Speaker(sp.ms(), sp.me(), sp.mention(), last.sp.name(), SpeakerKind.PERSON, sp.channel());
    }

    /**
     * Rule pronoun-goes-on (session n65d): `"...," said Ida Berg. "...," she added.`, `Ms. Berg wrote. She continued:
     * "..."`: `he` or `she` going on is the person whose words came last (same or previous paragraph), when their
     * gender (from the lists, else from a `he`/`she` already resolved to them) does not contradict the pronoun and no
     * other person is named between; a pronoun resolver weighing salience may otherwise pick a more prominent person
     * from further back. When nothing tells the last speaker's gender and the resolver found someone known to be of
     * the pronoun's, the resolver's choice stands (`"...," Ms Wickrama said. ... Perera ... he added. "...," she
     * added`).
     */
    private static Speaker pronoun(Doc d, int p, Speaker sp) {
        Tok t = d.toks.get(p);
        char gender = t.low.equals("he") ? 'M' : t.low.equals("she") ? 'F' : '?';
        if (gender == '?') {
            return sp;
        }
        Stmt last = lastStatement(d, t.s);
        if (last == null || !namedPerson(last.sp) || last.sp.name().equals(sp.name()) || t.s - last.cs > REACH
                || t.para - d.toks.get(d.tokenAt(last.cs)).para > 1 || otherPersonNamed(d, last, t.s, gender)) {
            return sp;
        }
        Character known = genderOf(d, last.sp.name());
        if (known != null ? known != gender
                : sp.name() != null && Character.valueOf(gender).equals(d.genders.of(sp.name()))) {
            return sp; // the other gender; or nothing known of them and the resolver found one of the pronoun's
        }
        return new Speaker(sp.ms(), sp.me(), sp.mention(), last.sp.name(), SpeakerKind.PERSON, sp.channel());
    }

    /** The person's gender from the lists and honorifics, else from a `he`/`she` already resolved to them. */
    private static Character genderOf(Doc d, String name) {
        Character g = d.genders.of(name);
        for (int k = d.out.size() - 1; g == null && k >= 0 && k >= d.out.size() - 50; k--) {
            Speaker other = d.out.get(k).sp;
            if (other != null && name.equals(other.name()) && other.mention() != null) {
                String m = other.mention();
                g = m.equals("he") || m.equals("He") ? Character.valueOf('M')
                        : m.equals("she") || m.equals("She") ? Character.valueOf('F') : null;
            }
        }
        return g;
    }

    private static boolean namedPerson(Speaker sp) {
        return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null
                && SpeakerNames.isName(sp.name(), SpeakerKind.PERSON)
                && Character.isUpperCase(sp.name().codePointAt(0));
    }

    /**
     * Whether a person other than the last speaker, whom the pronoun may mean, is named outside quotes after their
     * statement, before {@code before}: one of the pronoun's gender, or of unknown gender named by two words or
     * more (a single capitalised word of unknown gender, `For the nurses, Eastgate is ...`, is mostly a place).
     */
    private static boolean otherPersonNamed(Doc d, Stmt last, int before, char gender) {
        String name = last.sp.name();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        int from = Math.min(last.cs, last.sp.ms());
        for (int k = d.names.mentionBefore(before); k >= 0; k--) {
            int[] pos = d.names.mentionPos.get(k);
            if (pos[0] < from) {
                return false;
            }
            String other = d.names.mentionName.get(k);
            if (pos[1] != SpeakerKind.PERSON.ordinal() || d.toks.get(pos[2]).qrole != Tok.OUT // inside a quote
                    || other.equals(name) || name.endsWith(" " + other) || other.endsWith(" " + surname)
                    || other.equals(surname)) {
                continue;
            }
            Character g = d.genders.of(other);
            if (g != null ? g == gender : other.indexOf(' ') > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean personHead(String low) {
        return Lexicon.ANON_NOUNS.contains(low) || DescribedPeople.personNoun(low);
    }

    /** The resolver found nobody by name: the speaker is the description's words (`police officer`) or none. */
    private static boolean unnamed(Doc d, int a, int b, Speaker sp) {
        String name = sp.name();
        return name == null || !name.isEmpty() && Character.isLowerCase(name.codePointAt(0))
                && name.equals(d.s.substring(d.toks.get(a + 1).s, d.toks.get(b).e));
    }

    /**
     * The statement decided last before {@code before} (the outer one of a nested report), when every statement after
     * the last person's is an organisation's or a group's by name (`Rescue 1122 put the toll at 16`): an unnamed
     * source, a description or another person in between may be whom the description means; else null.
     */
    static Stmt lastStatement(Doc d, int before) {
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 20; k--) {
            Stmt st = d.out.get(k);
            if (st.cs >= before) {
                continue;
            }
            if (st.sp == null || st.sp.name() == null || QuestionSieve.NAME.equals(st.sieve)) {
                return null;
            }
            if (st.sp.kind() != SpeakerKind.ORGANIZATION && st.sp.kind() != SpeakerKind.GROUP) {
                Stmt outer = NestedReports.outerOf(d, k, before); // `X added that Y told her ...`: X goes on
                return outer != null ? outer : st;
            }
            if (!properName(st.sp.mention())) {
                return null; // `the ministry said`, `A spokesman for the port said`: a voice of its own
            }
        }
        return null;
    }

    /** `The Harbour Water Board`, `Rescue 1122`: capitalised words, function words between; no `a`, no kind noun. */
    private static boolean properName(String mention) {
        if (mention == null || mention.isEmpty() || !Character.isUpperCase(mention.codePointAt(0))) {
            return false;
        }
        for (String w : mention.split(" ")) {
            if (w.isEmpty() || w.equals("A") || w.equals("An")
                    || Character.isLowerCase(w.codePointAt(0)) && !NAME_FUNCTION_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the article used the head before, outside quotes: `a police officer`, `another official` bring in a new
     * person, and `the minister said` earlier is an unnamed minister the text already follows; only a noun the text
     * never used for anyone is the named speaker seen through a new description. Session n75b: a use that gave the
     * noun to the speaker themselves does not count: their title right before their name (`health minister Ann Loy`)
     * or a mention of one of their statements (`A coroner found ...` that the resolver gave to them).
     */
    private static boolean introduced(Doc d, String head, int before, String speaker) {
        String plural = head + "s";
        String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
        for (int k = before - 1; k >= 0; k--) {
            Tok t = d.toks.get(k);
            if (t.type == WORD && !t.cap && t.qrole == Tok.OUT && (t.low.equals(head) || t.low.equals(plural))
                    && !titleOf(d, k, surname) && !mentionOf(d, t.s, speaker)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun at k is a title right before the speaker's name: `minister KK Shailaja`. */
    private static boolean titleOf(Doc d, int k, String surname) {
        for (int j = k + 1; j < d.toks.size() && j <= k + 4 && d.toks.get(j).cap; j++) {
            if (d.toks.get(j).text.equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the position lies in the mention of a statement resolved to the speaker. */
    private static boolean mentionOf(Doc d, int pos, String speaker) {
        for (Stmt st : d.out) {
            if (st.sp != null && speaker.equals(st.sp.name()) && st.sp.ms() <= pos && pos < st.sp.me()) {
                return true;
            }
        }
        return false;
    }
}
