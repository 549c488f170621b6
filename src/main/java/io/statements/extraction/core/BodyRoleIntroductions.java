package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n69b, rule body-by-corporate-role: a name the name index read as a person's (`Wells Fargo`, `Bloomberg`,
 * `Harlow Finch`: no known first name, no gender) is a body when the article introduces it by a word that only a
 * company has: `Harlow Finch CEO Ida Berg`, `the chief executive of Harlow Finch`, `shares in Harlow Finch`, `Harlow
 * Finch's shareholders`. A person has no chief executive, shares or headquarters; words a person also has (a
 * spokesman, staff, a chairman of a campaign) are left out. The story rules then count it as an organisation, so a
 * later `the bank` / `the company` can reach it.
 */
final class BodyRoleIntroductions {
    /** Words right after the name (or after its possessive) that only a company has. */
    private static final Set<String> AFTER = Lexicon.words("ceo ceos shareholders shareholder shares stock headquarters");
    /** Words before `of` / `in` that only a company has: `the CEO of X`, `shares in X`, `a stake in X`. */
    private static final Set<String> BEFORE_OF = Lexicon.words("ceo shareholders shareholder shares stake");

    private BodyRoleIntroductions() {
    }

    /**
     * The names the article introduces as companies: person-typed runs with a company's word by them, and runs the
     * index glued such a word onto (`Harlow Finch CEO`), without it. Read on demand only (a `the company` unresolved),
     * and once an article (n71m): the name index is complete before attribution asks, and a story of many `the company`
     * mentions asked it again for each.
     */
    static Set<String> names(Doc d) {
        if (d.companyNames == null) {
            d.companyNames = collect(d);
        }
        return d.companyNames;
    }

    private static Set<String> collect(Doc d) {
        Set<String> out = new java.util.HashSet<>();
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            String name = d.names.mentionName.get(k);
            String bare = unglued(name);
            if (bare != name || introduced(d, d.names.mentionPos.get(k), name)) {
                out.add(bare);
            }
        }
        return out;
    }

    /** `Harlow Finch CEO` → `Harlow Finch`: a company's word the name index kept at the end of the name. */
    static String unglued(String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        return sp > 0 && AFTER.contains(Lexicon.lower(name.substring(sp + 1))) ? name.substring(0, sp) : name;
    }

    /** Whether the mention (index row mp, name) is a person-typed name the article introduces as a company. */
    static boolean introduced(Doc d, int[] mp, String name) {
        if (name == null || mp[1] != SpeakerKind.PERSON.ordinal() || name.isEmpty()
                || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        List<Tok> toks = d.toks;
        int a = mp[2];
        int words = 1;
        for (int i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
            words++;
        }
        int end = a + words - 1;
        if (a < 0 || end >= toks.size() || toks.get(a).qrole != Tok.OUT
                || !name.endsWith(Words.stripPossessive(toks.get(end).text))) {
            return false; // a surname standing for a full name, or a name inside a quote: not the run written here
        }
        int sp = name.indexOf(' ');
        if (PersonGenders.isFirstName(Lexicon.lower(sp > 0 ? name.substring(0, sp) : name)) || d.genders.of(name) != null) {
            return false; // `Ann Gold` is someone, whatever follows her name
        }
        return after(toks, end) || before(toks, a);
    }

    /** `X CEO Ida Berg`, `X's shareholders`, `X chief executive Ida Berg`. */
    private static boolean after(List<Tok> toks, int end) {
        if (end + 1 >= toks.size() || toks.get(end + 1).sent != toks.get(end).sent) {
            return false;
        }
        Tok next = toks.get(end + 1);
        if (AFTER.contains(next.low)) {
            return true;
        }
        return next.low.equals("chief") && end + 2 < toks.size() && toks.get(end + 2).low.equals("executive");
    }

    /** `the CEO of X`, `chief executive of X`, `shares in X`, `a stake in X`. */
    private static boolean before(List<Tok> toks, int a) {
        if (a < 2) {
            return false;
        }
        String prep = toks.get(a - 1).low;
        if (!prep.equals("of") && !prep.equals("in") && !prep.equals("at")) {
            return false;
        }
        String role = toks.get(a - 2).low;
        if (BEFORE_OF.contains(role)) {
            return !prep.equals("at");
        }
        if (role.equals("officer") && a >= 3 && toks.get(a - 3).low.equals("executive")) {
            return true; // `chief executive officer of X`
        }
        return role.equals("executive") && a >= 3 && toks.get(a - 3).low.equals("chief") && !prep.equals("in");
    }
}
