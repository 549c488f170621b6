package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n63a, rule role-run-before-name: in a capitalised run `<place / body / role words> <Given> <Surname>`
 * (`Eagles Skipper Tamsin Oduya`, `Kano Emir X Y`, `Athletics Chairperson X Y`, `Union Boss X Y`) the person's name is
 * the words after the last role word. What is registered here is the full form every later `Oduya said` resolves to,
 * so a role word left in it reaches the speaker's name on the surname path. English heads a noun phrase with its last
 * noun: whatever stands before the name in one run describes it, and a role noun there ends the description. Role
 * nouns: the office words of {@link TitleWords} (not their modifiers: `State`, `Foreign`, `First`), party members
 * (`House Intelligence Republican X Y`: a noun there, unlike `Democratic`), the agent nouns
 * in `-woman`, `-person` and a list of `-man` ones (a bare `-man` ending is a common surname: `Coleman`, `Friedman`),
 * and sport and show-business roles (`Cricketer`, `Star`, `Legend`). Never a known first name (`Grant`, `Rose`).
 */
final class RoleRunNames {
    private RoleRunNames() {
    }

    /** Words of {@link TitleWords#TITLES} that qualify an office rather than name one (`Foreign`, `White House`). */
    private static final Set<String> MODIFIERS = Lexicon.words("""
            vice prime state defense defence foreign interior finance army air force navy national security acting
            former first white house democratic gop independent u.s. us u.s u.n. un american of the and
            senior minority majority press deputy assistant associate shadow st. saint lady grand high""");

    /**
     * Agent nouns in `-man` that are roles, not surnames (`Coleman`, `Newman`, `Hoffman` are surnames: the ending
     * alone does not tell).
     */
    private static final Set<String> MAN_ROLES = Lexicon.words("""
            salesman spokesman chairman anchorman fisherman congressman councilman assemblyman businessman alderman
            selectman patrolman policeman fireman cameraman weatherman linesman batsman sportsman frontman foreman
            committeeman clergyman craftsman tradesman ombudsman middleman newsman doorman boatman repairman
            serviceman militiaman gunman lineman showman""");

    /** Sport, stage and trade roles a feature or sports page writes before a name (`Tennis Star X Y`). */
    private static final Set<String> TRADE_ROLES = Lexicon.words("""
            skipper keeper goalie cricketer footballer boxer golfer athlete sprinter cyclist swimmer player star
            superstar legend icon champion driver rider boss supremo playmaker forward defender fullback
            singer actor actress rapper musician designer chef democrat counsel politician"""); // n72a: `County Counsel X Y`

    /** A capitalised word that names a role before a name (see the class comment), never a known first name. */
    static boolean roleWord(Tok t) {
        if (t.type != Tok.WORD || !t.cap) {
            return false;
        }
        if (RoleWords.isRole(t) || NameDescriptors.isTrade(t.low) || RoleWords.capitalAbbreviation(t)) {
            return true;
        }
        String w = t.low;
        if (w.length() < 4) {
            return false;
        }
        // one look-up in the union first (most capitalised words are in none), the first-name lists only for a hit
        boolean listed = ROLE_HEADS.contains(w) || w.length() > 7 && (w.endsWith("woman") || w.endsWith("person"));
        return listed && !PersonGenders.isFirstName(w);
    }

    /** The titles that are no modifiers, the -man roles and the trades: the words {@link #roleWord} takes. */
    private static final Set<String> ROLE_HEADS = roleHeads();

    private static Set<String> roleHeads() {
        Set<String> heads = new java.util.HashSet<>(Lexicon.TITLES);
        heads.removeAll(MODIFIERS);
        heads.addAll(MAN_ROLES);
        heads.addAll(TRADE_ROLES);
        return heads;
    }

    /**
     * Whether a role word at {@code k} opens a run whose rest, to {@code b}, is a name of two or three words
     * (`Cricketer Tamsin Oduya`): no role, title or body among them, every one capitalised.
     */
    static boolean beforeName(List<Tok> toks, int k, int b) {
        if (b - k < 2 || b - k > 3 || !roleWord(toks.get(k))) {
            return false;
        }
        for (int n = k + 1; n <= b; n++) {
            Tok w = toks.get(n);
            if (w.type != Tok.WORD || !w.cap || Lexicon.TITLES.contains(w.low) || RoleWords.isRole(w)
                    || Lexicon.ORG_WORDS.contains(w.low)) {
                return false;
            }
        }
        return true;
    }

