package io.statements.extraction.core;

/**
 * Session n63b, rule pronoun-previous-agreeing-speaker: `Councillor Ida Rowe said ... when the mayor announced his
 * resignation ... "...," she said`: when the last speaker's gender is known to clash with the pronoun, the pronoun
 * means the speaker quoted before them whose gender does not clash, as two speakers quoted in turn alternate; a
 * pronoun never crosses a known clash to the last speaker while such a speaker is quoted in reach. Only speakers named
 * by a person's name (a capitalised name of two words or more), in the pronoun's paragraph or the few before it.
 */
final class AgreeingSpeakers {

    /** How far back (characters) a speaker the pronoun may agree with is looked for: the paragraphs around it. */
    static final int REACH = 2500;

    private AgreeingSpeakers() {
    }

    /**
     * {@link #lastNotClashing}, else {@link PersonGenders#lastNotConflicting} (a person named near who may agree): the
     * fallbacks of {@link PronounResolver} for a pronoun whose last speaker or person named clashes in gender.
     */
    static String or(Doc d, char want, int ms, Speaker prev, String lastPerson, int lastPersonPos) {
        String speaker = lastNotClashing(d, want, ms, prev, lastPerson, lastPersonPos);
        return speaker != null ? speaker : d.genders.lastNotConflicting(want, ms);
    }

    /**
     * The name of the last person speaker before {@code ms} whose gender does not clash with {@code want}; or null,
     * also when the clash of the last speaker {@code prev} may rest on a `-man` title alone (`spokesman Hope Hicks ...
     * she said` is hers), and when a person who may agree is named after that speaker ({@code lastPerson} at {@code
     * lastPersonPos}: the person named last is the likelier antecedent, left to the rules after this one).
     */
    static String lastNotClashing(Doc d, char want, int ms, Speaker prev, String lastPerson, int lastPersonPos) {
        if (prev != null && d.genders.onlyByJobTitle(prev.name())) {
            return null;
        }
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 200; k--) {
            Stmt st = d.out.get(k);
            if (st.cs >= ms) {
                continue;
            }
            if (st.cs < ms - REACH) {
                return null;
            }
            Speaker sp = st.sp;
            String name = sp == null ? null : sp.name();
            if (name == null || sp.kind() != SpeakerKind.PERSON || QuestionSieve.NAME.equals(st.sieve)
                    || name.indexOf(' ') < 0 || !Character.isUpperCase(name.charAt(0))
                    || PersonAntecedents.nonPerson(name)) {
                continue;
            }
            if (d.toks.get(d.tokenAt(st.cs)).para == 0 || d.genders.conflicts(name, want)) {
                continue; // a headline's words are no speaker a body pronoun goes back to
            }
            boolean namedAfter = lastPerson != null && !lastPerson.equals(name) && lastPersonPos > sp.ms()
                    && !d.genders.conflicts(lastPerson, want);
            return namedAfter ? null : name;
        }
        return null;
    }
}
