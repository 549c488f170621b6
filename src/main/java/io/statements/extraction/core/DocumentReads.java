package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/** Where a document's own text is set out after `reads`, so that it is quoted from the document. */
final class DocumentReads {

    private DocumentReads() {
    }

    /**
     * Session names36, rule document-reads: `The statement reads: "..."`, `the letter read, in part: "..."`: a
     * document's text set out after `reads` is quoted from it, as after `said`; `read` stays no cue elsewhere (`she
     * read the report`, `it reads well`), so only a document noun right before it and a colon or quote after it.
     */
    static boolean readsOut(List<Tok> toks, int i) {
        if (i == 0 || !Lexicon.DOC_NOUNS.contains(toks.get(i - 1).low) && !authoredDocumentBefore(toks, i)
                || toks.get(i - 1).sent != toks.get(i).sent) {
            return false;
        }
        int j = i + 1;
        if (j < toks.size() && toks.get(j).text.equals(",")) {
            j++;
        }
        if (j + 1 < toks.size() && toks.get(j).low.equals("in") && toks.get(j + 1).low.equals("part")) {
            j += 2;
        }
        if (j < toks.size() && toks.get(j).text.equals(",")) {
            j++;
        }
        return j < toks.size() && (toks.get(j).text.equals(":") || toks.get(j).qrole == OPEN);
    }

    /** Words after a document noun that name its author: `a statement from Senator X's office`, `a letter by X`. */
    private static final java.util.Set<String> AUTHOR_LINKS = Lexicon.words("from by");

    /**
     * Rule document-from-reads (session names47): `A statement from Senator Lucille Varga's office read: "..."`: a
     * document noun, `from` or `by`, and up to six words naming its author (no punctuation) before `read`.
     */
    private static boolean authoredDocumentBefore(List<Tok> toks, int i) {
        for (int k = i - 1; k >= 2 && i - k <= 7 && toks.get(k).type == WORD && toks.get(k).qrole == OUT; k--) {
            if (AUTHOR_LINKS.contains(toks.get(k).low)) {
                return k < i - 1 && Lexicon.DOC_NOUNS.contains(toks.get(k - 1).low);
            }
        }
        return false;
    }
}
