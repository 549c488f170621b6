package io.statements.extraction.core;

import java.util.List;

/**
 * Session n65e, rule rank-modifier-office: `Deputy Minister Nils Oja`, `Prime Minister Jaak Kivi`, `Chief Minister X`
 * and `Vice Chairman Y` hold other offices than the head noun alone names: a word of rank before the title makes the
 * office. So `the deputy minister` is the one the text gave `deputy minister`, and `the minister` (also `The Minister
 * said:`) is the minister the text gave no rank, not the prime minister named last. `acting` and `interim` hold the
 * office itself for a time: they choose a holder when the mention has them, and a mention without them prefers a
 * holder without them, but never rules one out. When nobody was
 * given the mention's rank the mention stays a description: a wrong name is worse than none.
 */
final class OfficeRanks {
    private final Doc d;
    /** Per role: each holder's rank bits in text order, then all of them or-ed (read once a text). */
    private final java.util.Map<String, int[]> ranked = new java.util.HashMap<>();

    OfficeRanks(Doc d) {
        this.d = d;
    }

    /** Rank words, one bit each: the first seven make another office, the last two hold the same one for a time. */
    private static final List<String> RANKS = List.of("prime", "deputy", "vice", "assistant", "junior", "associate",
            "chief", "acting", "interim");
    private static final int OFFICE = 0b1111111, TEMPORARY = 0b110000000;
    /** Holders read on either side of the mention: an article names a few; a repeated 5 MB text stays linear. */
    private static final int REACH = 40;

    /**
     * The holder of {@code role} that the mention [a, end] (its title word at end) means by its rank words: {@code
     * holder} when it fits, else the fitting holder given the title last before {@code ms} (the first one after when
     * none before; one of exactly the mention's ranks first), else {@code holder} for a mention without rank, else null.
     */
    String holder(int a, int end, String role, String holder, int ms) {
        List<PersonTitles.Holder> given = d.titles.given(role);
        int want = ranks(d.toks, a, end);
        if (given.isEmpty() || holder == null && want == 0) {
            return holder; // the usual case, decided before any holder's words are read
        }
        int[] got = ranked.computeIfAbsent(role, r -> {
            int[] bits = new int[given.size() + 1];
            for (int k = 0; k < given.size(); k++) {
                bits[k] = ranks(d.toks, -1, d.tokenAt(given.get(k).pos()));
                bits[given.size()] |= bits[k];
            }
            return bits;
        });
        if (want == 0 && got[given.size()] == 0) {
            return holder; // nobody was given a rank with this title
        }
        boolean former = Presidents.former(d.toks, end);
        String[] meant = new String[4]; // exact rank before, exact after, compatible before, compatible after
        int fits = 0; // 2: the holder has the mention's ranks exactly, 1: compatibly (an acting one for `the mayor`)
        int lo = 0, hi = given.size() - 1;
        while (lo <= hi) { // the first holder at or after the mention
            int mid = (lo + hi) >>> 1;
            if (given.get(mid).pos() < ms) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int k = Math.max(lo - REACH, 0); k < Math.min(lo + REACH, given.size()); k++) {
            PersonTitles.Holder h = given.get(k);
            if ((got[k] & OFFICE) != (want & OFFICE) || (want & TEMPORARY & ~got[k]) != 0 || h.former() && !former) {
                continue;
            }
            int slot = got[k] == want ? 0 : 2;
            fits = Math.max(fits, h.name().equals(holder) ? 2 - slot / 2 : 0);
            if (h.pos() < ms) {
                meant[slot] = h.name();
            } else if (meant[slot + 1] == null) {
                meant[slot + 1] = h.name();
            }
        }
        for (int k = 0; k < 4; k++) {
            if (fits == 2 || fits == 1 && k == 2) {
                return holder;
            }
            if (meant[k] != null) {
                return meant[k];
            }
        }
        return fits > 0 || want == 0 ? holder : null;
    }

    /**
     * The rank words before the title word at {@code end} (inside the mention from {@code a}, or, a < 0, up to three
     * words before a holder's title in its sentence), back to a determiner, a possessive or a punctuation mark.
     */
    private static int ranks(List<Tok> toks, int a, int end) {
        int bits = 0;
        int from = a >= 0 ? a : Math.max(end - 3, 0);
        for (int k = end - 1; k >= from; k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.sent != toks.get(end).sent || Lexicon.DETERMINERS.contains(t.low)
                    || Words.endsWithPossessive(t)) { // `the former vice president's spokeswoman` has no rank
                break;
            }
            int bit = RANKS.indexOf(t.low);
            bits |= bit < 0 ? 0 : 1 << bit;
        }
        return bits;
    }
}
