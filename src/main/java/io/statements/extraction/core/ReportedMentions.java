package io.statements.extraction.core;

/**
 * Rule pronoun-not-reported-mention (session n65a): `"...," Ida Berg told the show, reminding the hosts that Tom Reyes
 * keeps tying Ana Holt to her brother's deals. "But that will not beat Ana Holt," she said`: a person named only inside
 * what someone said (the reported clause or the quoted words of an earlier statement, or inside quotation marks) is
 * talked about, not talking; the discourse topic a later `he`/`she` carries on is the person who spoke. When the
 * pronoun's last speaker clashes in gender and the person named last is such a mention, the last speaker before it
 * named in full and known to agree in gender ({@link AgreeingSpeakers#REACH}) is the antecedent instead; otherwise
 * the person named last stays.
 */
final class ReportedMentions {
    private ReportedMentions() {
    }

    /** The speaker to take instead of {@code last} (named at {@code pos}) for a pronoun at {@code ms}; else last. */
    static String speakerOver(Doc d, char want, int ms, Speaker prev, String last, int pos) {
        if (last == null || pos < 0 || d.toks.get(d.tokenAt(pos)).sent == d.toks.get(d.tokenAt(ms)).sent
                || !reported(d, pos, last)) {
            return last; // `he pressed Ana Holt to act if she wants ...`: in the pronoun's own sentence the one spoken to
        }
        String speaker = AgreeingSpeakers.lastNotClashing(d, want, ms, prev, null, -1);
        return speaker != null && !speaker.equals(last) && Character.valueOf(want).equals(d.genders.of(speaker))
                ? speaker : last;
    }

    /** True when the mention at pos stands inside quotation marks or inside the words of a statement not its own. */
    private static boolean reported(Doc d, int pos, String name) {
        if (d.toks.get(d.tokenAt(pos)).qrole != Tok.OUT) {
            return true;
        }
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 50; k--) {
            Stmt st = d.out.get(k);
            if (Math.min(st.cs, st.ls) <= pos && pos < Math.max(st.ce, st.le)) {
                return st.sp == null || !name.equals(st.sp.name());
            }
        }
        return false;
    }
}
