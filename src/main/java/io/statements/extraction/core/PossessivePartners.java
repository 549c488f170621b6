package io.statements.extraction.core;

import java.util.List;

/**
 * Rule and-his-counterpart (session n62b): `Premier Ana Ravu and her Samoan counterpart Iosefa Matagi said`, `Tom
 * Reyes and his deputy Ida Berg said`. A `his`/`her` right after `and` can only point back to the person named before
 * `and`, so the name after it is a second person described by a relation to the first, and the two together are the
 * subject ({@link CoordinatedNames#widen}); before, the second name alone took the whole statement. The words between
 * the possessive and the second name must read as a relation or a title: at least one lower-case person noun or
 * role word (`counterpart`, `deputy`, `wife`), other words capitalised (`Samoan`), nothing else (no `his speech
 * writer's notes`, no comma, no verb).
 */
final class PossessivePartners {
    private PossessivePartners() {
    }

    /** Relations that describe one person through another: not all are role words. */
    private static final java.util.Set<String> RELATIONS = Lexicon.words("""
            counterpart deputy wife husband partner successor predecessor colleague rival opponent ally aide
            son daughter brother sister""");

    /** True when the subject opening at a is `his`/`her`, relation words, then a name ending before secondEnd. */
    static boolean describedThroughFirst(List<Tok> toks, int a, int secondEnd) {
        if (a < 1 || a + 2 >= toks.size() || !toks.get(a - 1).low.equals("and")) {
            return false;
        }
        Tok p = toks.get(a);
        if (!p.low.equals("his") && !p.low.equals("her")) {
            return false;
        }
        boolean relation = false;
        int k = a + 1;
        for (; k < toks.size() && toks.get(k).s < secondEnd && toks.get(k).sent == p.sent; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD) {
                return false;
            }
            if (!t.cap) {
                if (!(RELATIONS.contains(t.low) || RoleWords.ROLES.contains(t.low) || Lexicon.TITLES.contains(t.low))) {
                    return false;
                }
                relation = true;
            } else if (relation) {
                break; // the second person's name, right after the relation
            }
        }
        return relation && k < toks.size() && toks.get(k).s < secondEnd && toks.get(k).cap;
    }
}
