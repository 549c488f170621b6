package io.statements.extraction.core;

/**
 * The speaker of the last statement before a point of the text: the antecedent most rules fall back to for a
 * pronoun, a description or a quote with no cue. Moved out of {@link SpeakerResolver} (session lead60), whose copy
 * took a `preferOrg` flag that nothing read.
 */
final class LastSpeakers {
    /** How far back the look-up goes: the last 200 statements keep it bounded on 5 MB texts. */
    private static final int REACH = 200;

    private LastSpeakers() {
    }

    static Speaker before(Doc d, int before) {
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - REACH; k--) {
            Stmt st = d.out.get(k);
            // the asker of a question (`she said when asked by a caller ...`) is not whom a later pronoun means
            if (st.cs < before && st.sp != null && st.sp.name() != null && st.sp.kind() != null
                    && !QuestionSieve.NAME.equals(st.sieve)) {
                Stmt outer = NestedReports.outerOf(d, k, before); // session names25, rule last-speaker-not-nested
                return outer != null ? outer.sp : st.sp;
            }
        }
        return null;
    }
}
