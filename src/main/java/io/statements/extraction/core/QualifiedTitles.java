package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names40, rule organisation-title: a title the article gives together with the organisation it is held in
 * (`UEFA president Ann Loy`, `Loy, president of UEFA`, `the president of the Continental Football Union, Ann Loy`,
 * `MTA chief executive Lee Obi`), so that a later `the UEFA president`, `the CFU president`, `the MTA chief` is the
 * person given the title WITH that organisation (its name or its initials), nearest before the mention, else the
 * first one after; and never a person the article gave the title only with another organisation written in capitals
 * (`FIFA President Rolf Tann` is not `the UEFA president`). Only an all-capitals qualifier in the mention counts:
 * `the French president`, `the GOP nominee` name a country or a party, which other rules and other words
 * (`American`, `Republican`) describe.
 */
final class QualifiedTitles {

    /** One title given with its organisation: the words and initials that qualify it, and the title's own words. */
    private record Given(int pos, String name, Set<String> roles, Set<String> qualifiers, boolean capitals) {
    }

    /** Words inside a title after its role word: `chief executive`, `chief operating officer`. */
    private static final Set<String> TITLE_TAILS = Lexicon.words("executive officer operating general");
    /** Words for whoever heads an organisation, whatever its title: `the CA chief`, `the NRU boss`. */
    private static final Set<String> GENERIC_HEADS = Lexicon.words("chief head boss leader");
    /** All-capitals words that name a country or a party, not an organisation a title is held in. */
    private static final Set<String> NOT_ORGANISATIONS = Lexicon.words("us usa uk gop eu");

    private final Doc d;
    private final List<Tok> toks;
    private List<Given> given;

    QualifiedTitles(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The person given the mention's title with its organisation (`the UEFA president`), or null. */
    String holder(int a, int end, int ms) {
        Set<String> asked = qualifiers(a, end);
        if (asked.isEmpty()) {
            return null;
        }
        Set<String> roles = roleWords(a, end);
        boolean any = GENERIC_HEADS.containsAll(roles); // lead48: `the CA chief` is its chairman, its director
        String before = null, after = null;
        for (Given g : given()) {
            if ((any || g.roles().containsAll(roles)) && !disjoint(g.qualifiers(), asked)) {
                if (g.pos() < ms) {
                    before = g.name();
                } else if (after == null) {
                    after = g.name();
                }
            }
        }
        return before != null ? before : after;
    }

    /**
     * Whether the person holds the mention's title only with other organisations written in capitals: `FIFA President
     * Rolf Tann` for `the UEFA president`.
     */
    boolean heldElsewhere(int a, int end, String person) {
        Set<String> asked = qualifiers(a, end);
        if (asked.isEmpty() || person == null) {
            return false;
        }
        Set<String> roles = roleWords(a, end);
        boolean elsewhere = false;
        for (Given g : given()) {
            if (g.name().equals(person) && g.roles().containsAll(roles)) {
                if (!disjoint(g.qualifiers(), asked)) {
                    return false;
                }
                elsewhere |= g.capitals();
            }
        }
        return elsewhere;
    }

    /** The all-capitals words (`UEFA`, `MTA`) before the title at the end of `the UEFA president` [a, end]. */
    private Set<String> qualifiers(int a, int end) {
        if (end - a < 2 || end - a > 4 || !toks.get(a).low.equals("the") || !titleWord(toks.get(end))) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            String w = Words.stripPossessive(t.text);
            if (t.type == WORD && w.length() >= 2 && w.equals(w.toUpperCase()) && w.chars().allMatch(Character::isLetter)
                    && !NOT_ORGANISATIONS.contains(Lexicon.lower(w))) {
                out.add(Lexicon.lower(w));
            } else if (!titleWord(t)) {
                return Set.of(); // `the UEFA vice president`'s `vice`, `the MTA's new chief`: not this rule's
            }
        }
        return out;
    }

    /** The lower-case role words of the mention's title (`chief`, `executive`). */
    private Set<String> roleWords(int a, int end) {
        Set<String> out = new HashSet<>();
        for (int k = a + 1; k <= end; k++) {
            if (titleWord(toks.get(k))) {
                out.add(RoleWords.role(toks.get(k)));
            }
        }
        return out;
    }

    private static boolean titleWord(Tok t) {
        return t.type == WORD && (RoleWords.isRole(t) || TITLE_TAILS.contains(t.low));
    }

