package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n74a, rule pronoun-not-owning-body (for {@link BodyEvidenceNames}): `he` and `she` stand for a person, and a
 * name the text writes as the owner of what only a firm or a body owns is no person, whatever the mention index made
 * of it: `Norvale's parent company`, `Norvale's subsidiary`, `Norvale's shares`, `Norvale's 9,000 unionised workers`,
 * `Kestrel Mutual's headquarters`. A person owns none of these in news English (`the senator's staff` is left out:
 * people have staff). Between the possessive and the noun only numbers and hyphenated modifiers (`9,000
 * full-time`) or a few plain adjectives, so `Reyes's plan to cut workers` stays a person's. Only for a name no gender
 * is known for and that is no person's last name ({@link BodyEvidenceNames} asks only then).
 */
final class OwnedBodyNouns {
    private OwnedBodyNouns() {
    }

    /** What a firm or a body owns and a person does not. */
    private static final Set<String> OWNED = Lexicon.words("""
            parent subsidiary subsidiaries shares stock shareholders headquarters factory factories plant plants
            workforce employees workers profits revenue revenues brand products dealerships""");

    /** Plain adjectives that may stand between: `Norvale's new headquarters`, `Norvale's main plant`. */
    private static final Set<String> BETWEEN = Lexicon.words("new main former own other remaining local");

    /** Adds to {@code out} each run of one to four capitalised words whose last word owns such a noun. */
    static void collect(Doc d, Set<String> out) {
        List<Tok> toks = d.toks;
        int n = toks.size();
        for (int k : d.capitalisedWords()) {
            Tok t = toks.get(k);
            if (!Words.endsWithPossessive(t) || t.qrole != Tok.OUT || !owns(toks, k + 1, n)) {
                continue;
            }
            int a = k;
            while (a >= 1 && k - a < 3 && toks.get(a - 1).type == Tok.WORD && toks.get(a - 1).cap
                    && !Words.endsWithPossessive(toks.get(a - 1)) && toks.get(a - 1).e + 1 == toks.get(a).s
                    && toks.get(a - 1).para == t.para) {
                a--;
            }
            if (a < k && toks.get(a).low.equals("the")) {
                a++; // `The Norvale's`: a sentence's first word
            }
            String run = d.s.substring(toks.get(a).s, t.e);
            out.add(Words.stripPossessive(run));
        }
    }

    /** An owned noun at k, after at most three numbers, hyphenated modifiers or plain adjectives. */
    private static boolean owns(List<Tok> toks, int k, int n) {
        for (int i = k; i < n && i < k + 4; i++) {
            Tok t = toks.get(i);
            if (t.type == Tok.WORD && !t.cap && OWNED.contains(t.low)) {
                return !t.low.equals("parent") || i + 1 < n && isFirmNoun(toks.get(i + 1).low);
            }
            boolean number = !t.text.isEmpty() && Character.isDigit(t.text.charAt(0));
            boolean modifier = t.type == Tok.WORD && !t.cap && (t.low.indexOf('-') > 0 || BETWEEN.contains(t.low));
            if (!number && !modifier) {
                return false;
            }
        }
        return false;
    }

    private static boolean isFirmNoun(String low) {
        return low.equals("company") || low.equals("group") || low.equals("firm") || low.equals("corporation");
    }
}
