package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/** What a relative pronoun (`who`, `which`, `that`) stands for, for {@link Subjects} (split out of it by concern). */
final class RelativeAntecedents {
    private final Doc d;
    private final List<Tok> toks;
    private final Subjects subjects;

    RelativeAntecedents(Doc d, Subjects subjects) {
        this.d = d;
        this.toks = d.toks;
        this.subjects = subjects;
    }

    /**
     * What a relative pronoun at j stands for: the capitalised name ending right before it or before the
     * appositive in front of it (`Reyes, by then the council's floor leader, who`), else the noun phrase there.
     */
    int[] antecedent(int j, int ss) {
        int end = j - 1;
        if (end > ss && toks.get(end).type == PUNCT && (toks.get(end).text.equals("-")
                || toks.get(end).text.equals("\u2014") || toks.get(end).text.equals("--"))) {
            int[] name = subjects.npEndingAt(end - 1, ss);
            return name != null && toks.get(name[1]).cap ? name : null; // `Ruth Amsel - who once said`
        }
        if (end >= ss && toks.get(end).text.equals(",")) {
            int[] name = subjects.npEndingAt(end - 1, ss);
            int[] holder = name != null && toks.get(name[1]).cap ? titleHolder(name, ss) : null;
            if (holder != null) {
                return holder; // names40: `Ann Loy, president of the players' body FPA, who said`: Ann Loy
            }
            if (name != null && DocumentModifiers.document(toks.get(name[1])) && toks.get(j).low.equals("which")
                    && j + 1 < toks.size() && d.cueLex.isCueTok(j + 1)) {
                return name; // n51a: `the MSB report, which said`: the report, whose issuer speaks
            }
            if (name != null && toks.get(name[1]).cap) {
                int[] object = toks.get(j).low.startsWith("who") ? personAfterPreposition(name) : null;
                return object != null ? object : name; // `said Ray Moss, who said`: the name right before the comma
            }
            int m = end - 1;
            while (m >= ss && !toks.get(m).text.equals(",") && end - m < 30 && toks.get(m).qrole == OUT) {
                if (m < end - 1 && d.cueLex.isCueTok(m) && d.cueLex.isSpeech(m) && !toks.get(m).cap) {
                    return new int[]{m + 1, end - 1}; // `"...," said one aide close to the talks, who added`
                }
                m--;
            }
            if (m < ss && name != null && toks.get(j).low.equals("who") && !holdsPreposition(name)) {
                // n72e rule plain-relative-antecedent: `The plan was turned down by the trustees, who said: "..."`,
                // `Police questioned a driver, who said ...`: no comma before the noun phrase, so no appositive
                // stands between it and `who`, which stands for the people right before it. Not `which` (it may
                // hang on a whole clause: `the footage came out, which showed`), nor a phrase with a preposition
                // inside (`with the help of X's children, who`: its head is not the one who speaks)
                return name;
            }
            if (m < ss || !toks.get(m).text.equals(",")) {
                return null;
            }
            end = m - 1;
        }
        if (end < ss || toks.get(end).type != WORD || toks.get(end).qrole != OUT) {
            return null;
        }
        if (toks.get(end).cap) {
            int a = end;
            while (a - 1 >= ss && toks.get(a - 1).type == WORD && toks.get(a - 1).qrole == OUT && toks.get(a - 1).cap
                    && end - a < 6) {
                a--;
            }
            return new int[]{a, end};
        }
        int[] np = subjects.npEndingAt(end, ss);
        int[] described = np == null ? null : describedSubject(np[0], ss);
        return described != null ? described : np;
    }

