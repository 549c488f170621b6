package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule connective-pronoun-subject (session n53a): `Then he made the announcement: "..."`, `Then she began waving off
 * the notion that ...`, `Yet he is facing ...`: a connective adverb opening the sentence with no comma after it, right
 * before a subject pronoun, is no subject (read as one, it named nobody and the quote lost its speaker): the pronoun
 * is. Only before a pronoun: before a name (`Then Okoro made her pledge`) the name's own rules drop the connective;
 * not a word the article uses as a name (`Still` as a surname), nor before anything else (`Then there was`).
 */
final class FrontedConnectives {
    /** Connectives that open a sentence before its subject without a comma. */
    private static final Set<String> CONNECTIVES = Lexicon.words("then yet so still now and but also even later again");

    private FrontedConnectives() {
    }

    /**
     * The subject pronoun of the sentence whose first word (after any dateline) is {@code i}: {@code i} itself when it
     * is one, the pronoun after one or two connectives opening it, else -1.
     */
    static int pronounSubject(Doc d, List<Tok> toks, int i, int limit) {
        int k = i;
        while (k <= limit && k - i < 2 && toks.get(k).type == WORD && toks.get(k).qrole == OUT
                && CONNECTIVES.contains(toks.get(k).low) && !named(d, toks.get(k))) {
            k++;
        }
        if (k > limit || toks.get(k).type != WORD || toks.get(k).qrole != OUT
                || !Lexicon.SUBJECT_PRONOUNS.contains(toks.get(k).low)) {
            return -1;
        }
        return k; // `She later stood by the joke, saying ...` (k == i), `Then he made ...`, `And then she ...`
    }

    /** `Still`, `Even` as the name the article gives a person. */
    private static boolean named(Doc d, Tok t) {
        return d.names.firstNameToFull.containsKey(t.text) || d.names.lastNameToFull.containsKey(t.text);
    }
}
