package io.statements.extraction.core;

/**
 * Session names36, rule it-document: `The board's annual report was published on Monday. It says "..."`: an `it`
 * opening the sentence after one whose subject is a document stands for that document, whose author (or nobody)
 * speaks, not for the last organisation named (`filed with the Exchange Commission`).
 */
final class DocumentIt {
    private DocumentIt() {
    }

    /**
     * What an `it` opening its sentence stands for by the subject of the sentence before ({@code prev}): a document's
     * author (or nobody: a speaker without a name), an organisation by the rule below; null for anything else.
     */
    static Speaker antecedent(Doc d, SpeakerResolver resolver, int ms, int me, String mention, int prev) {
        Speaker outlet = PronounSalience.outletSpeaker(d, resolver, ms, me, mention); // n50a: `daily X wrote. "..." it said`
        if (outlet != null || !opensSentence(d, ms)) {
            return outlet;
        }
        int[] doc = documentSubject(d, prev);
        if (doc != null) {
            Speaker spoken = spokenBy(d, doc[0], prev);
            if (spoken != null) { // n61d, rule it-document-issuer: the issuer the document's own statement got
                return new Speaker(ms, me, mention, spoken.name(), SpeakerKind.ORGANIZATION, null); // `it`: no person
            }
            Speaker author = resolver.resolve(doc[0], doc[1]);
            return new Speaker(ms, me, mention, author == null ? null : author.name(), SpeakerKind.ORGANIZATION, null);
        }
        int[] body = organisationSubject(d, prev);
        Speaker org = body == null ? null : resolver.resolve(body[0], body[1]);
        // n49d, rule it-kind-subject: `The investment bank said ... It said`: a lower-case kind noun says the name it
        // stood for is a firm, whatever the name index made of `Harlow Brothers`
        boolean kindNoun = body != null && !d.toks.get(body[1]).cap;
        boolean described = org != null && org.kind() == SpeakerKind.GROUP && org.name() != null
                && !org.name().isEmpty() && !Character.isUpperCase(org.name().charAt(0));
        if (org == null || org.name() == null || org.kind() == SpeakerKind.PERSON && !kindNoun || described) {
            Speaker named = ItSubjects.antecedent(d, resolver, prev, ms, me, mention); // n49a: `Kestel Motors ... It said`
            // lead49 (merging n49a and n49d): no organisation named for `the investment bank`: the description
            return named != null || !described || !kindNoun ? named
                    : new Speaker(ms, me, mention, org.name(), SpeakerKind.ORGANIZATION, null);
        }
        return new Speaker(ms, me, mention, org.name(), SpeakerKind.ORGANIZATION, null);
    }

    /**
     * Session n61d, rule it-document-issuer: `The statement, issued by the harbour board, said: "...". It added:
     * "..."`: the `it` is the document the sentence before made speak, so it takes the speaker that sentence's
     * statement got from the document's whole mention (with its `issued by` aside, which the subject's head alone
     * leaves out); the speaker of the statement in sentence {@code si} whose mention starts at token {@code a}, when
     * it has a name, else null.
     */
    private static Speaker spokenBy(Doc d, int a, int si) {
        int ms = d.toks.get(a).s;
        for (Stmt st : d.out) {
            if (st.sent == si && st.sp != null && st.sp.ms() == ms && st.sp.name() != null) {
                return st.sp;
            }
        }
        return null;
    }

    /** The subject [a, b] of sentence {@code si} when its head is a document noun (`statement`, `report`), or null. */
    static int[] documentSubject(Doc d, int si) {
        return subjectWithHead(d, si, false);
    }

    /**
     * Rule it-organisation-subject (session lead48): `The harbour board met on Monday. It said ...`:
     * the subject of the sentence before, headed by a lower-case organisation noun (`court`, `ministry`, `agency`)
     * or an organisation's capitalised name word (`the Supreme Court`), is what the `it` opening the next sentence
     * stands for, not the person named last; null otherwise.
     */
    static int[] organisationSubject(Doc d, int si) {
        return subjectWithHead(d, si, true);
    }

    private static int[] subjectWithHead(Doc d, int si, boolean organisation) {
        if (si < 0 || d.clauses == null) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        subj = organisation ? openingBody(d, si, subj) : subj;
        if (subj == null) {
            return null;
        }
        int end = subj[1];
        for (int k = subj[0]; k <= subj[1]; k++) {
            if (d.toks.get(k).text.equals(",")) {
                end = k - 1; // `The statement, filed on Monday,`: the head before the aside
                break;
            }
        }
        Tok head = d.toks.get(end);
        boolean headed = organisation ? subj[0] == d.sentStart[si] && d.toks.get(subj[0]).low.equals("the")
                && (Lexicon.ANAPHORIC_ORG_HEADS.contains(head.low)
                || Lexicon.ORG_NOUNS.contains(head.low) || !head.cap && OrganisationKinds.isKind(head.low))
                : !head.cap && Lexicon.DOC_NOUNS.contains(head.low);
        return end >= subj[0] && head.type == Tok.WORD && headed ? new int[]{subj[0], end} : null;
    }

    /**
     * Session n50a, rule it-opening-body: `The supreme court blamed neither X nor his ministers, but the vote board.
     * It said`: when the subject found lies past a comma (the main clause read as an introduction), the sentence's
     * own opening `the` + lower-case words + an organisation noun, followed by a lower-case word, is the subject.
     */
    private static int[] openingBody(Doc d, int si, int[] subj) {
        int ss = d.sentStart[si], k = ss + 1;
        if (subj != null && subj[0] == ss || !d.toks.get(ss).low.equals("the")) {
            return subj;
        }
        while (k < d.sentEnd[si] && k - ss <= 4 && d.toks.get(k).type == Tok.WORD && !d.toks.get(k).cap) {
            Tok head = d.toks.get(k), next = d.toks.get(k + 1);
            if ((Lexicon.ORG_NOUNS.contains(head.low) || OrganisationKinds.isKind(head.low)) && next.type == Tok.WORD
                    && !next.cap) {
                return new int[]{ss, k};
            }
            k++;
        }
        return subj;
    }

    /** Whether the pronoun at char offset {@code ms} opens its sentence. */
    static boolean opensSentence(Doc d, int ms) {
        int k = d.tokenAt(ms);
        return k >= 0 && (k == 0 || d.toks.get(k - 1).sent != d.toks.get(k).sent);
    }
}