    /** Fields of an office after `of` / `for` in ministries, police and firms the world over (`of Home Affairs`). */
    private static final Set<String> FIELDS = Lexicon.words("""
            affairs security prosecutions development works planning education health trade industry transport
            agriculture justice environment energy research information communications sport sports culture tourism
            labour labor relations resources welfare housing services operations policy revenue investigations
            home public human social economic legal external internal rural urban local youth women water""");

    /**
     * An office with its field after `of` or `for` glued before a name (`Commissioner for Health Tamsin Oduya`, `Head
     * of Research X Y`, `Superintendent of Police X Y Z`): the name is what follows the field, two or three words.
     * The field runs over office, body and field words and words the article writes in lower case (`Police`,
     * `Foreign Affairs`), one word at least; a known first name opens the name. Otherwise {@code a}.
     */
    static int afterField(Doc d, List<Tok> toks, int a, int b) {
        if (a >= 2 && a + 1 < b && fieldLink(toks, a - 1)) { // n65b: a mention cut at `and`: `Repair X Y` of
            int s = a - 2; // `Minister for Planning and Repair X Y said`: the office's run goes on to the left
            while (s > 0 && a - s < 10 && (toks.get(s - 1).cap && toks.get(s - 1).type == Tok.WORD
                    || toks.get(s - 1).low.equals("of") || toks.get(s - 1).low.equals("for"))) {
                s--;
            }
            int n = s < a - 2 ? afterField(d, toks, s, b) : a;
            return n > a ? n : NameEdges.afterCoordinatedField(d, toks, a, b); // n73c
        }
        for (int f = a + 1; f <= b - 3; f++) {
            Tok link = toks.get(f);
            if (!link.low.equals("of") && !link.low.equals("for")) {
                continue;
            }
            Tok office = toks.get(f - 1);
            if (!roleWord(office) && !office.text.equals("Head")) {
                return a; // `Bank of ...`: `of` after no office word
            }
            int n = f + 2; // the field's first word, whatever it is, then more field words
            while (n <= b - 2 && (field(d, toks.get(n)) || fieldLink(toks, n) || NameEdges.officeLink(toks, n))) {
                n += fieldLink(toks, n) || NameEdges.officeLink(toks, n) ? 2 : 1; // n65b: `Trade and Industry X Y`
            } // n73c: `Minister of State for Tourism X Y`: a second `for` / `of` opens a field again
            for (int l = n; b - n > 2 && l <= b - 3; l++) {
                if (fieldLink(toks, l) && b - l - 2 <= 2) {
                    n = l + 2; // n65b: `for Emergency Planning and Repair X Y`: the field runs to the word after `and`
                }
            }
            if (b - n < 1 || b - n > 2) {
                return a;
            }
            for (int k = f + 1; k <= b; k++) {
                Tok w = toks.get(k);
                if (k < n && (fieldLink(toks, k) || NameEdges.officeLink(toks, k))) {
                    continue;
                }
                if (w.type != Tok.WORD || !w.cap || k >= n && (Lexicon.ORG_WORDS.contains(w.low)
                        || Lexicon.TITLES.contains(w.low) || roleWord(w))) {
                    return a;
                }
            }
            return n;
        }
        return a;
    }

    /** `and` / `&` between two capitalised field words (`Trade and Industry`). */
    private static boolean fieldLink(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return (t.low.equals("and") || t.text.equals("&")) && toks.get(k - 1).cap && toks.get(k + 1).cap;
    }

    private static boolean field(Doc d, Tok t) {
        return !PersonGenders.isFirstName(t.low) && (Lexicon.TITLES.contains(t.low) || Lexicon.ORG_WORDS.contains(t.low)
                || FIELDS.contains(t.low) || d.writtenLowerCase(t.low));
    }

    private static final Set<String> COMPASS = Lexicon.words("""
            north south east west central northeast northwest southeast southwest""");

    /**
     * The range of an office written right after it (`DIG South X Y Z`, `(SSP) East X Y`, South Asian and African
     * police and district copy): a compass word after a role word or its bracketed abbreviation, before a name of
     * two words or more, is no part of the name. Otherwise {@code a2}.
     */
    static int pastRange(List<Tok> toks, int a2, int b) {
        if (a2 == 0 || b - a2 < 2 || !toks.get(a2).cap || !COMPASS.contains(toks.get(a2).low)) {
            return a2;
        }
        Tok prev = toks.get(a2 - 1);
        boolean afterRole = roleWord(prev) || prev.text.equals(")") && a2 >= 2 && roleWord(toks.get(a2 - 2));
        return afterRole && toks.get(a2 + 1).cap && toks.get(a2 + 1).type == Tok.WORD ? a2 + 1 : a2;
    }
}
