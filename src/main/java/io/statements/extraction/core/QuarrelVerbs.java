package io.statements.extraction.core;

import java.util.List;

/**
 * Session n61d, rule argue-with-quarrel: `the cyclist is seen arguing with a steward`, `he argued with the referee
 * before he was sent off`: `argue` followed by `with` and whom is a quarrel, a thing seen, not a report of what was
 * said: the words after it are no one's claim. The reporting `argue` takes a clause or a quote (`argued that`,
 * `argued: "..."`), never a `with` phrase alone (`argued with reporters that ...`, `argued with him over the fee`
 * still report).
 */
final class QuarrelVerbs {

    private QuarrelVerbs() {
    }

    /** What turns the quarrel back into a report: a clause (`that`) or the topic argued (`on`, `over`, `about`). */
    private static final java.util.Set<String> REPORTED_AFTER = Lexicon.words("that on over about whether");

    /** Whether the cue word at {@code i} is a form of `argue` right before `with`, with no clause or topic after. */
    static boolean quarrel(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (!t.low.startsWith("argu") || i + 1 >= toks.size() || !toks.get(i + 1).low.equals("with")) {
            return false;
        }
        for (int k = i + 2; k < toks.size() && k - i <= 6 && toks.get(k).sent == t.sent; k++) {
            Tok n = toks.get(k);
            if (REPORTED_AFTER.contains(n.low) || n.text.equals(":") || n.qrole == Tok.OPEN) {
                return false; // `argued with reporters that ...`, `arguing with the chair over which rule ...`: reported
            }
        }
        return true;
    }
}
