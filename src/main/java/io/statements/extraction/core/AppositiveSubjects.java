package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** A subject with an appositive before its verb: `Angelique Brunner, a developer for X, said` (split out of {@link Subjects}). */
final class AppositiveSubjects {
    private final List<Tok> toks;
    private final Cues cueLex;

    AppositiveSubjects(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
    }

    /** "Angelique Brunner, a developer for X, said": the name before the appositive. */
    int[] subjectBefore(int comma, int ss, Subjects subjects) {
        int[] picked = IndefiniteAppositives.name(toks, comma, ss);
        if (picked != null) {
            return picked; // n61c: `Another, Petra Lind, said`: the name, not the pronoun
        }
        int m = comma - 1;
        while (m >= ss && !(toks.get(m).type == PUNCT && toks.get(m).text.equals(",")) && comma - m < 30) {
            if (toks.get(m).qrole != OUT || cueLex.isCueTok(m) && !relativeClauseAt(m, ss) && !modifier(m)) {
                return null;
            }
            m--;
        }
        if (m < ss || !(toks.get(m).type == PUNCT && toks.get(m).text.equals(","))) {
            return null;
        }
        if (m - 2 >= ss && isNumber(toks.get(m - 1).text) && toks.get(m - 2).text.equals(",")) {
            m -= 2; // `Lena Ortiz, 35, the daughter of ..., said`: an age before the appositive
        }
        // appositive (m+1 .. comma-1); the name ends at m-1
        int[] name = subjects.npEndingAt(m - 1, ss);
        if (name != null && name[0] - 1 == ss && Lexicon.PREPOSITIONS.contains(toks.get(ss).low)) {
            name = OpeningPhraseSubjects.after(toks, name); // n65f: `After the hearing Ida Berg's lawyer, X, said`
        }
        if (name == null) {
            return null; // `At the pier on Tuesday, Gov. X (R-Ore.), said`: an opening phrase, not a name
        }
        if (name[0] == name[1] && name[0] - 2 > ss && toks.get(name[0] - 1).text.equals(",")) {
            Tok tag = toks.get(name[0]);
            if (partyTag(tag)) {
                // session names26, rule tag-between-appositives: `Ann Cole, R-S.C., an outside contender, said`:
                // the party tag is the name's, which is the subject
                int[] outer = nameBefore(name[0] - 1, ss, subjects);
                return outer == null ? null : new int[]{outer[0], comma - 1};
            }
            int[] place = SentenceOpeners.stateTag(tag) ? subjects.npEndingAt(name[0] - 2, ss) : null;
            name = place != null ? place : name; // `of Raleigh, N.C., who ...`: the state closes the place
        }
        int prep = name[0] - 1;
        if (prep - 1 > ss && Lexicon.PREPOSITIONS.contains(toks.get(prep).low) && toks.get(prep - 1).text.equals(",")) {
            // `Cory Lane, 22, of Dayton, Ohio, said`, `Ruth Adler, during a visit to Akron, Ohio, said`: the comma
            // before the state closes a phrase about a place, whose noun is no name; the subject is before the phrase
            int[] outer = nameBefore(prep - 1, ss, subjects);
            return outer == null ? null : new int[]{outer[0], comma - 1};
        }
        if (name[0] - 1 > ss && toks.get(name[0] - 1).text.equals(",") && (Lexicon.DETERMINERS.contains(toks.get(name[0]).low)
                || TitlePhrases.TITLE_MODIFIERS.contains(toks.get(name[0]).low) || RoleWords.isRole(toks.get(name[0]))
                || OfficeInitials.initials(toks.get(name[0])))) {
            // n55a, rule office-initials-appositive: `Rohan Setia, SSP, Kesari Disaster Force, said`: an office in
            // capitals opening the first appositive, after a name of two words or more
            // names38: also a bare title (`Ida Marsh, acting director of the Harbour Trust, which ..., said`)
            // `Ida Berg, the attorney general of Kestrel, one of the counties objecting, said`: two appositives in a
            // row; the name opening the clause is the subject, not the first appositive
            int[] outer = nameBefore(name[0] - 1, ss, subjects);
            // not a sentence adverb (`Separately, the administration, under pressure, said`)
            boolean capitals = OfficeInitials.initials(toks.get(name[0]));
            if (outer != null && allNameWords(outer) && !(outer[0] == outer[1] && toks.get(outer[0]).low.endsWith("ly"))
                    && (!capitals || outer[1] > outer[0] && !OfficeInitials.initials(toks.get(outer[0])))) {
                return new int[]{outer[0], comma - 1};
            }
        }
        int[] member = memberOf(name, m, ss, subjects);
        if (member != null) {
            return new int[]{member[0], comma - 1};
        }
        int[] host = relativeHost(name, ss, subjects);
        if (host != null) {
            return new int[]{host[0], comma - 1};
        }
        Tok h = toks.get(subjects.headOf(name));
        if (!(h.cap || Lexicon.SUBJECT_PRONOUNS.contains(h.low))) {
            // `A second skeptic, Tomas R. Reyes, compared`: the name is the appositive
            // `The bill's author, state Senator Dale Brooks, said`: a lower-case word before the title and name
            boolean titledName = TitlePhrases.modifiedTitleAt(toks, m + 1);
            if ((toks.get(m + 1).cap || titledName) && toks.get(comma - 1).cap && comma - m <= 6) {
                return new int[]{name[0], comma - 1};
            }
            return null;
        }
        return new int[]{name[0], comma - 1};
    }

