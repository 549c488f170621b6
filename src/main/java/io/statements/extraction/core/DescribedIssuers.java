package io.statements.extraction.core;

import java.util.List;

/** Documents issued by a body the article names only by a description (`the company published a report`). */
final class DescribedIssuers {

    private DescribedIssuers() {
    }

    /**
     * Session n67b, rule described-body-issuer: `X said he would quit, while the company published a report`: the
     * document is the body `the company` stands for (`the firm`, `the board`: a definite organisation noun as the
     * issuing verb's subject), never X, whose statement merely shares the sentence. The body is the name the
     * description resolves to; when it resolves to none, a speaker without a name, so that no one else is taken.
     */
    static boolean body(List<Tok> toks, int[] subj, int h) {
        Tok head = toks.get(h);
        return !head.cap && h == subj[0] + 1 && toks.get(subj[0]).low.equals("the") && Lexicon.ORG_NOUNS.contains(head.low);
    }

    /** The body a described subject stands for, or a speaker without a name (see {@link #body}). */
    static Speaker issuer(Doc d, int[] subj) {
        List<Tok> toks = d.toks;
        Speaker sp = d.resolver.resolveSubject(subj);
        if (sp != null && sp.name() != null && sp.kind() == SpeakerKind.ORGANIZATION
                && Character.isUpperCase(sp.name().codePointAt(0))) {
            return sp;
        }
        Speaker leader = StoryActors.leader(d, toks.get(subj[0]).s); // the body the story is about, if one leads
        if (leader != null && leader.kind() == SpeakerKind.ORGANIZATION) {
            return leader;
        }
        return new Speaker(toks.get(subj[0]).s, toks.get(subj[1]).e, null, null, null, null);
    }
}
