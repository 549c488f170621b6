package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.PUNCT;
import static io.statements.extraction.core.Tok.WORD;

/**
 * Where a mention's noun phrase ends ({@link SpeakerResolver}): the phrase is cut at an appositive comma, a
 * parenthesis or a dash, at a preposition followed by a lower-case word, at a participle after a person noun and at
 * `with`, `from`, `at`, `who`, `familiar`; the head word is the last word before the cut.
 */
final class MentionPhraseEnds {
    private MentionPhraseEnds() {
    }

    /** The last token of the noun phrase that opens the mention [a, b]; below {@code a} when nothing is left. */
    static int end(List<Tok> toks, int a, int b) {
        // n51a, n68b: `a X report on`, `a letter to Y`
        int end = FindingNouns.headEnd(toks, a, DocumentModifiers.documentEnd(toks, a, b));
        for (int k = a; k <= end; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT && (t.text.equals(",") || t.text.equals("(") || t.text.equals("\u2014"))) {
                return k - 1 > a ? MentionTails.beforeTimeWord(toks, a, k - 1) : k - 1;
            }
            if (k > a && t.type == WORD && Lexicon.PREPOSITIONS.contains(t.low) && !t.low.equals("of")
                    && k + 1 <= b && !toks.get(k + 1).cap && !NameParticles.inBeforeArticle(toks, k, b)) {
                return k - 1 > a ? MentionTails.beforeTimeWord(toks, a, k - 1) : k - 1; // n66b: `The KFA today in a`
            }
            if (LocatedDescriptions.endsBefore(toks, a, k, b)) {
                return k - 1; // n76e: `the rebels in Niger`: people there, not the place
            }
            if (k > a + 1 && t.type == WORD && !t.cap && t.low.endsWith("ing") && k + 1 <= b
                    && CommonHeads.personNoun(toks.get(k - 1))
                    && (Lexicon.PREPOSITIONS.contains(toks.get(k + 1).low)
                    || Lexicon.DETERMINERS.contains(toks.get(k + 1).low))) {
                return k - 1; // `a port source speaking to the Herald`; n50e: `the premier praising the work`
            }
            if (k > a && t.type == WORD && (t.low.equals("with") || t.low.equals("from") || t.low.equals("at")
                    || t.low.equals("who") || t.low.equals("familiar"))) {
                return k - 1;
            }
        }
        return end;
    }
}
