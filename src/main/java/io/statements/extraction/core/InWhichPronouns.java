package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session names42, rule in-which-author: `a statement released on Friday by (minister) Ana Ruiz in which she said`,
 * `Ruiz's letter, in which she wrote`: the `he`/`she` of a relative clause on a text is the text's author named by
 * `by` or a possessive, not the story's last speaker (a spokesman repeating it) nor the last person named before.
 * Only the author closing the noun phrase (`by X` right before `in which`) or opening it (`X's` and one to three
 * lower-case words); a pronoun whose gender the author's is known not to be is left to the usual rules.
 */
final class InWhichPronouns {

    private InWhichPronouns() {
    }

    /** The author the pronoun at p stands for, or null. */
    static String author(Doc d, int p) {
        List<Tok> toks = d.toks;
        Tok pronoun = toks.get(p);
        if (p < 4 || !(pronoun.low.equals("he") || pronoun.low.equals("she")) || !toks.get(p - 1).low.equals("which")
                || !(toks.get(p - 2).low.equals("in") || toks.get(p - 2).low.equals("during"))) {
            return null;
        }
        int end = toks.get(p - 3).text.equals(",") ? p - 4 : p - 3; // `Ruiz's letter, in which`
        String name = byAuthor(d, end);
        name = name != null ? name : possessiveAuthor(d, end);
        return name == null || d.genders.conflicts(name, pronoun.low.equals("he") ? 'M' : 'F') ? null : name;
    }

    /** `by Ana Ruiz` ending at {@code end}: the person. */
    private static String byAuthor(Doc d, int end) {
        List<Tok> toks = d.toks;
        int k = end;
        while (k >= 0 && k > end - 4 && toks.get(k).type == WORD && toks.get(k).cap) {
            k--;
        }
        int name = k + 1;
        if (k > 0 && k < end && RoleWords.isRole(toks.get(k)) && !toks.get(k).cap) {
            k--; // `by commissioner Helga Lindqvist`
        }
        return name <= end && k >= 0 && toks.get(k).low.equals("by") ? person(d, name, end) : null;
    }

    /** `Ana Ruiz's open letter` ending at {@code end}: the possessor. */
    private static String possessiveAuthor(Doc d, int end) {
        List<Tok> toks = d.toks;
        int k = end;
        while (k >= 0 && k > end - 3 && toks.get(k).type == WORD && !toks.get(k).cap) {
            k--;
        }
        if (k == end || k < 0 || !Words.endsWithPossessive(toks.get(k)) || !toks.get(k).cap) {
            return null;
        }
        int a = k;
        while (a > 0 && a > k - 3 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap) {
            a--;
        }
        return person(d, a, k);
    }

    private static String person(Doc d, int a, int b) {
        Speaker sp = d.resolver.resolve(a, b);
        return sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null
                || PersonAntecedents.nonPerson(sp.name()) ? null : sp.name();
    }
}
