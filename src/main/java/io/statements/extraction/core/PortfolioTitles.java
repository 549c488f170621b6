package io.statements.extraction.core;

import java.util.List;

/**
 * Session n67d, rule portfolio-title-holder: `the interior minister`, `the health minister`, `the finance secretary`
 * name the portfolio in a lower-case word right before the title, where the article gave the holder the same office
 * capitalised (`Interior Minister Ana Voss`, `Health Secretary X`). Such a mention is that holder, not the minister
 * named last (of two ministers at one press conference, the last named is often the other one). Only when exactly one
 * person was given the title with that word (`PersonTitles#holderPlaced`); else the usual reading decides.
 */
final class PortfolioTitles {
    private PortfolioTitles() {
    }

    /** The one holder of {@code role} given it with the mention's lower-case word before its title, or null. */
    static String holder(Doc d, int a, int end, String role) {
        List<Tok> toks = d.toks;
        if (end - a < 2 || end - a > 4) {
            return null; // `the minister` alone has no portfolio; the usual case is decided here
        }
        Tok w = toks.get(end - 1);
        if (w.type != Tok.WORD || w.cap || w.low.equals("former") || Lexicon.DETERMINERS.contains(w.low)
                || Words.endsWithPossessive(w)) {
            return null;
        }
        String holder = d.titles.holderPlaced(role, w.low);
        if (holder != null || !GENERIC_HEADS.contains(role)) {
            return holder;
        }
        // n68c, rule portfolio-chief-minister: `the health chief`, `the country's health boss` for the one person the
        // article gave `Health Minister` (or `Health Secretary`): copy varies the head noun, not the portfolio
        holder = d.titles.holderPlaced("minister", w.low);
        return holder != null ? holder : d.titles.holderPlaced("secretary", w.low);
    }

    /** Heads that name no office of their own: `the health chief` is whoever holds the health portfolio. */
    private static final java.util.Set<String> GENERIC_HEADS = Lexicon.words("chief boss head");
}
