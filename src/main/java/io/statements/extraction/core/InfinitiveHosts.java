package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule phrase-hosted-infinitive (session n54a): `X had gone so far as to say: "..."`, `X went as far as to say, "..."`,
 * `X was quick to say that ...`, `X was eager to tell reporters ...`: a verb of saying in an infinitive hosted by
 * `so far as` / `as far as`, or by a copula and an adjective of readiness or a participle (`was moved to say`),
 * has the subject of the clause's own verb, not the sentence's (read as the subject, `as` or `quick` named nobody
 * and the quote lost its speaker; `The debate was so dull that X was moved to say, "..."` took the debate). Not a
 * refusal or an inability (`was unable to say`, `was reluctant to say`): those say nothing, and their quote is
 * someone else's.
 */
final class InfinitiveHosts {
    /** Adjectives of readiness that host a verb of saying after a copula (`was quick to say`). */
    private static final Set<String> READY = Lexicon.words(
            "quick eager keen careful happy glad ready willing swift anxious pleased proud first");
    /** Copulas before such an adjective. */
    private static final Set<String> COPULAS = Lexicon.words("is are was were be been being");
    /** Words that may stand between an adjective of readiness and its copula (`was the first`, `was all too quick`). */
    private static final Set<String> BEFORE_ADJECTIVE = Lexicon.words("the very too all also always");
    /** Auxiliaries and adverbs between a subject and its clause's verb (`has even gone`, `would always be`). */
    private static final Set<String> BEFORE_VERB = Lexicon.words(
            "has have had will would could may might must also even then now");

    private InfinitiveHosts() {
    }

    /** The token {@code host} (before `to` and the verb of saying) closes `so/as far as` or `was quick`. */
    static boolean hosts(List<Tok> toks, int host, int ss) {
        return clauseVerb(toks, host, ss) > ss;
    }

    /**
     * The subject of the clause whose verb hosts the infinitive at {@code host} (`The columnist Ida Berg` before
     * `went so far as`, `she` before `was quick`); null when {@code host} hosts none or no noun phrase ends there.
     */
    static int[] subject(Subjects subjects, List<Tok> toks, int host, int ss) {
        int verb = clauseVerb(toks, host, ss);
        int k = verb - 1;
        while (k > ss && toks.get(k).type == WORD && toks.get(k).qrole == OUT && !toks.get(k).cap
                && (BEFORE_VERB.contains(toks.get(k).low) || toks.get(k).low.endsWith("ly"))) {
            k--; // `had gone so far as`, `has also been quick`, `reportedly went`
        }
        return verb <= ss || k < ss ? null : subjects.npEndingAt(k, ss);
    }

    /** The verb (`went`, `gone`) before `so far as`, or the copula before `quick`, hosting at {@code host}; else -1. */
    private static int clauseVerb(List<Tok> toks, int host, int ss) {
        Tok h = toks.get(host);
        if (h.type != WORD || h.qrole != OUT || h.cap) {
            return -1;
        }
        if (h.low.equals("as")) { // `so far as to say`, `as far as to say`
            return host - 3 >= ss && toks.get(host - 1).low.equals("far")
                    && (toks.get(host - 2).low.equals("so") || toks.get(host - 2).low.equals("as")) ? host - 3 : -1;
        }
        if (!READY.contains(h.low) && !(h.low.endsWith("ed") && h.low.length() > 4)) {
            return -1;
        }
        int k = host - 1; // `was quick`, `was very quick`, `was the first`, `were all too quick`, `was moved`
        for (int skipped = 0; k > ss && skipped < 2 && !COPULAS.contains(toks.get(k).low); skipped++, k--) {
            Tok w = toks.get(k);
            if (w.type != WORD || w.qrole != OUT || w.cap
                    || !(w.low.endsWith("ly") || BEFORE_ADJECTIVE.contains(w.low))) {
                return -1;
            }
        }
        return k >= ss && COPULAS.contains(toks.get(k).low) && toks.get(k).qrole == OUT ? k : -1;
    }
}
