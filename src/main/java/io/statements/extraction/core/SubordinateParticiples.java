package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n52c, rule participle-after-subordinate-clause: `That came after the Southern Alliance condemned the
 * takeover, saying "..."`, `The first clash came during a rally, when X interrupted the minister, shouting "..."`: a
 * participle right after a comma hangs on the clause just before that comma. When that clause is a subordinate one
 * (`after`, `when`, `as`, ... and its own subject) that follows the main clause, and the main clause's subject cannot
 * speak (a demonstrative, the subject of an event verb such as `came` or `followed`, or a subject that resolves to no
 * speaker), the subordinate clause's subject is the speaker.
 * A main clause whose subject speaks keeps it (`X cut jobs after sales fell, warning "..."`).
 */
final class SubordinateParticiples {
    private SubordinateParticiples() {
    }

    /** Subordinators of time and cause whose clause may carry the participle (not `if`, `although`). */
    private static final Set<String> OPENERS = Lexicon.words("after when as because since while before until once");

    /** Main-clause subjects that point at an event, never at a speaker. */
    private static final Set<String> DEMONSTRATIVES = Lexicon.words("that this");

    /** Verbs that make their subject an event placed in time (`The worst moment came during ...`, `It followed`). */
    private static final Set<String> EVENT_VERBS = Lexicon.words("came comes followed follows happened occurred");

    /**
     * True when the main subject {@code main} (tokens; null when none), resolved to {@code spoke}, cannot speak: a
     * demonstrative, the subject of an event verb, or no speaker at all.
     */
    static boolean mainCannotSpeak(List<Tok> toks, int[] main, Speaker spoke) {
        if (main != null && main[0] >= 0 && main[0] == main[1] && DEMONSTRATIVES.contains(toks.get(main[0]).low)) {
            return true;
        }
        if (main != null && main[1] >= 0 && main[1] + 1 < toks.size() && EVENT_VERBS.contains(toks.get(main[1] + 1).low)) {
            return true;
        }
        return spoke == null || spoke.name() == null;
    }

    /** The speaker of the subordinate clause before the comma that opens the participle at {@code cue}; else null. */
    static Speaker subject(Doc d, int cue, int ss) {
        List<Tok> toks = d.toks;
        if (cue - 3 <= ss || !toks.get(cue - 1).text.equals(",") || d.clauses == null) {
            return null;
        }
        for (int m = cue - 2; m > ss && cue - m < 30; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD && t.type != PUNCT || t.text.equals(",") || t.text.equals(";")
                    || t.text.equals(":")) {
                return null;
            }
            if (t.type == WORD && OPENERS.contains(t.low)) {
                int[] sub = d.clauses.sentenceSubject(m + 1, cue - 2);
                if (sub == null || sub[0] < 0 || sub[1] >= cue - 2) {
                    return null; // the clause needs its own verb after its subject
                }
                Speaker sp = d.resolver.resolveSubject(sub);
                return sp != null && sp.name() != null && sp.kind() != null ? sp : null;
            }
        }
        return null;
    }
}
