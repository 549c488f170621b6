package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.PUNCT;
import static io.statements.extraction.core.Tok.WORD;

/**
 * Rule name-then-title: `Musa Bello the spokesman for the commission said`: a person's full name opening the clause
 * right before `the <title>`, with the appositive's comma left out (a common slip in fast copy), is the person the
 * title describes, so the speaker is the name and not the bare title. Only when the name opens its sentence or
 * follows punctuation: `a letter to Ann Lee the chairman said` keeps its object out.
 */
final class UnpunctuatedAppositives {

    private UnpunctuatedAppositives() {
    }

    /** The full name right before the title mention that starts at token a with `the`, or null. */
    static String person(Doc d, int a) {
        List<Tok> toks = d.toks;
        if (a < 2 || a + 1 >= toks.size() || !toks.get(a).low.equals("the") || !RoleWords.isRole(toks.get(a + 1))) {
            return null;
        }
        Tok last = toks.get(a - 1);
        if (last.type != WORD || !last.cap || last.sent != toks.get(a).sent) {
            return null;
        }
        int k = d.names.mentionBefore(last.e);
        if (k < 0) {
            return null;
        }
        int[] mp = d.names.mentionPos.get(k);
        int start = d.tokenAt(mp[0]);
        if (mp[1] != SpeakerKind.PERSON.ordinal() || start < 0 || start >= a - 1 || a - 1 - start > 4) {
            return null;
        }
        for (int j = start; j < a; j++) {
            if (toks.get(j).type != WORD || !toks.get(j).cap && !Words.NAME_PARTICLES.contains(toks.get(j).low)) {
                return null; // the mention is not the run right before `the`
            }
        }
        boolean opens = start == d.sentStart[toks.get(start).sent] || toks.get(start - 1).type == PUNCT;
        String name = d.names.mentionName.get(k);
        return opens && name != null && name.contains(" ") ? name : null;
    }
}
