package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule possessive-participle (session n51f): `the government's proposed harbour levy`, `The firm's stated aim`,
 * `Kestrel Foods' planned takeover`: an `-ed` word between a possessive and a lower-case content word is an
 * adjective of the owner's noun, not a verb of saying with the owner as its subject (which had made `government's`
 * a speaker, and the pronouns after it). Not a pronoun's contraction of `has` (`he's expected to`, `it's claimed`)
 * nor a name's before a function word (`The minister's announced that ...`, `Ann's warned the board`). For
 * {@link Cues}.
 */
final class PossessiveParticiples {
    /** Pronouns and other words whose `'s` is `has` or `is`. */
    private static final Set<String> CONTRACTED = Lexicon.words("he she it that there who what here where let one");

    private PossessiveParticiples() {
    }

    /** Whether the {@code -ed} word at i is an adjective between a possessive and its noun. */
    static boolean adjective(List<Tok> toks, int i) {
        if (i < 1 || i + 1 >= toks.size() || !toks.get(i).low.endsWith("ed")) {
            return false;
        }
        Tok owner = toks.get(i - 1), noun = toks.get(i + 1);
        if (owner.type != Tok.WORD || !Words.endsWithPossessive(owner) || noun.type != Tok.WORD || noun.cap
                || noun.sent != owner.sent) {
            return false;
        }
        String w = owner.low;
        String bare = w.endsWith("s'") || w.endsWith("s\u2019") ? w : w.substring(0, w.length() - 2);
        return !CONTRACTED.contains(bare) && !Words.SENTENCE_NOISE.contains(noun.low)
                && !Lexicon.PREPOSITIONS.contains(noun.low) && !Lexicon.TIME_WORDS.contains(noun.low);
    }
}
