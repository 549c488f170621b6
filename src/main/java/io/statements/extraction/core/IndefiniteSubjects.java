package io.statements.extraction.core;

/**
 * Session n74a, rule he-indefinite-subject: `One woman, clutching a photograph of her son, wept outside the court.
 * "At last," she said.`: a sentence whose subject is an indefinite description of one person (`One woman`, `A
 * neighbour`, `An older man`: a plain person or kin noun; a role such as `A spokesman` is left to the speaker rules)
 * brings a new, unnamed person into the story; a `he`/`she` opening the next sentence (or right after its opening
 * quote) is that person, not the famous one named before (the accused, the dead). The speaker stays unnamed: the
 * description's words after the determiner (`older man`). Only when the head agrees in gender, nobody spoke since,
 * and no person is named between the description and the pronoun.
 */
final class IndefiniteSubjects {
    private IndefiniteSubjects() {
    }

    static Speaker speaker(Doc d, Speaker prev, int ms, int me, String mention, char want) {
        int before = d.clauses == null ? -1 : RelativeSubjectSalience.sentenceBefore(d, ms);
        if (before < 0) {
            return null;
        }
        int ss = d.sentStart[before], se = d.sentEnd[before];
        int[] subj = d.clauses.sentenceSubject(ss, se);
        if (subj == null || subj[1] - subj[0] > 3 || subj[1] == subj[0]) {
            return null;
        }
        String det = d.toks.get(subj[0]).low, head = d.toks.get(subj[1]).low;
        if (!det.equals("one") && !det.equals("a") && !det.equals("an") || d.toks.get(subj[1]).cap
                || !PersonHeadNouns.plain(head)) {
            return null;
        }
        for (int k = subj[0] + 1; k < subj[1]; k++) {
            if (d.toks.get(k).type != Tok.WORD || d.toks.get(k).cap) {
                return null; // `A Norvale spokesman`: another rule's
            }
        }
        char gender = PersonHeadNouns.gender(head);
        if (gender != '?' && gender != want) {
            return null;
        }
        int from = d.toks.get(subj[1]).e;
        if (prev != null && prev.ms() >= from || namedAfter(d, from, ms)) {
            return null;
        }
        String words = d.s.substring(d.toks.get(subj[0] + 1).s, d.toks.get(subj[1]).e); // `older man`
        return new Speaker(ms, me, mention, words, SpeakerKind.ANONYMOUS, null);
    }

    /** A person named (by the name index) between two offsets. */
    private static boolean namedAfter(Doc d, int from, int to) {
        NameIndex names = d.names;
        for (int k = names.mentionBefore(to); k >= 0 && names.mentionPos.get(k)[0] >= from; k--) {
            if (names.mentionPos.get(k)[0] < to && names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()) {
                return true;
            }
        }
        return false;
    }
}
