package io.statements.extraction.core;

import java.util.List;

/**
 * Session n72a, rule participle-opener-subject: a present participle opening its sentence (`Speaking of his "shock"
 * and saying he was "saddened", X apologised`, `Responding to the ruling, she said`) is an adjunct whose subject is
 * the main clause's; taken as the mention it gave the speaker `Speaking`. The subject is the name or pronoun right
 * after the comma that closes the participle's phrase, in the same sentence and outside quotation marks; with none
 * there (`Speaking at the rally, the mayor ...`) the mention stays as it was.
 */
final class ParticipleOpeners {
    private ParticipleOpeners() {
    }

    /** Words that open a participle's phrase: a preposition, an adverb of time or a determiner of its object. */
    private static final java.util.Set<String> PHRASE_OPENERS = Lexicon.words("""
            of to at in on about after before with from for during soon shortly later earlier the a an his her their its
            this that reporters journalists""");

    /** [start, end] of the main clause's subject when the mention [a, b] is a sentence-opening participle alone. */
    static int[] subjectAfter(List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        if (a != b || !t.cap || t.type != Tok.WORD || t.low.length() < 7 || !t.low.endsWith("ing")
                || a > 0 && toks.get(a - 1).sent == t.sent) {
            return null; // quick rejection: a one-word mention that opens no sentence with an -ing word
        }
        Tok next = a + 1 < toks.size() ? toks.get(a + 1) : null;
        if (next == null || next.type != Tok.WORD || next.cap || !PHRASE_OPENERS.contains(next.low)) {
            return null; // `Manning said`, `Beijing, which ...`: a name ending in -ing, no participle's phrase after it
        }
        for (int k = a + 1; k + 1 < toks.size() && k - a < 60 && toks.get(k).sent == t.sent; k++) {
            Tok c = toks.get(k), n = toks.get(k + 1);
            if (!c.text.equals(",") || c.qrole != Tok.OUT || n.type != Tok.WORD || n.qrole != Tok.OUT || n.sent != t.sent) {
                continue;
            }
            if (Lexicon.SUBJECT_PRONOUNS.contains(n.low)) {
                return new int[]{k + 1, k + 1};
            }
            if (n.cap && !Words.SENTENCE_NOISE.contains(n.low)) {
                int e = k + 1;
                while (e + 1 < toks.size() && e - k < 4 && toks.get(e + 1).type == Tok.WORD && toks.get(e + 1).cap
                        && toks.get(e + 1).sent == t.sent) {
                    e++;
                }
                return new int[]{k + 1, e};
            }
        }
        return null;
    }
}
