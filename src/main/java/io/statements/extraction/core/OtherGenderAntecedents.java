package io.statements.extraction.core;

/**
 * Rule pronoun-never-other-gender (session n65a): the last fallbacks of {@link PronounResolver} (the last speaker, the
 * last person named) are reached when no rule found anyone the pronoun agrees with; they used to hand a `she` to a man
 * known to be one (`Lucas Brenner said the warning came from his sister. ... She had shouted: "..."`: the sister, whom
 * the text never names). A reader never takes `she` for a person the text has shown to be male: such a candidate gives
 * no name, which the issue prefers to a wrong one. Not when the gender rests on a `-man` job title alone (`spokesman
 * Ida Berg ... she said` is hers: copy uses `spokesman` for women too), nor when the first name agrees with the pronoun,
 * nor right after that person's own quote in the paragraph (`"A," said Linda Sporn. "B," he said`: a slip of the copy).
 */
final class OtherGenderAntecedents {
    private OtherGenderAntecedents() {
    }

    /** {@code chosen}, or the same mention with no name when its person is known to be of the other gender. */
    static Speaker orNone(Doc d, char want, Speaker chosen) {
        String name = chosen.name();
        if (name == null || chosen.kind() != SpeakerKind.PERSON || !d.genders.conflicts(name, want)
                || d.genders.onlyByJobTitle(name)) {
            return chosen;
        }
        if (quotedJustBefore(d, name, chosen.ms())) {
            return chosen; // `"A," said Linda Sporn. "B," he said.`: the copy's slip, she spoke right before
        }
        int space = name.indexOf(' ');
        if (space > 0 && Character.valueOf(want).equals(PersonGenders.ofFirstName(Lexicon.lower(name.substring(0, space))))) {
            return chosen; // `spokesman Ines Marrow`: her first name agrees, the title outranks it in the gender: mixed
        }
        return new Speaker(chosen.ms(), chosen.me(), chosen.mention(), null, SpeakerKind.PERSON, null);
    }

    /**
     * True when the statement right before {@code ms} is a quote of {@code name}'s, named there (not by a pronoun), in
     * the pronoun's paragraph: `"A," said X. "B," he said` continues X whatever the pronoun's gender.
     */
    private static boolean quotedJustBefore(Doc d, String name, int ms) {
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt st = d.out.get(k);
            if (st.cs >= ms) {
                continue;
            }
            String mention = st.sp == null || st.sp.mention() == null ? "" : Lexicon.lower(st.sp.mention());
            return st.kind != StatementKind.INDIRECT && name.equals(st.sp.name()) && !mention.equals("he")
                    && !mention.equals("she") && d.toks.get(d.tokenAt(st.cs)).para == d.toks.get(d.tokenAt(ms)).para;
        }
        return false;
    }
}
