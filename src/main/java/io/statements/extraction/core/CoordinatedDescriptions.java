package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names35, rule coordinated-description: `The Democratic front-runner and former state treasurer said`, `The
 * veteran organiser and harbour campaigner, who backs X, warned`: one article before two descriptions joined
 * by `and` is one person with two roles, not the second description alone (which named nobody, `former state
 * treasurer`). The subject is the first description, which names the person the story means (a role or trade word
 * the description rules resolve); the second is left out. Only a description opening its sentence (or after the
 * opening phrase's comma): inside a clause (`since the baker and radio host declared`) it is left alone. Two
 * people (`The mayor and the governor`, `The senator and his aides`, `The mayor and council members`) keep their own
 * article, a possessive or a plural, and stay as they were.
 */
final class CoordinatedDescriptions {

    private CoordinatedDescriptions() {
    }

    /**
     * The first description when {@code np} (the subject found before a cue) is the second of `The A and B`; else
     * {@code np} unchanged.
     */
    static int[] firstOf(Doc d, Subjects subjects, int[] np, int ss) {
        List<Tok> toks = d.toks;
        if (np == null || np[0] < 0 || np[0] - 2 < ss) {
            return np;
        }
        int and = np[0] - 1;
        Tok second = toks.get(np[0]);
        Tok secondHead = toks.get(np[1]);
        if (!toks.get(and).low.equals("and") || second.cap || second.type != WORD
                || Lexicon.DETERMINERS.contains(second.low) || plural(secondHead) || secondHead.cap) {
            return np;
        }
        int[] first = subjects.npEndingAt(and - 1, ss);
        if (first == null || first[1] - first[0] < 1 || !toks.get(first[0]).low.equals("the")
                || first[0] > ss && !toks.get(first[0] - 1).text.equals(",")) {
            return np; // only the subject opening the sentence (or after its opening phrase), not `since the A and B`
        }
        Tok firstHead = toks.get(first[1]);
        if (firstHead.cap || plural(firstHead) || !describesPerson(firstHead.low)) {
            return np;
        }
        for (int k = first[0] + 1; k <= np[1]; k++) {
            if (toks.get(k).type != WORD || toks.get(k).qrole != OUT) {
                return np; // a comma or a quotation inside: no single noun phrase
            }
        }
        return np.length > 2 ? new int[]{first[0], first[1], np[2]} : new int[]{first[0], first[1]};
    }

    private static boolean describesPerson(String low) {
        return RoleWords.ROLES.contains(low) || DefiniteDescriptions.PERSON_NOUNS.contains(low)
                || DefiniteDescriptions.TRADE_NOUNS.contains(low);
    }

    private static boolean plural(Tok t) {
        return t.low.endsWith("s") && !t.low.endsWith("ss");
    }
}
