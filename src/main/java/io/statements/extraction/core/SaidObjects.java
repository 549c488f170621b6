package io.statements.extraction.core;

import java.util.List;

/**
 * Session n72a, rule said-object-noun: a word of saying in -s right after a past-tense verb of saying (`X said reports
 * of the leak were false`, `she added claims that ...`) is that verb's object, a plural noun:
 * no verb of saying takes another as its object, so it is no cue and its subject is no speaker (the speaker was read
 * as `X said`, the cue word inside the name). The mirror of {@link Cues#surnameBeforeVerbOfSaying}.
 */
final class SaidObjects {
    private SaidObjects() {
    }

    /**
     * The past tenses that take a reported clause right after them, so that the -s word opens the clause's subject.
     * Not verbs that take a noun object (`announced plans to`, `confirmed reports`), where the -s word was read as the
     * cue and the verb before it left as the mention: making that verb the cue read its object as an inverted subject.
     */
    private static final java.util.Set<String> CLAUSE_VERBS = Lexicon.words("said told wrote added stated");

    /** Whether the -s word at i (a candidate cue) follows a lower-case past-tense verb of saying in its sentence. */
    static boolean after(List<Tok> toks, int i) {
        if (i == 0) {
            return false;
        }
        Tok p = toks.get(i - 1);
        return p.type == Tok.WORD && !p.cap && p.sent == toks.get(i).sent && CLAUSE_VERBS.contains(p.low);
    }
}
