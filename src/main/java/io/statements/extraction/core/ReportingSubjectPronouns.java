package io.statements.extraction.core;

/**
 * Session n51b, rule he-reporter-subject: `The police chief replied that he had learned about Orlo's arrest from the
 * television`, `The envoy said she would stay`: `he`/`she` opening the clause reported by a verb of saying binds to
 * that verb's subject, a person named or described (`the police chief`), not to a person named elsewhere or inside the
 * clause's object (`about Orlo's arrest`), and not to an organisation. Only a subject that is one person by its
 * words and agrees with the pronoun; a subject that is itself a pronoun, a body or a group is left to the other rules.
 */
final class ReportingSubjectPronouns {
    private ReportingSubjectPronouns() {
    }

    /** The speaker of the verb of saying whose clause the pronoun at {@code ms} opens, when one person; else null. */
    static Speaker reporter(Doc d, SpeakerResolver resolver, int ms, int me, String mention, char want) {
        if (d.toks.isEmpty() || d.toks.get(0).s > ms) {
            return null;
        }
        int p = d.tokenAt(ms);
        int cue = p - 1 >= 0 && d.toks.get(p - 1).low.equals("that") ? p - 2 : p - 1;
        Tok t = cue >= 0 ? d.toks.get(cue) : null;
        if (t == null || t.sent != d.toks.get(p).sent || t.qrole != Tok.OUT || !d.cueLex.isCueTok(cue)
                || !d.cueLex.isSpeech(cue) || p + 1 >= d.toks.size() || d.toks.get(p + 1).type != Tok.WORD) {
            return null; // `"...," said he` and `he.` open no clause
        }
        int ss = d.sentStart[t.sent];
        int[] subj = d.subjects.subjectBefore(cue, ss);
        if (subj == null || subj[0] < ss || subj.length > 2 || subj[1] != cue - 1
                || Lexicon.SUBJECT_PRONOUNS.contains(d.toks.get(subj[1]).low)) {
            return null; // the subject right before its verb, not a relative's antecedent nor a pronoun
        }
        Speaker sp = resolver.resolveSubject(subj);
        if (sp == null || sp.name() == null || sp.kind() == SpeakerKind.ORGANIZATION
                || d.genders.conflicts(sp.name(), want) || !onePerson(d, sp, subj)) {
            return null;
        }
        return new Speaker(ms, me, mention, sp.name(), sp.kind(), null);
    }

    /** A person by name, or `the`/`a` + a singular person noun (`the police chief`, `a spokeswoman`). */
    private static boolean onePerson(Doc d, Speaker sp, int[] subj) {
        if (sp.kind() == SpeakerKind.PERSON) {
            return !PersonAntecedents.nonPerson(sp.name()) && !PersonAntecedents.noOne(sp.name());
        }
        String first = d.toks.get(subj[0]).low, last = d.toks.get(subj[1]).low;
        return (first.equals("the") || first.equals("a") || first.equals("an")) && subj[1] > subj[0]
                && (RoleWords.ROLES.contains(last) || Lexicon.TITLES.contains(last)) && !last.endsWith("s");
    }
}
