package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names30, rule elected-title: a title the text gives by an event rather than beside the name: `Vey, a
 * lawyer, was elected as mayor of Dunmore`, `Rosa Vey, who was appointed governor`, `Vey has been named the new
 * coach`. For {@link PersonTitles}, so that a later `the city's new mayor` is that person. Only a past event (`was`,
 * `has been`, `had been`): `if X is elected president` gives no one the title.
 */
final class ElectedTitles {
    private static final Set<String> EVENTS = Lexicon.words("elected named appointed");
    private static final Set<String> PAST = Lexicon.words("was been");
    private static final Set<String> COPULAS = Lexicon.words("is became becomes");

    private ElectedTitles() {
    }

    /** The person the event before the title word at i gives it to, or null. */
    static String holder(List<Tok> toks, int i, PersonTitles titles) {
        int k = i - 1;
        while (k > 0 && i - k <= 2 && (toks.get(k).low.equals("the") || toks.get(k).low.equals("new"))) {
            k--;
        }
        k = k > 0 && toks.get(k).low.equals("as") ? k - 1 : k;
        // n67d, rule copula-new-title: `Vey is the new president of X`, `Vey became the new coach`: the copula gives
        // the title as the event does (so `the new president` later is Vey, not the one named last), only with `the`
        boolean copula = k >= 1 && k < i - 1 && toks.get(k + 1).low.equals("the") && COPULAS.contains(toks.get(k).low)
                && !Words.endsWithPossessive(toks.get(i));
        if (k < 2 && !copula || !copula && (!EVENTS.contains(toks.get(k).low) || !PAST.contains(toks.get(k - 1).low))) {
            return null;
        }
        boolean perfect = !copula && toks.get(k - 1).low.equals("been") && Set.of("has", "had").contains(toks.get(k - 2).low);
        int s = copula ? k - 1 : perfect ? k - 3 : k - 2;
        if (s > 0 && toks.get(s).low.equals("who") && toks.get(s - 1).text.equals(",")) {
            s -= 2; // `Rosa Vey, who was appointed governor`
        } else if (s > 0 && toks.get(s).text.equals(",")) {
            int c = s - 1; // `Khan, a lawyer, was elected`: past the appositive to the comma after the name
            while (c > 0 && s - c <= 6 && !toks.get(c).text.equals(",") && toks.get(c).type == WORD) {
                c--;
            }
            if (c <= 0 || !toks.get(c).text.equals(",")) {
                return null;
            }
            s = c - 1;
        }
        if (s < 0 || toks.get(s).type != WORD || !toks.get(s).cap || toks.get(s).sent != toks.get(i).sent) {
            return null;
        }
        int a = s;
        while (a - 1 >= 0 && s - a < 4 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap
                && toks.get(a - 1).sent == toks.get(s).sent) {
            a--;
        }
        return titles.personAt(a);
    }
}
