package io.statements.extraction.core;

import java.util.List;

/**
 * Session n74b, rule body-official-continues: `Harbour Board chief Ida Berg said ... "...," she added. "...," the
 * Harbour Board official said.` A definite description made of a body's capitalised name and a word for one of its
 * people (`the EU official`, `the UN envoy`, `the NATO chief`) right after a named person's words is that person
 * when the article gave them a title at that same body (its words among the title's: `EU foreign policy chief X`):
 * the copy varies how it names the one voice it is quoting. Only when that person spoke last (no other voice since,
 * {@link ContinuingDescriptions#lastStatement}), within {@link #REACH} characters, and the text did not introduce
 * another such person before (`an EU official`, `EU officials`): then the words may be someone else's.
 */
final class BodyOfficialContinuations {
    /** How far back (in characters) the last speaker's words may end. */
    private static final int REACH = 1500;
    /** How many capitalised words the body's name may have in the description. */
    private static final int BODY_WORDS = 3;

    private BodyOfficialContinuations() {
    }

    /** The last speaker the description [a, b] stands for, with the description as its mention; else sp. */
    static Speaker speaker(Doc d, int a, int b, Speaker sp) {
        List<Tok> toks = d.toks;
        if (sp == null || b - a < 2 || b - a > BODY_WORDS + 1 || !toks.get(a).low.equals("the")) {
            return sp;
        }
        Tok head = toks.get(b);
        if (head.type != Tok.WORD || head.cap || !LongTitleAppositives.post(head)
                && !Lexicon.ANON_NOUNS.contains(head.low) || head.low.endsWith("s") && !head.low.endsWith("ss")) {
            return sp;
        }
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || Words.endsWithPossessive(t)) {
                return sp; // `the official`, `the senior official`, `Berg's aide`: no body's name
            }
        }
        Stmt last = ContinuingDescriptions.lastStatement(d, toks.get(a).s);
        if (last == null || last.sp == null || last.sp.kind() != SpeakerKind.PERSON || last.sp.name() == null
                || !last.sp.name().contains(" ") || toks.get(a).s - last.ce > REACH
                || !titledAt(d, last.sp.name(), a, b) || introducedBefore(toks, a, b)) {
            return sp;
        }
        return new Speaker(sp.ms(), sp.me(), sp.mention(), last.sp.name(), SpeakerKind.PERSON, sp.channel());
    }

    /** Whether the records give the person a title whose words hold every body word of [a + 1, b - 1]. */
    private static boolean titledAt(Doc d, String person, int a, int b) {
        for (PersonRecords.Role role : PersonRecords.of(d).roles) {
            if (!role.person().equals(person)) {
                continue;
            }
            boolean all = true;
            for (int k = a + 1; k < b && all; k++) {
                all = role.mods().contains(d.toks.get(k).low);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Whether the body's words and the head (or its plural) stand together before a: someone else of that body. */
    private static boolean introducedBefore(List<Tok> toks, int a, int b) {
        int n = b - a - 1;
        for (int k = a - 1; k - n >= 0; k--) {
            Tok t = toks.get(k);
            if (t.type == Tok.WORD && !t.cap && (t.low.equals(toks.get(b).low) || t.low.equals(toks.get(b).low + "s"))) {
                boolean same = true;
                for (int m = 1; m <= n && same; m++) {
                    same = toks.get(k - m).low.equals(toks.get(b - m).low);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }
}
