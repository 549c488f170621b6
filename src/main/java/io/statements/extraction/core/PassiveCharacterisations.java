package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule passive-characterisation (session n67e): `The board was targeted by the auditor as a "model of careless
 * planning"`, `The plan was dismissed by the union as "a stunt"`: a passive verb with its agent after `by` and the
 * quote as the `as` predicate characterises the subject in the agent's words. The subject is what the quote is about,
 * never its speaker; the agent speaks, whatever the verb (`targeted`, `dismissed`, `hailed` are no verbs of saying).
 */
final class PassiveCharacterisations {
    private PassiveCharacterisations() {
    }

    private static final Set<String> BE = Lexicon.words("was were is are been being be");
    private static final Set<String> ARTICLES = Lexicon.words("a an the");

    /** The participle's token of `BE V-ed by AGENT as (a) "..."` ending right before the quote at {@code open}, or -1. */
    static int participle(List<Tok> toks, int ss, int open) {
        int as = open - 1;
        if (as > ss && ARTICLES.contains(toks.get(as).low)) {
            as--;
        }
        if (as <= ss + 3 || !toks.get(as).low.equals("as")) {
            return -1; // quick rejection: no `as` right before the quote
        }
        for (int by = as - 2; by > ss + 1 && as - by <= 6; by--) {
            Tok t = toks.get(by);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT) {
                return -1; // the agent is a plain noun phrase: no comma, no quote inside it
            }
            if (t.low.equals("by")) {
                Tok part = toks.get(by - 1);
                return part.low.endsWith("ed") && part.low.length() > 4 && BE.contains(toks.get(by - 2).low) ? by - 1 : -1;
            }
        }
        return -1;
    }
}
