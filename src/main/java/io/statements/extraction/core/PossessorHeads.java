package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Words.endsWithPossessive;

/**
 * Words and posts of a possessor ({@link SpeakerResolver}): `Berg's language in the memo shows` is Berg's, and
 * `From Bush's Facebook post: "..."` (`post` read as a verb, outside the mention) is Bush's post, not Facebook's.
 */
final class PossessorHeads {
    private final List<Tok> toks;
    private final SpeakerResolver resolver;
    private final PossessorAuthors possessors;

    PossessorHeads(List<Tok> toks, SpeakerResolver resolver, PossessorAuthors possessors) {
        this.toks = toks;
        this.resolver = resolver;
        this.possessors = possessors;
    }

    /** The owner of the words the phrase [a, end] heads with {@code last} (`Berg's language`); null when none. */
    Speaker owner(int a, int end, Tok last, String lastLow, int ms, int me, String mention) {
        int[] owner = !last.cap && PossessorAuthors.WORDS_NOUNS.contains(lastLow) ? possessors.owner(a, end) : null;
        if (owner != null) { // `Berg's language in the memo shows`: Berg's words
            Speaker by = resolver.resolve(owner[0], owner[1]);
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), null);
            }
        }
        return null;
    }

    /** The poster when the mention [a, b] is a possessor before a document noun; null otherwise. */
    Speaker poster(int a, int end, int b, Tok last, int ms, int me, String mention) {
        Tok next = b + 1 < toks.size() ? toks.get(b + 1) : null;
        int[] poster = last.cap && !endsWithPossessive(last) && end == b && next != null && !next.cap
                && Lexicon.DOC_NOUNS.contains(next.low) ? possessors.possessor(a, b + 1) : null;
        if (poster != null) { // `From Bush's Facebook post: "..."`, `post` read as a verb: Bush's post, not Facebook
            Speaker by = resolver.resolve(poster[0], poster[1]);
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), Words.channelForNoun(next.low));
            }
        }
        return null;
    }
}
