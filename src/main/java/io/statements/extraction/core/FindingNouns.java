package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n68b: the general forms of a document as a cue's subject that the document path ({@link DocumentMentions})
 * missed. The breadth audit over PolNeAR and the open sets found two common shapes outside it:
 * <ol>
 * <li>rule finding-nouns-are-documents ({@link #is}): a body's written findings called by a noun that
 * {@link Lexicon#DOC_NOUNS} does not hold (`the decision`, `an FBI investigation`, `the independent review`, `the
 * audit`, `the findings`) went to the description path and came out as the speaker
 * `decision`, `initial investigation`: a document word, never a speaker. Read as a document it reaches its author
 * (`an FBI investigation` → FBI, `Qatar's probe` → Qatar, `X launched an investigation` ... `the investigation
 * found` → X) or nobody. Not `inquiry` or `commission`: those are bodies that speak for themselves; not `footage`
 * (`Television footage`, `footage from the city`: a medium or a place before or after it, no author).</li>
 * <li>rule document-head-before-complement ({@link #headEnd}): the head of `a Kestrel survey of dock workers`, `a
 * letter to Attorney General Y`, `a statement to the Gazette` is the document noun, not the last word: what follows `to`
 * is the addressee and what follows `of` with a common head is the sample or the topic, neither of them the author
 * (they came out as `Y`, `Gazette`, `Kestrel survey of dock workers`). The phrase ends at the noun and the
 * document path finds the author (`Kestrel`, the one who wrote the letter) or nobody. `of` before a name (`a report
 * of the Audit Office`) is the author's and stays; `by`, `from` are read by the rules that own them.</li>
 * </ol>
 */
final class FindingNouns {
    /** Written results of a body's work that news quotes as if they spoke (plural forms listed: no stemming). */
    private static final Set<String> FINDINGS = Lexicon.words("""
            decision decisions investigation investigations probe probes review reviews audit audits findings
            assessment assessments guidelines guidance filings documents""");
    /** Prepositions whose object is never a document's author: the topic. */
    private static final Set<String> NOT_AUTHOR = Lexicon.words("about into against regarding concerning");
    /**
     * Documents sent to someone, whose `to` names the addressee: not a bill or a plan, whose `to` after the noun
     * belongs as often to the verb (`tying the House bill to Y`: Y is the bill's topic, and an antecedent).
     */
    private static final Set<String> SENT = Lexicon.words("""
            letter letters memo memorandum message messages note email e-mail statement petition complaint""");

    private FindingNouns() {
    }

    /** Whether the lower-case head {@code low} names a body's written findings (rule finding-nouns-are-documents). */
    static boolean is(String low) {
        return FINDINGS.contains(low);
    }

    /**
     * `FEC filings`, `Senate filings`, `court filings`: the name before `filings` is where they were filed (the
     * record keeper), not who filed them; it names no author.
     */
    static boolean filedWith(String low) {
        return low.equals("filings");
    }

    /**
     * Rule document-head-before-complement: the index of the document noun in [a, end] that a complement its author
     * cannot be follows (`a letter to Y ...`, `a survey of dock workers`), so the mention ends there; else {@code end}.
     */
    static int headEnd(List<Tok> toks, int a, int end) {
        for (int k = a; k < end - 1; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap || !(Lexicon.DOC_NOUNS.contains(t.low) || FINDINGS.contains(t.low))) {
                continue;
            }
            String prep = toks.get(k + 1).low;
            if (NOT_AUTHOR.contains(prep) || prep.equals("to") && SENT.contains(t.low)
                    || prep.equals("of") && commonHeaded(toks, k + 2, end)) {
                return byLater(toks, k + 2, end) ? end : k;
            }
            return end; // the first document noun is the head; what follows it is its own phrase
        }
        return end;
    }

    /**
     * Whether the document mention [a, b], its head {@code low} at end, is one whose author an earlier statement
     * whose sentence names the same noun cannot give: a body's findings (`X said the decision was wrong`: X comments on it, did not
     * write it), or a document introduced here with its complement (`A video of the fight shows`: a new one).
     */
    static boolean notByCommenter(List<Tok> toks, int a, int end, int b, String low) {
        return FINDINGS.contains(low) || end < b && toks.get(end + 1).type == Tok.WORD
                && (toks.get(a).low.equals("a") || toks.get(a).low.equals("an"))
                && Lexicon.PREPOSITIONS.contains(toks.get(end + 1).low);
    }

    /**
     * `of dock workers`, `of his time in Valmora`: the complement's last word is lower case and no body or office (`a
     * report of the committee`, `the ruling of the judge` keep their author).
     */
    private static boolean commonHeaded(List<Tok> toks, int from, int end) {
        Tok last = toks.get(end);
        return from <= end && last.type == Tok.WORD && !last.cap && !Lexicon.ORG_NOUNS.contains(last.low)
                && !Lexicon.TITLES.contains(last.low) && !Lexicon.DOC_NOUNS.contains(last.low);
    }

    /** `a poll of 300 farmers released on Monday by Harlow Polling`: the author after `by`/`from` is read elsewhere. */
    private static boolean byLater(List<Tok> toks, int from, int end) {
        for (int m = from; m <= end; m++) {
            String low = toks.get(m).low;
            if (low.equals("by") || low.equals("from")) {
                return true;
            }
        }
        return false;
    }
}
