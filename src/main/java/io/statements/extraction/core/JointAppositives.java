package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.PUNCT;
import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n66d, rule joint-title-appositive: `The mayor and deputy mayor of the council, Tomas Reed and Ilse Varga,
 * issued a statement`, `The two co-chairs, Ana Berg and Paul Ortiz, said`: a title phrase for two offices (two titles
 * joined by `and`, or a plural title) with two people named after its comma speaks as the pair, as the reader takes
 * it and as the copy writes `A and B`; it had been the title phrase alone (`deputy leader`) or the first name. A
 * singular title (`the chairman, Paul Ortiz and Nina Loy`) is left to the other rules: a list of three reads the same.
 */
final class JointAppositives {
    private JointAppositives() {
    }

    /** `A and B` when the mention [a, b] is a two-office title phrase, a comma and two people's names; else null. */
    static String pair(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        Tok last = toks.get(b);
        if (b - a < 5 || last.type != WORD || !last.cap) {
            return null; // quick rejection: most mentions are a pronoun, a name or a title
        }
        int comma = -1;
        for (int k = b - 1; k > a && b - k <= 9; k--) {
            if (toks.get(k).type == PUNCT) {
                comma = toks.get(k).text.equals(",") ? k : -1;
                break;
            }
        }
        if (comma < 0 || !twoOffices(toks, a, comma)) {
            return null;
        }
        int and = -1;
        for (int k = comma + 1; k <= b; k++) {
            if (toks.get(k).low.equals("and") && toks.get(k).type == WORD) {
                and = k;
                break;
            }
        }
        if (and < 0 || and - comma < 3 || b - and < 2) {
            return null; // each side a name of two words at least
        }
        String first = person(d, comma + 1, and - 1), second = first == null ? null : person(d, and + 1, b);
        return second == null || second.equals(first) ? null : first + " and " + second;
    }

    /**
     * Whether the title phrase before the comma holds two offices: a plural title (`co-chairs`), or two title words
     * joined by `and` inside it or right before it (the subject finder may cut `The mayor and` off the mention).
     */
    private static boolean twoOffices(List<Tok> toks, int a, int comma) {
        boolean role = false, joined = a >= 2 && toks.get(a - 1).low.equals("and") && RoleWords.isRole(toks.get(a - 2));
        for (int k = a; k < comma; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD) {
                return false; // `of the council (CC)`: keep to plain title phrases
            }
            if (t.has(WordBits.PLURAL_ROLE) && !t.cap) {
                return true;
            }
            joined |= t.low.equals("and") && role && k + 2 < comma
                    && (RoleWords.isRole(toks.get(k + 1)) || RoleWords.isRole(toks.get(k + 2))); // `mayor and deputy mayor`
            role |= RoleWords.isRole(t);
        }
        return joined && role;
    }

    /** The person the capitalised run [s, e] names in full, or null. */
    private static String person(Doc d, int s, int e) {
        for (int k = s; k <= e; k++) {
            if (d.toks.get(k).type != WORD || !d.toks.get(k).cap) {
                return null;
            }
        }
        Name nm = d.names.classify(s, e);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")
                ? nm.canonical : null;
    }
}
