package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session names40, rule lead-title-cataphora: news leads introduce a person by a description and name them in the
 * next sentence (`A newly named transport minister has said ... . Ann Loy, who took the post in May, admitted
 * ...`). The indefinite title that opens the lead's sentence is given to the person the next sentence opens with,
 * so that the lead's own statement and a later `the minister said` are that person. For {@link PersonTitles}. Not an
 * unnamed source's word (`A spokesman said ... . Ann Loy, the mayor, ...` are two people) nor a title with `of`
 * (`A minister of the old government`), and only when the next sentence stays in the paragraph or the next one.
 * The lead may also open with a definite title right after `The` (`The Premier has conceded ... . Tom Hallett told
 * ...`), in the first body paragraph only and not when the next sentence opens with another title (`Senator X`).
 */
final class LeadTitles {
    /** Lower-case words a lead's description may carry before its title: `newly appointed health`, `senior`. */
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> INDEFINITE = Lexicon.words("a an");
    /** Words after the title that continue the noun phrase rather than start its verb (`A minister of ...`). */
    private static final Set<String> NOT_VERBS = Lexicon.words("of for who and or to at in");
    /** A definite lead's verb: `The Premier has conceded`, `The minister said`, not a participle or `called`. */
    private static final Set<String> LEAD_VERBS = Lexicon.words("has had is was will says said told");
    private static final Set<String> DATELINE_ENDS = Set.of(":", "-", "\u2013", "\u2014");

    private LeadTitles() {
    }

    /** The person the sentence after `A [modifiers] title` (the title at i opening its sentence) opens with, or null. */
    static String holder(List<Tok> toks, int i, PersonTitles titles) {
        Tok t = toks.get(i);
        if (Lexicon.ANON_NOUNS.contains(t.low) || i + 1 >= toks.size() || toks.get(i + 1).type != Tok.WORD
                || toks.get(i + 1).cap || NOT_VERBS.contains(toks.get(i + 1).low)) {
            return null;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= MAX_MODIFIERS && toks.get(k).type == Tok.WORD && !toks.get(k).cap
                && !INDEFINITE.contains(toks.get(k).low) && !RoleWords.isRole(toks.get(k))) {
            k--;
        }
        // the lead's own `The Premier has conceded ...`: only right after `The`, in the first body paragraph
        boolean definite = k == i - 1 && k >= 0 && toks.get(k).low.equals("the") && t.para == 1
                && LEAD_VERBS.contains(toks.get(i + 1).low); // not `The candidate called "..."`: one called that
        boolean opens = k >= 0 && (INDEFINITE.contains(toks.get(k).low) && !t.cap || definite) && (k == 0
                || toks.get(k - 1).sent != t.sent || DATELINE_ENDS.contains(toks.get(k - 1).text)); // `NEW DELHI: A`
        if (!opens) {
            return null;
        }
        int n = i + 1;
        while (n < toks.size() && toks.get(n).sent == t.sent) {
            n++;
        }
        if (n >= toks.size() || toks.get(n).para - t.para > 1 || !toks.get(n).cap || toks.get(n).qrole != Tok.OUT) {
            return null;
        }
        if (definite && RoleWords.isRole(toks.get(n))) {
            return null; // `The president vetoed it. Senator Ann Loy said`: another office, another person
        }
        return titles.personAt(n); // `Ann Loy, who ...`, `Health Minister Ann Loy said`
    }
}
