package io.statements.extraction.core;

/**
 * Rule pronoun-subject-over-object (session n66e): centering. When no speaker is in reach and {@link PronounResolver}
 * falls back to the last person named, that person may be named only as an object or a complement of an earlier
 * sentence (`Tomas Rell, from Dunmore, is marrying his partner Ivo in May. ... He said that ...`); a `he`/`she` in a
 * later sentence continues that sentence's subject, the entity it is about, not a person it mentions. So when the
 * sentence of the last person named has as its subject another person named by name, before that person and known
 * to agree with the pronoun in gender, the subject is the antecedent. Not when the last person named opens the
 * sentence (the subject itself), when the last person named speaks in that sentence (`Ivo Tarr was charged, inspector
 * Ana Brel said`), when it is coordinated with `and` (`Tarr and Brel, a banker, argued`: the pair is the subject),
 * nor for a pronoun in that same sentence (`Rell told Ivo that he ...` is ambiguous).
 */
final class SubjectOverObject {
    private SubjectOverObject() {
    }

    /**
     * The name for the last-named fallback: {@link PossessorOverSpeaker}'s speaker over a possessor first, else the
     * subject over {@code last}, named at {@code pos}, for a pronoun at {@code ms}; else last.
     */
    static String or(Doc d, PronounResolver resolver, String last, int pos, char want, int ms) {
        String speaker = PossessorOverSpeaker.speakerOver(d, last, pos, want, ms);
        if (speaker == null || !speaker.equals(last)) {
            return speaker;
        }
        return subjectOver(d, resolver, last, pos, want, ms);
    }

    /** The subject to take instead of {@code last}, named at {@code pos}, for a pronoun at {@code ms}; else last. */
    static String subjectOver(Doc d, PronounResolver resolver, String last, int pos, char want, int ms) {
        if (last == null || pos < 0 || d.toks.isEmpty() || d.clauses == null) {
            return last;
        }
        int at = d.tokenAt(pos), sent = d.toks.get(at).sent;
        if (at > 0 && (d.toks.get(at - 1).low.equals("and") || d.toks.get(at - 1).text.equals("&"))) {
            return last; // `Tarr and Brel, a banker, argued`: a pair, the second no object of the first
        }
        if (sent < 0 || d.toks.get(d.tokenAt(ms)).sent == sent || d.toks.get(d.sentStart[sent]).s >= pos) {
            return last;
        }
        int ss = d.toks.get(d.sentStart[sent]).s, se = d.toks.get(d.sentEnd[sent]).e;
        for (Stmt st : d.out) {
            if (st.sp != null && st.sp.ms() >= ss && st.sp.ms() < se && last.equals(st.sp.name())) {
                return last; // `X was charged, inspector Y said`: Y speaks in that sentence, no object of it
            }
        }
        Speaker subject = resolver.namedSubject(d.sentStart[sent], d.sentEnd[sent], want);
        if (subject == null || subject.ms() >= pos || last.equals(subject.name())
                || !Character.valueOf(want).equals(d.genders.of(subject.name()))) {
            return last; // no named subject before the person, or one whose gender is not known to agree
        }
        return subject.name();
    }
}
