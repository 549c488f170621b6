package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n50b, rule glued-office-name: wire copy from many countries writes a whole office as one capitalised run
 * before the holder, and the run's title words are not all roles: `Norvalt Chief Executive Henrik Sollberg` (a role
 * and a title word after it), `Kessara General Manager Port Tariq Halloun` (the office's body after its title, as
 * agencies garble `Port General Manager`), `Data Centre and Public Relations Wiryo Adi Santoso` (a department of a
 * plural noun). The person is the two or more capitalised words after the last office word, past one body word
 * there when a known first name or a surname the text writes alone follows it; else the run's start is kept. Without
 * this the index recorded the whole run as the person, and every later `Sollberg said` carried the office.
 */
final class GluedOffices {
    /** Department names of a plural noun (`Public Relations`, `Foreign Affairs`): an office, never a person's word. */
    private static final Set<String> DEPARTMENTS = Lexicon.words("relations affairs resources communications operations");
    /** Bodies and places an office may be of that are no organisation word (`Port`, `Airport`, `Customs`). */
    private static final Set<String> BODIES = Lexicon.words("port airport harbour harbor customs railway railways");

    private GluedOffices() {
    }

    /**
     * Where the person's name starts in the run [a, b] whose leading titles end at a2 (a2, or a later start), the
     * office word looked for from the word before a2 on (the pre-pass cuts a run after a role: `Manager | Port X Y`).
     */
    static int personStart(List<Tok> toks, int a, int a2, int b) {
        for (int k = b - 2; k >= Math.max(0, a2 - 1); k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || t.sent != toks.get(b).sent) {
                return a2;
            }
            if (!office(t)) {
                continue;
            }
            int start = k + 1;
            Tok body = toks.get(start);
            if (body.cap && (BODIES.contains(body.low) || Lexicon.ORG_WORDS.contains(body.low)) && b - start >= 2
                    && (PersonGenders.isFirstName(toks.get(start + 1).low) || alone(toks, b))) {
                start++; // `General Manager Port Tariq Halloun`: the port is the office's, the person is after it
            }
            for (int n = start; n <= b; n++) {
                Tok w = toks.get(n);
                if (w.type != Tok.WORD || !w.cap || office(w) || BODIES.contains(w.low) || Lexicon.ORG_WORDS.contains(w.low)) {
                    return a2; // `Chief Executive Officer`, `Manager Port Authority`: the office goes on, no name yet
                }
            }
            return b - start >= 1 && start >= a2 ? start : a2;
        }
        return a2;
    }

    /** Head words of offices that are no role alone (`Chief Executive`, `Chief Operating Officer`). */
    private static final Set<String> OFFICE_HEADS = Lexicon.words("executive officer");

    /**
     * A role or an office's head word (`Manager`, `Chief`, `Executive`) or a department's plural (`Relations`); not a
     * modifier of a title (`National`, `Foreign`), which opens names of bodies too (`X National Golf Club`).
     */
    private static boolean office(Tok t) {
        // n61e, rule party-abbreviated-office: `Labour MP X`, `Tory MEP X`: a title in capitals after a party or place
        return RoleWords.isRole(t) || OFFICE_HEADS.contains(t.low) || DEPARTMENTS.contains(t.low)
                || RoleWords.capitalAbbreviation(t);
    }

    /** Whether the run's last word stands alone elsewhere in the text (`according to Halloun`): a surname. */
    static boolean alone(List<Tok> toks, int b) {
        String surname = toks.get(b).text;
        int at = toks.get(b).s, from = b, to = b;
        while (from > 0 && at - toks.get(from - 1).s <= DefiniteDescriptions.MENTION_REACH) {
            from--; // within the mentions' reach, so a long text with many offices stays linear
        }
        while (to + 1 < toks.size() && toks.get(to + 1).s - at <= DefiniteDescriptions.MENTION_REACH) {
            to++;
        }
        for (int k = from; k <= to; k++) {
            if (Math.abs(k - b) > 1 && toks.get(k).text.equals(surname)
                    && (k == 0 || !toks.get(k - 1).cap) && (k + 1 >= toks.size() || !toks.get(k + 1).cap)) {
                return true;
            }
        }
        return false;
    }
}
