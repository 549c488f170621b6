package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule honorific-after-inner-role (session n59c): an organisation's office, then a person's honorific or rank written
 * without a full stop (British, African and Asian style), then the name: `GFA Chief Dr Marta Kell`, `Health Minister Dr Ama Owusu`, `Army Chief Gen Tariq Bashir`: the
 * person is the name after the honorific, not the whole run (an organisation's, for its acronym) nor `Dr Ama Owusu`.
 * The dotted form (`Adm. Michael Rogers`) was read so already. Only right after the office and before two or more
 * capitalised words, so `Chief Justice Ann Hale` (an office of two words) keeps its reading.
 */
final class RoleHonorifics {
    private RoleHonorifics() {
    }

    /** Honorifics and ranks that stand before a full name, with or without their full stop. */
    private static final Set<String> HONORIFICS = Lexicon.words("""
            dr prof professor gen lt col maj capt adm brig rev sir dame mr mrs ms""");

    /** True when the token at {@code n}, right after an office at {@code n - 1}, is an honorific before a full name. */
    static boolean at(List<Tok> toks, int n, int b) {
        Tok w = toks.get(n);
        String low = w.low.endsWith(".") ? w.low.substring(0, w.low.length() - 1) : w.low;
        return n + 2 <= b && w.cap && HONORIFICS.contains(low) && toks.get(n + 1).cap && toks.get(n + 2).cap;
    }
}
