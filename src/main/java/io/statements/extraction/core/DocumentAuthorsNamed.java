package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n49c, rule letter-author-named: the author of a letter, note, memo or message that an earlier sentence names
 * around the noun itself, for {@link DocumentIssuers} when `the letter read` quotes it: the possessor (`Ngarambe's
 * resignation letter was read out`), the name after the noun (`A letter signed by Dr Amara Quist`, `a letter from the
 * minister, Halvard Sund`), or the subject of the sentence that says the letter carried something (`The 88-year-old
 * made the announcement in a letter`, `Dolan told staff in a memo`, `via a note`). Never the one a letter went to (`a
 * letter to Governor X`) nor the one who read it out (`read out by the Speaker`).
 */
final class DocumentAuthorsNamed {
    /** Participles between the noun and `by`: `a letter signed by`, `a memo written by`. */
    private static final Set<String> AUTHORED = Lexicon.words("signed written penned sent drafted authored");
    /** Prepositions by which a document carries what its author did: `in a letter`, `via a note`. */
    private static final Set<String> CARRIED = Lexicon.words("in via through");
    /** Determiners that introduce a document: `in a letter`, `in his letter`. */
    private static final Set<String> DETERMINERS = Lexicon.words("a an his her their its");

    private final Doc d;
    private final List<Tok> toks;

    DocumentAuthorsNamed(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** What a person writes and signs: the nouns this rule reads (an email, a poll or a plan has other ways). */
    static final Set<String> LETTERS = Lexicon.words("letter letters note notes memo memos message messages");

    /**
     * Session n64c, rule statement-carried-by-subject: a statement, notice or communique is only read here as opening
     * its sentence's act (`In a joint statement, X and Y said ...`), never by the letters' other clues; the sentence's
     * speaker may be a news agency crediting the report (`..., news agency NPA reported`), and the one who put the
     * statement out speaks in it, not the agency that relayed it.
     */
    static final Set<String> CARRIED_ONLY = Lexicon.words("statement statements notice communique announcement");

    /** The author the sentence starting at token {@code ss} names for the document noun at {@code i}, or null. */
    Speaker author(int i, int ss) {
        if (CARRIED_ONLY.contains(toks.get(i).low)) {
            int prep = carrier(i, ss); // not `X, in a statement put out by his party,`: the party's
            return prep == ss ? openingCarrier(i, ss) : null;
        }
        if (!LETTERS.contains(toks.get(i).low)) {
            return null;
        }
        int end = d.sentEnd[toks.get(i).sent];
        int[] owner = new PossessorAuthors(d).possessor(ss, i);
        if (owner != null) { // `Ngarambe's letter`, not `Monday's letter`
            String w = Words.stripPossessive(toks.get(owner[1]).low);
            return Lexicon.TIME_WORDS.contains(w) ? null : named(d.resolver.resolve(owner[0], owner[1]));
        }
        int k = i + 1;
        if (k < end && AUTHORED.contains(toks.get(k).low)) {
            k++;
        }
        if (k + 1 <= end && (toks.get(k).low.equals("by") || toks.get(k).low.equals("from") && k == i + 1)) {
            int from = k + 1, to = from - 1;
            while (to + 1 <= end && toks.get(to + 1).type == WORD && toks.get(to + 1).qrole == OUT
                    && (toks.get(to + 1).cap || to + 1 == from && toks.get(to + 1).low.equals("the"))) {
                to++;
            }
            if (to > from || to == from && toks.get(to).cap) {
                int comma = to + 1; // `a letter from the minister, Halvard Sund,`: the name in apposition
                if (!toks.get(to).cap && comma + 1 <= end && toks.get(comma).text.equals(",") && toks.get(comma + 1).cap) {
                    to = comma;
                }
                return named(d.resolver.resolve(from, to));
            }
            return null;
        }
        return carried(i, ss);
    }

    /** The subject of the sentence that says the document at {@code i} carried its act (`in a letter`), or null. */
    private Speaker carried(int i, int ss) {
        int prep = carrier(i, ss);
        if (prep < 0) {
            return null;
        }
        if (prep == ss) { // `In a letter, X wrote`: the subject after the opening phrase
            return openingCarrier(i, ss);
        }
        int[] subj = d.clauses.sentenceSubject(ss, prep);
        return subj == null || subj[0] < 0 || subj[1] >= prep && subj[0] < prep ? null : named(d.resolver.resolveSubject(subj));
    }

    /** How many words the subject after an opening `In a statement,` may take before its verb. */
    private static final int SUBJECT_REACH = 12;

    /**
     * n64c, rule statement-carried-by-subject: `In a joint statement, union secretary A and treasurer B said ...`: the
     * subject of the first attributing verb after the opening phrase's comma (the first of a list of issuers, as
     * {@link IssuerLists} takes them), or null when a quote or the sentence's end comes first.
     */
    private Speaker openingCarrier(int i, int ss) {
        int end = d.sentEnd[toks.get(i).sent];
        if (i + 2 > end || !toks.get(i + 1).text.equals(",")) {
            return null;
        }
        for (int v = i + 2; v <= end && v - i <= SUBJECT_REACH; v++) {
            Tok t = toks.get(v);
            if (t.qrole != OUT || t.type != WORD && !t.text.equals(",")) {
                return null;
            }
            if (t.type == WORD && !t.cap && Lexicon.ATTRIBUTING_VERBS.contains(t.low)) {
                Speaker first = IssuerLists.first(d, i + 2, v);
                if (first != null) {
                    return named(first);
                }
                int[] subj = d.subjects.subjectBefore(v, i + 2);
                return subj == null || subj[0] < 0 ? null : named(d.resolver.resolveSubject(subj));
            }
        }
        return null;
    }

    /**
     * The preposition before the noun at {@code i} that says the document carried the act (`in a letter`, `via his
     * note`, `in a two-page memo`: a determiner that introduces it, at most one word more), or -1. Not `in the letter`:
     * what stands in a letter named before may be anyone's (`X was named in the letter`).
     */
    private int carrier(int i, int ss) {
        for (int m = i - 1; m > ss && i - m <= 3; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT || t.cap || t.low.equals("the")) {
                return -1;
            }
            if (DETERMINERS.contains(t.low)) {
                // n64c: a sentence's first word is capitalised (`In a letter, X said`), not a name
                return CARRIED.contains(toks.get(m - 1).low) && (!toks.get(m - 1).cap || m - 1 == ss) ? m - 1 : -1;
            }
        }
        return -1;
    }

    /** The speaker when it is a person's or an organisation's name, else null. */
    private static Speaker named(Speaker sp) {
        return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON && sp.kind() != SpeakerKind.ORGANIZATION
                || !Character.isUpperCase(sp.name().codePointAt(0)) || !SpeakerNames.isName(sp.name(), sp.kind()) ? null : sp;
    }
}
