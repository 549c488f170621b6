package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names43, rule repeated-office: news copy gives an office in full with its holder (`The chair of the Harbour
 * Inquiry, Ann Loy, has rejected ...`, `Ann Loy, head of the Coastal Authority,`) and later repeats it shortened to
 * its body's last word (`the chair of the inquiry said`, `the head of the authority`). That later mention is the
 * holder named with the same title and a body ending in that word, nearest before; none when the text gave that
 * office to nobody. Only a lower-case mention `the <title> of the [words] <noun>`.
 */
final class RepeatedOffices {
    private final Doc d;
    private final List<Tok> toks;

    RepeatedOffices(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The person the mention [a, end] (`the chair of the inquiry`) stands for, or null. */
    String holder(int a, int end) {
        int role = a + 1;
        if (end - a < 4 || end - a > 6 || !toks.get(a).low.equals("the") || toks.get(role).cap
                || !RoleWords.isRole(toks.get(role)) && !toks.get(role).low.equals("head")
                || !toks.get(role + 1).low.equals("of")
                || !toks.get(role + 2).low.equals("the")) {
            return null;
        }
        for (int k = role + 3; k <= end; k++) {
            if (toks.get(k).type != WORD || toks.get(k).cap) {
                return null; // `the chair of the Harbour Inquiry`: the full office, read by the title rules
            }
        }
        String body = toks.get(end).low;
        String holder = null;
        for (int i = 0; i < a; i++) {
            Tok t = toks.get(i);
            if (t.low.equals(toks.get(role).low) && i + 2 < a && toks.get(i + 1).low.equals("of")) {
                String named = given(i, body);
                holder = named != null ? named : holder;
            }
        }
        return holder;
    }

    /** The person given the office at i (`chair of the Harbour Inquiry`) when its body ends in {@code body}. */
    private String given(int i, String body) {
        int k = i + 2 < toks.size() && toks.get(i + 2).low.equals("the") ? i + 3 : i + 2;
        int start = k;
        while (k < toks.size() && toks.get(k).cap && toks.get(k).type == WORD && k - start < 6) {
            k++;
        }
        if (k == start || !toks.get(k - 1).low.equals(body)) {
            return null;
        }
        if (k + 1 < toks.size() && toks.get(k).text.equals(",") && toks.get(k + 1).cap) {
            return d.titles.personAt(k + 1); // `The chair of the Harbour Inquiry, Ann Loy,`
        }
        int before = i > 0 && Lexicon.DETERMINERS.contains(toks.get(i - 1).low) ? i - 1 : i;
        if (before >= 2 && toks.get(before - 1).text.equals(",") && toks.get(before - 2).cap) {
            int e = before - 2, s = e;
            while (s - 1 >= 0 && toks.get(s - 1).cap && toks.get(s - 1).type == WORD && e - s < 3) {
                s--;
            }
            Name nm = d.names.classify(s, e);
            return nm != null && nm.kind == SpeakerKind.PERSON ? nm.canonical : null; // `Ann Loy, chair of the X,`
        }
        return null;
    }
}