    /**
     * Rule person-from-organisation (session n49a): `Toma Rusevic from the Civic Alliance, mayor of Brannock city,
     * said`: the organisation after `from`/`of` before a lower-case appositive is the person's; the subject is the
     * name before it (no title: `Director of the Bureau, Ann Cole, said` keeps its appositive name). Else null.
     */
    private int[] memberOf(int[] org, int m, int ss, Subjects subjects) {
        int prep = org[0] - 1;
        if (prep - 1 <= ss || !(toks.get(prep).low.equals("from") || toks.get(prep).low.equals("of"))
                || toks.get(m + 1).cap || !toks.get(org[1]).cap) {
            return null;
        }
        int[] person = subjects.npEndingAt(prep - 1, ss);
        return person == null || person[0] == person[1] || !allNameWords(person)
                || RoleWords.isRole(toks.get(person[0])) || Lexicon.TITLES.contains(toks.get(person[0]).low)
                ? null : person;
    }

    /** `R-S.C.`, `D-Calif.`, `I-VT`: a party's letter, a dash and a state as one token. */
    private static boolean partyTag(Tok t) {
        String w = t.text;
        return w.length() > 3 && (w.charAt(0) == 'R' || w.charAt(0) == 'D' || w.charAt(0) == 'I')
                && (w.charAt(1) == '-' || w.charAt(1) == '\u2013') && States.full(w.substring(2)) != null;
    }

    /** The capitalised name opening its clause right before {@code comma}, past an age (`Cory Lane, 22,`), or null. */
    private int[] nameBefore(int comma, int ss, Subjects subjects) {
        int e = comma - 1;
        if (e - 1 > ss && isNumber(toks.get(e).text) && toks.get(e - 1).text.equals(",")) {
            e -= 2;
        }
        int[] np = subjects.npEndingAt(e, ss);
        if (np == null || !toks.get(subjects.headOf(np)).cap) {
            return null;
        }
        Tok before = np[0] == ss ? null : toks.get(np[0] - 1);
        // names38: a name after `But`/`And` opens its clause as well (`But Ida Marsh, acting director of ...,`)
        return before == null || before.text.equals(",") || np[0] - 1 == ss && (before.low.equals("but")
                || before.low.equals("and")) ? np : null;
    }

    /**
     * `Carl Hanley, a pollster who is working with Harbour Watch, a lobby group, said`: the name before the second
     * appositive is the object of a relative clause (a preposition or a verb before it, `who`/`which`/`that` after the
     * comma before it); the subject is the name that clause describes, opening the sentence or a comma-closed phrase.
     * Null otherwise.
     */
    private int[] relativeHost(int[] name, int ss, Subjects subjects) {
        int before = name[0] - 1;
        if (before <= ss || toks.get(before).type != WORD || toks.get(before).cap
                || Lexicon.DETERMINERS.contains(toks.get(before).low)) {
            return null;
        }
        boolean relative = false;
        int m = before;
        while (m > ss && before - m < 20 && !toks.get(m).text.equals(",")) {
            Tok t = toks.get(m);
            if (t.qrole != OUT) {
                return null;
            }
            relative |= t.low.equals("who") || t.low.equals("which") || t.low.equals("that");
            m--;
        }
        if (!relative || !toks.get(m).text.equals(",")) {
            return null;
        }
        int[] outer = nameBefore(m, ss, subjects);
        return outer != null && allNameWords(outer) ? outer : null;
    }

    /** Every word of [a, b] capitalised and none a time word (`Mike Hunter`, not `Yesterday`). */
    private boolean allNameWords(int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap || Lexicon.TIME_WORDS.contains(t.low) || Lexicon.CLAUSE_WORDS.contains(t.low)) {
                return false;
            }
        }
        return true;
    }

    /** `a creative writing teacher`: a participle after a lower-case word inside a noun phrase is no cue. */
    private boolean modifier(int m) {
        Tok p = toks.get(m - 1);
        return cueLex.isParticiple(m) && p.type == WORD && !p.cap && !Lexicon.CLAUSE_WORDS.contains(p.low)
                && !Lexicon.SUBJECT_PRONOUNS.contains(p.low) && !Lexicon.ADVERBS_AUX.contains(p.low);
    }

    /** True when the cue at m sits in a relative clause opened by `, who` / `, which` (not the main verb). */
    private boolean relativeClauseAt(int m, int ss) {
        for (int r = m - 1; r >= ss && m - r < 12; r--) {
            Tok t = toks.get(r);
            if (t.type == PUNCT) {
                return false;
            }
            if ((t.low.equals("who") || t.low.equals("which")) && r > ss && toks.get(r - 1).text.equals(",")) {
                return true;
            }
        }
        return false;
    }
}
