package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session names38: a title several people hold in one article. Rule plural-title-names: `Morning Joe hosts Joe
 * Scarborough and Mika Brzezinski` gives `host` to both names (a plural role word right before two names joined by
 * `and`). Rule shared-title-last-named: `the host said` with two hosts is the one of them the text named most recently
 * before the mention, not the one titled last (`Judge Ann Cole ... Judge Ray Dunn ... Cole asked ... the judge said`).
 */
final class SharedTitles {
    /** How far back (chars) a holder's latest mention may stand to decide between holders. */
    private static final int REACH = 3000;

    private SharedTitles() {
    }

    /** The plural of every role word: `hosts`, `judges` (asked for every lower-case word ending in `s`). */
    static final Set<String> PLURAL_ROLES = new HashSet<>();

    static {
        for (String role : RoleWords.ROLES) {
            PLURAL_ROLES.add(role + "s");
        }
    }

    /** The role whose plural is the word at i (`hosts` → `host`), when two names joined by `and` follow; else null. */
    static String pluralRoleBeforeNames(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != Tok.OUT || !t.has(WordBits.PLURAL_ROLE)) {
            return null;
        }
        int k = i + 1, names = 0;
        while (k < toks.size() && toks.get(k).type == WORD && toks.get(k).cap && toks.get(k).sent == t.sent) {
            k++;
            names++;
        }
        return names >= 2 && k < toks.size() && toks.get(k).low.equals("and") && k + 1 < toks.size()
                && toks.get(k + 1).cap ? t.low.substring(0, t.low.length() - 1) : null;
    }

    /** The token after the `and` joining the first name after the plural role at i to the second. */
    static int secondName(List<Tok> toks, int i) {
        int k = i + 1;
        while (toks.get(k).cap) {
            k++;
        }
        return k + 1;
    }

    /**
     * Of the distinct {@code holders} (two or more), the one whose latest mention before {@code before} is the
     * latest, within {@link #REACH}; null when none of them is named there.
     */
    static String lastNamed(NameIndex names, List<String> holders, int before) {
        if (holders.size() < 2) {
            return null;
        }
        for (int k = names.mentionBefore(before); k >= 0; k--) {
            int pos = names.mentionPos.get(k)[0];
            if (pos < before - REACH) {
                return null;
            }
            if (pos < before && holders.contains(names.mentionName.get(k))) {
                return names.mentionName.get(k);
            }
        }
        return null;
    }
}
