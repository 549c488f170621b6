package io.statements.extraction.core;

/**
 * Session n55b, rule statement-of-speaker-over-named-body (for {@link DocumentMentions}): `the statement said` with
 * no issuer named goes to the organisation named last, unless that organisation is only a word of the last speaker's
 * own sentence: named inside what the speaker said (`Oakridge Rights Watch has said that its inquiry shows the Tarrow
 * Police fired ... A statement on its website says`: the watchdog's, not the police's), or after the speaker in a
 * sentence that names the statement (`said the presidency in a statement relayed by the state-run KNA wire`:
 * the wire relays it). Then the last speaker issued it, when it can issue one (a name,
 * a body, `the presidency`) and spoke shortly before; a clause it reports (`an inquiry shows that`) is passed over.
 */
final class StatementSpeakers {
    private StatementSpeakers() {
    }

    /**
     * The last speaker before the document mention at {@code ms} when the organisation named at {@code orgPos} is a
     * word of that speaker's own sentence (as above), within {@code reach} chars of the mention; else null.
     */
    static Speaker overNamedBody(Doc d, int orgPos, int ms, int reach) {
        Stmt last = null;
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 200; k--) {
            Stmt st = d.out.get(k);
            if (st.cs < ms && st.sp != null && st.sp.name() != null && st.sp.kind() != null
                    && !QuestionSieve.NAME.equals(st.sieve)) {
                last = st;
                break;
            }
        }
        if (last == null || last.sent < 0 || last.sent >= d.sentStart.length) {
            return null;
        }
        Speaker sp = issuer(last.sp) ? last.sp : reporter(d, last);
        // the reported clause around the quoted words (`said that X fired on "..."`), else its sentence after them
        int from = sp == last.sp ? Math.min(last.cs, last.le > last.ls ? last.ls : last.cs) : sp == null ? 0 : sp.me();
        int to = sp == last.sp ? Math.max(last.ce, last.le) : d.toks.get(d.sentEnd[last.sent]).e;
        if (sp == null || sp.ms() >= orgPos || orgPos >= ms || ms - sp.ms() >= reach) {
            return null;
        }
        boolean inside = orgPos >= from && orgPos < to; // what the speaker said names the body
        return inside || relayedAfter(d, sp.me(), orgPos) ? sp : null;
    }

    /**
     * `Oakridge Rights Watch has said that its inquiry shows ...`: the statement's speaker (`its inquiry`) is a clause
     * the subject of its sentence reports with a verb of saying: that subject when it can issue a statement; else null.
     */
    private static Speaker reporter(Doc d, Stmt st) {
        int ss = d.sentStart[st.sent], inner = d.tokenAt(st.sp.ms());
        int[] subj = inner - 1 >= ss ? d.clauses.sentenceSubject(ss, inner - 1) : null;
        if (subj == null || subj[0] < ss || subj[1] + 2 >= inner) {
            return null;
        }
        boolean saying = false;
        for (int k = subj[1] + 1; k < inner && k <= subj[1] + 3; k++) {
            saying |= d.toks.get(k).qrole == Tok.OUT && d.cueLex.isSpeech(k);
        }
        Speaker sp = saying ? d.resolver.resolveSubject(subj) : null;
        return sp == null || sp.name() == null || sp.kind() == null || !issuer(sp) ? null : sp;
    }

    /** Offices that issue statements in their own name, written lower case: `the presidency`, `the palace`. */
    private static final java.util.Set<String> OFFICES = Lexicon.words("presidency palace secretariat chancellery");

    /** A speaker that can issue a statement: a name or body ({@link DocumentIssuers#author}), `the presidency`. */
    private static boolean issuer(Speaker sp) {
        return DocumentIssuers.author(sp) || sp.kind() == SpeakerKind.GROUP && OFFICES.contains(Lexicon.lower(sp.name()));
    }

    /**
     * The speaker's mention ends at {@code from} and the organisation at {@code orgPos} stands after it in the same
     * sentence, with a statement noun between (`the presidency in a statement relayed by KNA`).
     */
    private static boolean relayedAfter(Doc d, int from, int orgPos) {
        int a = d.tokenAt(from), b = d.tokenAt(orgPos);
        if (a < 0 || b <= a || d.toks.get(a).sent != d.toks.get(b).sent) {
            return false;
        }
        for (int k = a + 1; k < b; k++) {
            Tok t = d.toks.get(k);
            if (t.type == Tok.WORD && t.qrole == Tok.OUT && Words.channelForNoun(t.low) == Channel.STATEMENT) {
                return true;
            }
        }
        return false;
    }
}
