package io.statements.extraction.core;

/**
 * Session names36, rule it-document: `The board's annual report was published on Monday. It says "..."`: an `it`
 * opening the sentence after one whose subject is a document stands for that document, whose author (or nobody)
 * speaks, not for the last organisation named (`filed with the Exchange Commission`).
 */
final class DocumentIt {
    private DocumentIt() {
    }

    /** The subject [a, b] of sentence {@code si} when its head is a document noun (`statement`, `report`), or null. */
    static int[] documentSubject(Doc d, int si) {
        if (si < 0 || d.clauses == null) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        if (subj == null) {
            return null;
        }
        int end = subj[1];
        for (int k = subj[0]; k <= subj[1]; k++) {
            if (d.toks.get(k).text.equals(",")) {
                end = k - 1; // `The statement, filed on Monday,`: the head before the aside
                break;
            }
        }
        Tok head = d.toks.get(end);
        return end >= subj[0] && head.type == Tok.WORD && !head.cap && Lexicon.DOC_NOUNS.contains(head.low)
                ? new int[]{subj[0], end} : null;
    }

    /** Whether the pronoun at char offset {@code ms} opens its sentence. */
    static boolean opensSentence(Doc d, int ms) {
        int k = d.tokenAt(ms);
        return k >= 0 && (k == 0 || d.toks.get(k - 1).sent != d.toks.get(k).sent);
    }
}