    private static boolean disjoint(Set<String> x, Set<String> y) {
        for (String w : y) {
            if (x.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private List<Given> given() {
        if (given == null) {
            given = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                Tok t = toks.get(i);
                if (t.qrole == OUT && t.type == WORD && RoleWords.isRole(t) && (i == 0 || !titleWord(toks.get(i - 1)))) {
                    collect(i);
                }
            }
        }
        return given;
    }

    /** The title starting at r0: its organisation before (`UEFA president`) or after (`president of UEFA`), and holder. */
    private void collect(int r0) {
        int r1 = r0;
        while (r1 + 1 < toks.size() && titleWord(toks.get(r1 + 1)) && r1 - r0 < 3) {
            r1++;
        }
        Set<String> roles = new HashSet<>(), qualifiers = new HashSet<>();
        for (int k = r0; k <= r1; k++) {
            roles.add(RoleWords.role(toks.get(k)));
        }
        boolean capitals = false;
        int q = r0 - 1; // `UEFA president`, `Continental Football Union president`
        int lead = r0; // where the organisation's words end: before its initials in `Canal Authority (CA) chairman X`
        if (q >= 3 && toks.get(q).text.equals(")") && toks.get(q - 2).text.equals("(") && toks.get(q - 1).cap) {
            capitals |= addQualifier(toks.get(q - 1), qualifiers); // lead48, rule parenthesised-initials-title
            q -= 3;
            lead = r0 - 3;
        }
        while (q >= 0 && lead - q <= 3 && toks.get(q).type == WORD && toks.get(q).cap && !RoleWords.isRole(toks.get(q))
                && toks.get(q).sent == toks.get(r0).sent && !(Lexicon.DETERMINERS.contains(toks.get(q).low)
                && (q == d.sentStart[toks.get(q).sent] || q > 0 && toks.get(q - 1).type == PUNCT))) {
            // a capitalised `The` opens the phrase after a dateline's dash too (`GENEVA (Wire) — The president of`)
            capitals |= addQualifier(toks.get(q), qualifiers);
            q--;
        }
        int after = r1 + 1;
        if (q == lead - 1 && lead == r0 && after + 1 < toks.size() && (toks.get(after).low.equals("of") || toks.get(after).low.equals("for"))) {
            int k = after + 1; // `president of the Continental Football Union`, `of the players' body FPA`
            StringBuilder initials = new StringBuilder();
            while (k < toks.size() && k - after <= 6 && toks.get(k).type == WORD && toks.get(k).qrole == OUT) {
                if (toks.get(k).cap) {
                    capitals |= addQualifier(toks.get(k), qualifiers);
                    initials.append(Character.toLowerCase(toks.get(k).text.charAt(0)));
                }
                k++;
            }
            if (initials.length() >= 2) {
                qualifiers.add(initials.toString());
            }
            after = k;
        } else if (lead - q >= 3) {
            StringBuilder initials = new StringBuilder();
            for (int k = q + 1; k < lead; k++) {
                initials.append(Character.toLowerCase(toks.get(k).text.charAt(0)));
            }
            qualifiers.add(initials.toString()); // `Metro Transit Authority chief` is the `MTA chief`
        }
        if (qualifiers.isEmpty()) {
            appointed(r0, roles);
            return;
        }
        String name = holderAround(q + 1, r1, after);
        if (name != null) {
            given.add(new Given(toks.get(r0).s, name, roles, qualifiers, capitals));
        }
    }

    /** Verbs by which an organisation gives someone its title. */
    private static final Set<String> APPOINTING = Lexicon.words("appointed named elected hired chose picked");
    private static final Set<String> HAVE = Lexicon.words("has have had");

    /**
     * `The Northern Rugby Union has appointed Ann Loy as its chief executive`: the organisation that opens the sentence
     * gives its own title (`its`, `their`), so that `the NRU chief executive` is Ann Loy; the title starts at r0.
     */
    private void appointed(int r0, Set<String> roles) {
        String owner = toks.get(Math.max(r0 - 1, 0)).low;
        int as = owner.equals("its") || owner.equals("their") ? r0 - 2 : r0 - 1;
        as = as > 0 && toks.get(as).low.equals("new") ? as - 1 : as; // `as its new chief executive`
        if (as < 3 || !toks.get(as).low.equals("as")) {
            return;
        }
        int verb = as - 1;
        while (verb > 0 && as - verb <= 4 && toks.get(verb).type == WORD && toks.get(verb).cap) {
            verb--;
        }
        String name = verb < as - 1 && APPOINTING.contains(toks.get(verb).low) ? d.titles.personAt(verb + 1) : null;
        int org = verb - 1;
        org = org >= 0 && HAVE.contains(toks.get(org).low) ? org - 1 : org; // `has appointed`
        Set<String> qualifiers = new HashSet<>();
        StringBuilder initials = new StringBuilder();
        boolean capitals = false;
        for (int k = org; name != null && k >= 0 && org - k < 5 && toks.get(k).type == WORD && toks.get(k).cap
                && toks.get(k).sent == toks.get(r0).sent && !Lexicon.DETERMINERS.contains(toks.get(k).low); k--) {
            capitals |= addQualifier(toks.get(k), qualifiers);
            initials.insert(0, Character.toLowerCase(toks.get(k).text.charAt(0)));
        }
        if (initials.length() >= 2) {
            qualifiers.add(initials.toString());
        }
        if (!qualifiers.isEmpty()) {
            given.add(new Given(toks.get(r0).s, name, roles, qualifiers, capitals));
        }
    }

    /** Adds the word (lower case, without a possessive); true when it is written in capitals (`UEFA`). */
    private static boolean addQualifier(Tok t, Set<String> qualifiers) {
        String w = Words.stripPossessive(t.text);
        qualifiers.add(Lexicon.lower(w));
        return w.length() >= 2 && w.equals(w.toUpperCase()) && w.chars().allMatch(Character::isLetter);
    }

    /**
     * The person the title [start .. r1, qualifier up to after) belongs to: the name right after it (`UEFA president
     * Ann Loy`, `the president of UEFA, Ann Loy`), else the name before its comma (`Ann Loy, the UEFA president`).
     */
    private String holderAround(int start, int r1, int after) {
        int next = after < toks.size() && toks.get(after).text.equals(",") ? after + 1 : after;
        String name = next < toks.size() && toks.get(next).cap && toks.get(next).sent == toks.get(r1).sent
                ? d.titles.personAt(next) : null;
        if (name != null) {
            return name;
        }
        if (after >= toks.size() || toks.get(after).type == WORD) {
            return null; // `in Lisbon, the CFU president said`: a mention, no appositive
        }
        int c = start - 1;
        c = c >= 0 && Lexicon.DETERMINERS.contains(toks.get(c).low) ? c - 1 : c;
        if (c < 1 || !toks.get(c).text.equals(",") || !toks.get(c - 1).cap) {
            return null;
        }
        int e = c - 1, a = e;
        while (a - 1 >= 0 && e - a < 3 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap) {
            a--;
        }
        return Name.personInFull(d.names, a, e);
    }
}
