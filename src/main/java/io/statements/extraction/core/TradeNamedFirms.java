package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66a, rule trade-named-firm (read by {@link LearnedBodyKinds}): news copy introduces a business by its trade
 * right before its name (`Japanese steelmaker X`, `Swiss drugmaker X`, `budget airline X`) and then
 * calls it `the firm` or `the company`, and its report `the report`; the trade noun makes the name a company as
 * `Ltd` or `Inc` in the name do. Trades that are as often a person's job (`miner`, `brewer`, `publisher`) are left
 * out. (`Japan Inc`, a country's business world, is no company: {@link NationalEconomies}, n66b.)
 */
final class TradeNamedFirms {
    /**
     * Nouns for a business by its trade that stand right before its name. Not the generic `company`, `firm`,
     * `group`: `blood-testing company X` early in a story about several bodies made a later `the company` X where
     * the text meant another one it never typed (PolNeAR train); a trade is told when the firm is the story's.
     */
    private static final Set<String> TRADES = Lexicon.words("""
            conglomerate steelmaker carmaker automaker chipmaker drugmaker planemaker shipbuilder retailer
            supermarket lender insurer airline refiner telecom telco manufacturer utility multinational""");

    private TradeNamedFirms() {
    }

    /**
     * Whether the lower-case word right before the capitalised run that opens at token {@code first} is a business's
     * trade (`steelmaker Kobe X`): the run is a company. Not after `the` alone (`the company X said` is the same).
     */
    static boolean tradeBefore(List<Tok> toks, int first) {
        if (first == 0) {
            return false;
        }
        Tok t = toks.get(first - 1);
        return t.type == Tok.WORD && !t.cap && t.sent == toks.get(first).sent && TRADES.contains(t.low);
    }

    /** The trade word before the run at {@code first} (for the body's description words); only after {@link #tradeBefore}. */
    static String trade(List<Tok> toks, int first) {
        return toks.get(first - 1).low;
    }
}