    private boolean holdsPreposition(int[] np) {
        for (int k = np[0]; k <= np[1]; k++) {
            if (toks.get(k).type == WORD && Lexicon.PREPOSITIONS.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names21: `a sharp reply from Ida Berg Jr., who hinted`, `with help from Ports Secretary Tomas
     * Reyes, who said`, `introduced by Kestrel Gov. Carl Hanley, who backed him`: `who` after a person named
     * in a prepositional phrase is that person, not the noun the phrase hangs on (it was `sharp reply`, `days`,
     * `introduced`). [the words after the noun phrase's last preposition, its end] when they end in a capitalised run
     * the name index reads as a person named in full; null when the phrase hangs on a word for a person (`an aide
     * to Senator X, who`, `a spokeswoman for Y, who` stay the aide's, the spokeswoman's) or names no person.
     */
    private int[] personAfterPreposition(int[] np) {
        int prep = -1;
        for (int k = np[1] - 1; k > np[0]; k--) {
            Tok t = toks.get(k);
            if (t.type == WORD && !t.cap && Lexicon.PREPOSITIONS.contains(t.low)) {
                prep = k;
                break;
            }
        }
        if (prep < 0 || np[0] - 1 >= 0 && toks.get(np[0] - 1).text.equals(",")
                || CommonHeads.personNoun(toks.get(prep - 1)) || MentionHeads.ASSOCIATES.contains(toks.get(prep - 1).low)
                || toks.get(np[1]).low.startsWith("jr") || toks.get(np[1]).low.startsWith("sr")) {
            // not an appositive's phrase (`Ann Lee, the director of the Centre for Public Policy, who`: Ann Lee's),
            // and not `Donald Trump Jr.`, whose suffix the name index drops
            return null;
        }
        int r = np[1];
        while (r - 1 > prep && toks.get(r - 1).type == WORD && toks.get(r - 1).cap) {
            r--;
        }
        Name nm = r < np[1] ? d.names.classify(r, np[1]) : null;
        if (nm == null || nm.kind != SpeakerKind.PERSON || nm.canonical == null || nm.canonical.indexOf(' ') < 0) {
            return null;
        }
        // a person's name: a known first name (`Capitol Hill`, `South Africa`, `Human Rights Watch` read as people),
        // or (n66c, rule titled-object-antecedent) a title word opening the run before two name words: `a meeting
        // Tuesday with President Aivars Kalns, who` is the president's, whatever his first name (was `meeting Tuesday`)
        String first = nm.canonical.substring(0, nm.canonical.indexOf(' '));
        boolean titled = r < np[1] - 1 && RoleRunNames.roleWord(toks.get(r)) && !nm.canonical.startsWith(toks.get(r).text);
        return titled || PersonGenders.isFirstName(Lexicon.lower(first)) ? new int[]{prep + 1, np[1]} : null;
    }

    /**
     * Session names40, rule title-appositive-relative: `who` after an appositive title that ends in an organisation's
     * name (`Ann Loy, president of the players' body FPA, who said`, `Lee Obi, chief economist at Dunmore Bank, who`)
     * is the person the appositive describes: [start, end] of the person named before the title's comma, else null.
     */
    private int[] titleHolder(int[] np, int ss) {
        int c = np[0] - 1; // the noun phrase may hold the title (`president of the FPA`) or only its end (`FPA`)
        while (c > ss && np[0] - c <= 8 && (toks.get(c).type == WORD || "'\u2019".contains(toks.get(c).text))
                && toks.get(c).qrole == OUT) { // `the players' body`
            c--;
        }
        if (c <= ss || !toks.get(c).text.equals(",")) {
            return null;
        }
        int t = Lexicon.DETERMINERS.contains(toks.get(c + 1).low) ? c + 2 : c + 1;
        int[] person = t < np[1] && RoleWords.isRole(toks.get(t)) ? subjects.npEndingAt(c - 1, ss) : null;
        if (person == null || !toks.get(person[1]).cap) {
            return null;
        }
        Name nm = d.names.classify(person[0], person[1]);
        return nm != null && nm.kind == SpeakerKind.PERSON ? person : null;
    }

    /**
     * Session junk20: `Lamb regularly skips the hearings and is a serial absentee, critic and gadfly who has pledged
     * to ...`: a lower-case noun in the predicate of `is a`, `was an` (a list of them) stands for the sentence's
     * subject when that is a name; null otherwise.
     */
    int[] describedSubject(int np, int ss) {
        int k = np - 1;
        if (toks.get(np).low.equals("a") || toks.get(np).low.equals("an")) {
            k = np; // `X is a gadfly who`: the noun phrase holds its article
        }
        while (k > ss && np - k < 25) {
            Tok t = toks.get(k);
            if (t.type != WORD && !t.text.equals(",") || t.qrole != Tok.OUT || t.cap) {
                return null;
            }
            if ((t.low.equals("a") || t.low.equals("an")) && COPULAS.contains(toks.get(k - 1).low)) {
                int from = ss; // `Editor's note: X regularly ...`: the clause after a label's colon
                for (int c = k - 2; c > ss; c--) {
                    if (toks.get(c).text.equals(":") && toks.get(c).qrole == Tok.OUT) {
                        from = c + 1;
                        break;
                    }
                }
                int[] subj = d.clauses == null || from > k - 2 ? null : d.clauses.sentenceSubject(from, k - 2);
                return subj != null && subj[0] >= 0 && toks.get(subj[1]).cap ? subj : null;
            }
            k--;
        }
        return null;
    }

    private static final Set<String> COPULAS = Lexicon.words("is was remains");
}
