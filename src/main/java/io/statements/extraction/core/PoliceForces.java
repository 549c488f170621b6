package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule police-named-force (session n73b): `police said`, `the police admitted` is the police force the article names,
 * when it names one: news copy calls a force by its full name once (`Harbour County Police Chief Constable Ida Berg`,
 * `a statement from Tarnside Police`) and by the bare noun everywhere else, before as well as after (the lead sums the
 * story up before the body names who). The name is a run of capitalised words ending in `Police` or `Constabulary`,
 * with `Department`, `Service` or `Force` after it when the run goes on so (`Kellan Police Department`); what follows
 * it (a rank, a name) is no part of it. Two forces named: neither (the reader cannot tell either). Not in the
 * headline, whose every word is capitalised. `police` is a mass noun that takes no article, so unlike `the union`
 * ({@link BodyDescriptions}) it is read bare too.
 */
final class PoliceForces {
    private PoliceForces() {
    }

    /** Words that end a force's name. */
    private static final Set<String> FORCE_WORDS = Lexicon.words("police constabulary");

    /** Words that go on a force's name after `Police`. */
    private static final Set<String> FORCE_TAILS = Lexicon.words("department service force");

    /** Capitalised words that open no force's name: titles and ranks before it (`Chief`, `Deputy`), an article. */
    private static final Set<String> NOT_PLACE = Lexicon.words("the a chief deputy senior former acting local state"
            + " federal national military secret riot traffic transport border");

    static void apply(Doc d) {
        String force = null;
        boolean looked = false;
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.mention() == null || !bare(sp.name()) || !bare(sp.mention())) {
                continue;
            }
            if (!looked) {
                force = named(d);
                looked = true;
            }
            if (force == null) {
                return;
            }
            st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), force, SpeakerKind.ORGANIZATION, sp.channel());
        }
    }

    /** `police`, `the police`, `Police`. */
    private static boolean bare(String s) {
        return s.length() == 6 && s.equalsIgnoreCase("police") || s.length() == 10 && s.equalsIgnoreCase("the police");
    }

    /** The one force the article names outside its headline, or null when none or two. */
    static String named(Doc d) {
        List<Tok> toks = d.toks;
        String found = null;
        for (int k = 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || t.para == 0 || !FORCE_WORDS.contains(t.low) || t.qrole != Tok.OUT) {
                continue;
            }
            int a = k;
            while (a - 1 >= 0 && capWord(toks.get(a - 1)) && toks.get(a - 1).e + 1 == toks.get(a).s
                    && toks.get(a - 1).para == t.para && !NOT_PLACE.contains(toks.get(a - 1).low)) {
                a--;
            }
            if (a == k || toks.get(a).sent != t.sent || a == d.sentStart[t.sent] && opener(toks.get(a).low)) {
                continue; // `Police` alone, or a sentence's opening word before it (`When Police arrived`)
            }
            int e = k;
            if (e + 1 < toks.size() && FORCE_TAILS.contains(toks.get(e + 1).low) && toks.get(e + 1).cap
                    && toks.get(e + 1).s == toks.get(e).e + 1) {
                e++;
            }
            String name = d.s.substring(toks.get(a).s, toks.get(e).e);
            if (found != null && !found.equals(name) && !found.startsWith(name) && !name.startsWith(found)) {
                return null; // two forces
            }
            found = found == null || name.length() > found.length() ? name : found;
        }
        return found;
    }

    /** A closed-class word opening a sentence: `When`, `After`, `Some`. */
    private static boolean opener(String low) {
        return Lexicon.DETERMINERS.contains(low) || Lexicon.PREPOSITIONS.contains(low)
                || Lexicon.CLAUSE_WORDS.contains(low);
    }

    private static boolean capWord(Tok t) {
        return t.type == Tok.WORD && t.cap && !Words.endsWithPossessive(t) && !t.low.equals("and");
    }
}
