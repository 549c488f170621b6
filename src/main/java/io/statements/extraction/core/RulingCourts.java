package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n68b, rule ruling-of-the-court-that-ruled: a court's document (`the ruling`, `the decision`, `the order`)
 * is by the court or judge the article reports as ruling: `A regional appeals court ruled on Tuesday that ...` ...
 * `"...," said the ruling`. The nominalised verb keeps its agent: whoever `ruled`, `overturned`, `upheld` or `ordered`
 * wrote the ruling, the decision or the order. Read back from the mention over the whole article, the latest such
 * verb whose subject resolves to a court (a name holding `Court` or `Tribunal`) or to a judge by title. This settles
 * the texts that name two courts (the one appealed from and the one that ruled), where {@link CourtParts} names
 * neither; a subject that is no court or judge (`the board decided`) says nothing. A judge yields to the one court the
 * text names (n63c's order), and an earlier `a ruling of X` / `by X` before any such verb leaves the choice open.
 */
final class RulingCourts {
    /** A court's documents, named for what it does. */
    private static final Set<String> RULINGS = Lexicon.words("""
            ruling rulings judgment judgement judgments decision order opinion""");
    /** What a court does when it decides a case. */
    private static final Set<String> RULED = Lexicon.words("""
            ruled overruled overturned upheld ordered struck dismissed rejected blocked quashed""");
    /** Words after an earlier mention of the document that name its author there: `a ruling of X`, `by X`. */
    private static final Set<String> AUTHOR_LINKS = Lexicon.words("of by from");
    /** Titles that make a person the author of a ruling. */
    private static final Set<String> JUDGE_TITLES = Lexicon.words("judge justice magistrate");

    private RulingCourts() {
    }

    /** The court or judge that ruled before char ms, for the document head {@code head}; else null. */
    static Speaker author(Doc d, SpeakerResolver resolver, String head, int ms) {
        if (!RULINGS.contains(head) || d.names == null || ms <= 0) {
            return null;
        }
        for (int i = d.tokenAt(ms - 1); i > 0; i--) {
            Tok t = d.toks.get(i);
            if (t.type == Tok.WORD && !t.cap && t.low.equals(head) && i + 2 < d.toks.size()
                    && AUTHOR_LINKS.contains(d.toks.get(i + 1).low)) {
                return null; // `upheld a ruling of the District Court` ... `the ruling`: which one, the text leaves open
            }
            if (t.type != Tok.WORD || t.cap || t.qrole != Tok.OUT || t.para == 0 || !RULED.contains(t.low)) {
                continue;
            }
            if (relative(d, i)) {
                continue; // `a lower court that had upheld the levy`: the court overturned, not the one ruling
            }
            int ss = d.sentStart[t.sent];
            int[] subj = d.subjects.subjectBefore(i, ss);
            if (subj == null || subj[0] < 0) {
                continue;
            }
            Speaker sp = resolver.resolve(subj[0], subj[1]);
            if (sp != null && sp.name() != null && court(sp.name())) {
                return sp;
            }
            if (sp != null && sp.name() != null && sp.kind() == SpeakerKind.PERSON && judge(d, subj)) {
                // n63c: a ruling of the one court the text names is that court's, its judge only without one
                return CourtParts.documentCourt(d, head, ms) != null ? null : sp;
            }
        }
        return null;
    }

    /** Relative words and auxiliaries that put the verb at i in a clause about another court. */
    private static final Set<String> RELATIVE = Lexicon.words("that which who whose");
    private static final Set<String> AUXILIARIES = Lexicon.words("had has have been was were is also earlier");

    private static boolean relative(Doc d, int i) {
        int k = i - 1;
        while (k > 0 && i - k <= 3 && AUXILIARIES.contains(d.toks.get(k).low)) {
            k--;
        }
        return k >= 0 && RELATIVE.contains(d.toks.get(k).low);
    }

    private static boolean court(String name) {
        return Character.isUpperCase(name.codePointAt(0)) && (name.startsWith("Court ") || name.contains(" Court")
                || name.contains("Tribunal"));
    }

    /** `Judge Ines Varga`, `District Judge X`: a judge's title before a name (not `A judge in Harwick`). */
    private static boolean judge(Doc d, int[] subj) {
        for (int k = subj[0]; k < subj[1]; k++) {
            if (JUDGE_TITLES.contains(d.toks.get(k).low) && d.toks.get(k + 1).cap) {
                return true;
            }
        }
        return false;
    }
}
