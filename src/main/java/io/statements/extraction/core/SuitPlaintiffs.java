package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names29, rule suit-plaintiff: `the lawsuit says` is the words of whoever sued, when a sentence shortly
 * before says so with the verb (`The Harbour Union will sue the port authority over the fares. ... "...," the
 * lawsuit says` → Harbour Union): {@link DocumentIssuers} looks for a document noun after an issuing verb (`filed a
 * lawsuit`), which `sue` does without. Not a passive (`the port was sued by ...`: its subject is the defendant),
 * not a headline, only a name (a person or an organisation), as for other documents.
 */
final class SuitPlaintiffs {
    private static final Set<String> SUITS = Lexicon.words("lawsuit suit");
    private static final Set<String> SUING = Lexicon.words("sue sued sues suing");
    private static final Set<String> PASSIVE = Lexicon.words("be been being is are was were get got");
    /** How many sentences before the mention's own the suing one may stand, as for issued documents. */
    private static final int SENTENCES_BACK = 6;

    private final Doc d;
    private final List<Tok> toks;

    SuitPlaintiffs(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** Who brought the lawsuit {@code noun} named at the char offset {@code before}; null if no sentence says. */
    Speaker plaintiff(String noun, int before) {
        if (!SUITS.contains(noun) || d.subjects == null || toks.isEmpty()) {
            return null;
        }
        int si = toks.get(d.tokenAt(before)).sent;
        for (int k = si; k >= 0 && k >= si - SENTENCES_BACK && k < d.sentStart.length; k--) {
            int ss = d.sentStart[k];
            if (toks.get(ss).para == 0) {
                return null; // the headline's words (`Union to sue port`)
            }
            for (int i = d.sentEnd[k]; i > ss; i--) {
                Tok t = toks.get(i);
                if (t.s >= before || t.qrole != OUT || t.type != WORD || t.cap || !SUING.contains(t.low)
                        || PASSIVE.contains(toks.get(i - 1).low)) {
                    continue;
                }
                int[] subj = d.subjects.subjectBefore(i, ss);
                int[] whole = d.clauses == null ? null : d.clauses.sentenceSubject(ss, i - 1);
                if (subj != null && whole != null && whole[1] < subj[0] && toks.get(whole[1] + 1).low.equals("and")
                        && noClauseBetween(whole[1] + 1, subj[0])) {
                    subj = whole; // `The union and the campaigns of X and Y will sue`: the first named, not `Y`
                }
                if (subj == null || subj[0] < 0) {
                    return null;
                }
                Speaker sp = d.resolver.resolveSubject(firstConjunct(subj));
                boolean named = sp != null && sp.name() != null && SpeakerNames.isName(sp.name(), sp.kind());
                return named && (sp.kind() == SpeakerKind.PERSON || sp.kind() == SpeakerKind.ORGANIZATION) ? sp : null;
            }
        }
        return null;
    }

    /** The subject up to its first `and`: the plaintiff named first, whom the coordination's last name is not. */
    private int[] firstConjunct(int[] subj) {
        for (int k = subj[0] + 1; k < subj[1]; k++) {
            if (toks.get(k).low.equals("and")) {
                return new int[]{subj[0], k - 1};
            }
        }
        return subj;
    }

    /** No verb, comma or quote among the tokens [a, b): one coordinated noun phrase. */
    private boolean noClauseBetween(int a, int b) {
        for (int k = a; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != OUT || d.cueLex.isCueTok(k) || Lexicon.ADVERBS_AUX.contains(t.low)) {
                return false;
            }
        }
        return true;
    }
}
