package io.statements.extraction.core;

import java.util.List;

/**
 * A person inside a long mention (session n49b): an organisation's name run into its officer's (`the secretary of the
 * Norlund Academy Sara Velkind says`), and a person named with the body they come from (`Park Ji-ho from the Unity
 * Party, mayor of Hanseo, said`): the person, not the body, is the speaker.
 */
final class LongMentionPersons {
    private LongMentionPersons() {
    }

    /**
     * Rule organisation-then-name (session n49b): `the secretary of the Norlund Academy Sara Velkind says`: an
     * organisation's name and its officer's written as one capitalised run. The person starts at a known first name
     * two or more words from the run's end right after the organisation's last word (`Academy`, `Party`, `Bank`);
     * else {@code a} unchanged.
     */
    static int afterOrganisation(List<Tok> toks, int a, int b) {
        for (int k = a + 1; k <= b - 1; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap) {
                return a;
            }
            String before = toks.get(k - 1).low;
            if ((Lexicon.ORG_WORDS.contains(before) || BODIES.contains(before))
                    && (PersonGenders.isFirstName(t.low) || hyphenatedGivenName(t) && b - k <= 2)
                    && !Lexicon.ORG_WORDS.contains(toks.get(b).low)) {
                for (int n = k + 1; n <= b; n++) {
                    if (toks.get(n).type != Tok.WORD || !toks.get(n).cap) {
                        return a;
                    }
                }
                return k;
            }
        }
        return a;
    }

    /**
     * Lead49: `Mir-Hadi`, `Ji-ho`, `Jean-Luc`: two capitalised parts joined by a hyphen (or a Korean given name's
     * lower-case second part) open a person's name as a known first name does, when one or two words end the run.
     */
    private static boolean hyphenatedGivenName(Tok t) {
        int dash = t.text.indexOf('-');
        return dash > 0 && dash < t.text.length() - 1 && t.text.indexOf('-', dash + 1) < 0
                && Character.isUpperCase(t.text.charAt(0)) && Character.isLetter(t.text.charAt(dash + 1))
                && !Lexicon.ORG_WORDS.contains(t.low);
    }

    /** Heads of bodies' names that {@link Lexicon#ORG_WORDS} does not hold. */
    private static final java.util.Set<String> BODIES = Lexicon.words("""
            academy society museum club orchestra theatre theater movement front alliance institution""");

    /**
     * Rule person-from-body (session n49b): whether the `from` at {@code from} joins a capitalised name of two words or
     * more before it to a body's capitalised name that ends at {@code j} (`Park Ji-ho from the Unity Party`), so that
     * the subject is the whole phrase and its head the person; never `Officials from the X` (one word) nor a
     * lower-case phrase (`a doctor from the clinic`).
     */
    static boolean personFromBody(List<Tok> toks, int from, int ss, int j) {
        if (from - 2 < ss || from + 1 > j || !toks.get(from).low.equals("from") || !toks.get(j).cap) {
            return false;
        }
        for (int k = from - 2; k < from; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || Lexicon.DETERMINERS.contains(t.low) || Lexicon.TITLES.contains(t.low)
                    || Lexicon.ORG_WORDS.contains(t.low)) {
                return false;
            }
        }
        for (int k = from + 1; k <= j; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap && !(k == from + 1 && t.low.equals("the"))) {
                return false;
            }
        }
        return Lexicon.ORG_WORDS.contains(toks.get(j).low) || BODIES.contains(toks.get(j).low);
    }

    /**
     * Rule unclosed-appositive (session n49b): `Aiko Branner, WHO director-general said`, `Tomas Lind, agency director
     * said`: a bare title (no article, no name in it) after the sentence's opening name and a comma whose closing
     * comma was left out is the name's appositive; the subject is the name (was the title, or the acronym before it).
     * Not a name that is no person's (`In Hanseo, party leader said`), nor `the agency director` (resolved already).
     */
    static int[] unclosedAppositive(Doc d, int[] np, int ss) {
        List<Tok> toks = d.toks;
        if (np == null || np.length != 2 || np[0] - 3 < ss || !toks.get(np[0] - 1).text.equals(",")) {
            return np;
        }
        if (!RoleWords.ROLES.contains(toks.get(np[1]).low) && !Lexicon.hyphenatedTitle(toks.get(np[1]).low)) {
            if (!roleThenOffice(toks, np)) {
                return np;
            }
        } else {
            for (int k = np[0]; k <= np[1]; k++) {
                Tok t = toks.get(k);
                if (t.type != Tok.WORD || t.cap && !Words.isAcronym(t.text) || Lexicon.DETERMINERS.contains(t.low)) {
                    return np;
                }
            }
        }
        for (int k = ss; k <= np[0] - 2; k++) {
            if (toks.get(k).type != Tok.WORD || !toks.get(k).cap || toks.get(k).qrole != Tok.OUT) {
                return np;
            }
        }
        Name nm = d.names.classify(ss, np[0] - 2);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")
                ? new int[]{ss, np[0] - 2} : np;
    }

    /**
     * Session n65f, the same with the body after the role: `"...," Arvid Moen, chairman PTSB told reporters`, `Lena
     * Ortiz, director Port Institute said`: a lower-case role word, then only capitalised words or an acronym naming
     * where it is held (no article, at most four).
     */
    private static boolean roleThenOffice(List<Tok> toks, int[] np) {
        Tok role = toks.get(np[0]);
        if (np[1] == np[0] || np[1] - np[0] > 4 || role.type != Tok.WORD || role.cap || !RoleWords.ROLES.contains(role.low)) {
            return false;
        }
        for (int k = np[0] + 1; k <= np[1]; k++) {
            if (toks.get(k).type != Tok.WORD || !toks.get(k).cap) {
                return false;
            }
        }
        return true;
    }
}
