package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule possessed-claim (session names28): `a question about her claim that she "never ..."`, `such as his recent
 * claim that ...`: a noun of saying owned by a possessive is the owner's statement; it had no subject (the noun is
 * no verb), so the speaker was none. The owner is the possessive pronoun resolved, or the capitalised name before
 * `'s` (`Holt's assertion that ...`).
 */
final class PossessedClaims {

    static final Set<String> NOUNS = Lexicon.words("""
            claim claims assertion assertions contention insistence remark remarks comment comments statement
            statements promise pledge vow warning argument suggestion accusation charge admission prediction""");
    private static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.words("his her their its");

    private final Doc d;

    PossessedClaims(Doc d) {
        this.d = d;
    }

    /** Nouns of announcing, owned by a name before a `that` clause holding a quote. */
    private static final Set<String> ANNOUNCING = Lexicon.words("announcement announcements");
    /** Words between `that` and the quote: a subject, an auxiliary, a verb and a word (`that he would make`). */
    private static final int CLAUSE_REACH = 5;

    /**
     * Session names36, rule possessed-announcement: `X said, answering questions about Y's announcement that he would
     * make "..."`: a quote after `Y's` noun of saying and `that`, between the cue and the quote, is Y's (the cue's
     * speaker talks about Y's words); the owner must be a name, else null.
     */
    Speaker ownerBetween(int from, int to, int ss) {
        for (int m = from; m < to; m++) {
            Tok t = d.toks.get(m);
            if (t.qrole != OUT) {
                return null;
            }
            // the quote inside the `that` clause, a few words on (`that he would make "..."`), not the predicate of a
            // longer one (`X said Y's claim that Z is in favour of W is "not true"`: X's words about Y's claim)
            if (t.type == WORD && (NOUNS.contains(t.low) || ANNOUNCING.contains(t.low)) && d.toks.get(m + 1).low.equals("that")
                    && m > from && Words.endsWithPossessive(d.toks.get(m - 1)) && d.toks.get(m - 1).cap
                    && to - (m + 1) <= CLAUSE_REACH) {
                int[] np = d.subjects.npEndingAt(m - 1, ss);
                Speaker owner = np == null ? null : d.resolver.resolve(np[0], np[1]);
                return owner != null && owner.name() != null ? owner : null;
            }
            Speaker author = t.type == WORD && NOUNS.contains(t.low) ? authorBefore(m, to) : null;
            if (author != null) {
                return author;
            }
        }
        return null;
    }

    /** How many tokens the author's mention may hold between `by`/`from` and `that`. */
    private static final int AUTHOR_REACH = 15;
    /** Words between `that` and the quote of a remark's clause (`that the reservoirs were "..."`). */
    private static final int REMARK_CLAUSE_REACH = 8;

    /**
     * Rule remark-by-author (session names41): `Schell said Adair had ignored a remark by the board's chair, Judith
     * Hale, that the reservoirs were "in good shape"`, `asked about a remark from Paul Denton, the trade secretary,
     * that the plan was "daft"`: a quote a few words into the `that` clause of a noun of saying at m whose author
     * `by`/`from` names is the author's (the cue's speaker reports about it); a named author, else null.
     */
    private Speaker authorBefore(int m, int to) {
        Tok prep = d.toks.get(m + 1);
        if (!prep.low.equals("by") && !prep.low.equals("from")) {
            return null;
        }
        for (int k = m + 2; k < to && k - m <= AUTHOR_REACH; k++) {
            Tok t = d.toks.get(k);
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return null;
            }
            if (t.low.equals("that")) {
                int end = d.toks.get(k - 1).text.equals(",") ? k - 2 : k - 1;
                Speaker author = end >= m + 2 && to - k <= REMARK_CLAUSE_REACH ? d.resolver.resolve(m + 2, end) : null;
                return author != null && author.name() != null && Character.isUpperCase(author.name().codePointAt(0))
                        && (author.kind() == SpeakerKind.PERSON || author.kind() == SpeakerKind.ORGANIZATION)
                        ? author : null;
            }
        }
        return null;
    }

    /** The owner of the noun of saying at cue (at most two adjectives between: `his recent public claim`), or null. */
    Speaker owner(int cue, int ss) {
        Tok noun = d.toks.get(cue);
        if (noun.type != WORD || noun.cap || noun.qrole != OUT || !NOUNS.contains(noun.low)) {
            return null;
        }
        for (int m = cue - 1; m >= ss && cue - m <= 3; m--) {
            Tok t = d.toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return null;
            }
            if (POSSESSIVE_PRONOUNS.contains(t.low)) {
                return d.resolver.resolvePossessivePronoun(m);
            }
            if (Words.endsWithPossessive(t)) {
                if (!t.cap) {
                    return null; // `the mayor's claim`: left to the title rules
                }
                int[] np = d.subjects.npEndingAt(m, ss);
                return np == null ? null : d.resolver.resolve(np[0], np[1]);
            }
            if (t.cap || Lexicon.DETERMINERS.contains(t.low) || Lexicon.PREPOSITIONS.contains(t.low)
                    || d.cueLex.isCueTok(m)) {
                return null;
            }
        }
        return null;
    }
}
