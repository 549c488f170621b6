package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule relayed-report-at-end (session n66e): `CLAUSE, local media quoted guide Arno Velt as saying.` closes a sentence
 * whose opening clause is the words of the person quoted; the outlet only relays them ({@link QuotedAsSaying} reads
 * the same verb before a quote or a `that` clause). No sieve made a statement of it, so the quote paragraph after it
 * was taken for a continuation of the quote before, by someone else: a new speaker between two quotes ends the
 * continuation only when the text between makes them a speaker. The clause before the comma is the person's
 * statement, and the next quote continues it. Only a sentence with no quotation of its own, ending in `as saying`,
 * whose relaying verb has a short subject (the outlet) right after the comma, and whose object is a person by name
 * (not `him`).
 */
final class FinalRelayedReports {
    private FinalRelayedReports() {
    }

    /** The longest subject of the relaying verb between the comma and the verb (`the state news agency`). */
    private static final int MAX_OUTLET = 6;

    /** Makes the statement and marks the sentence's cues used when the sentence is such a report; else false. */
    static boolean attribute(Doc d, int ss, int se, List<Integer> cues, List<Integer> used) {
        List<Tok> toks = d.toks;
        int k = se;
        if (k - ss < 8 || !toks.get(k - 1).low.equals("saying") && !toks.get(k).low.equals("saying")) {
            return false; // quick rejection: the sentence must end in `as saying`
        }
        k = toks.get(k).low.equals("saying") ? k : k - 1;
        int[] object = QuotedAsSaying.object(toks, k, ss);
        if (object == null || k + 1 <= se && !Words.isTerminal(toks.get(k + 1))
                || object[0] == object[1] && QuotedAsSaying.objectPronoun(toks, object[0]) != null) {
            return false; // `quoted him as saying`: a pronoun, left to the sieves that resolve it
        }
        int verb = object[0] - 1, comma = -1;
        for (int j = verb - 1; j > ss && verb - j <= MAX_OUTLET + 1; j--) {
            if (toks.get(j).text.equals(",")) {
                comma = j;
                break;
            }
        }
        if (comma < 0 || comma == verb - 1) {
            return false;
        }
        int words = 0;
        for (int j = ss; j <= se; j++) {
            if (toks.get(j).qrole != OUT) {
                return false; // a quotation of its own: the quote sieves read it
            }
            words += j < comma && toks.get(j).type == WORD ? 1 : 0;
        }
        Speaker sp = words < 4 ? null : d.resolver.resolve(object[0], object[1]);
        if (sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON) {
            return false;
        }
        Stmt st = Stmt.indirect(toks.get(k), toks.get(ss).s, toks.get(comma - 1).e, sp, d.newGroup(), 0.6);
        d.channels.fillChannelVia(st, ss, se, k);
        st.sieve = "reported-speech";
        d.out.add(st);
        d.remember(st, st.sent, false);
        used.addAll(cues);
        return true;
    }
}
