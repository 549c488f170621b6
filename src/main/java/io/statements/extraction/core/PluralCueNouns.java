package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/** A cue word in -s (`reports`, `claims`, `statements`) that is a plural noun, the object of a verb before it. */
final class PluralCueNouns {
    private PluralCueNouns() {
    }

    /**
     * Lead, session 46, rule received-reports: verbs whose object the -s word is (`they had received reports of
     * "irregularities"`, `the ministry denied claims that ...`, `police confirmed reports`); a verb in -ed in general
     * may end a relative clause before the main verb (`a man who was arrested claims ...`), so only these. Session
     * n74d: `asked questions`, `answered questions`, `raised questions`: the words put to someone, no verb whose
     * subject `asked` could be.
     */
    private static final Set<String> OBJECT_VERBS = Lexicon.words("""
            received receive receives heard hear hears denied deny denies dismissed dismiss dismisses rejected
            reject rejects confirmed confirm confirms welcomed ignored investigated investigate examined reviewed
            studied seen saw read asked answered raised""");

    /**
     * Whether the -s word at i is a plural noun: an object right after {@link #OBJECT_VERBS}, or (session names32,
     * rule cited-source: `X said, citing intelligence reports, that ...`, `quoting police statements`) the cited
     * source one or two words after `citing`/`quoting`, not a verb whose subject (`intelligence`) would take the
     * quote from X.
     */
    static boolean objectNoun(List<Tok> toks, int i) {
        Tok before = toks.get(i - 1);
        if (before.type == WORD && !before.cap && OBJECT_VERBS.contains(before.low)) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            Tok p = toks.get(k);
            if (p.type != WORD || p.cap && k < i - 1 || p.sent != toks.get(i).sent) {
                return false;
            }
            if (p.low.equals("citing") || p.low.equals("quoting")) {
                return true;
            }
        }
        return false;
    }
}
