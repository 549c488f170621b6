package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/** Words inside an organisation's name (`on`, a plural possessive), asked by the name pre-pass and name runs. */
final class OrganisationOn {
    private OrganisationOn() {
    }

    /**
     * Rule organisation-on (lead, session 47): `on` inside an organisation's name, right after its organisation word
     * and before a capitalised word that is no day or month (`Panel on Climate Change`, `Committee on Foreign
     * Relations`, `Conference on Disarmament`); `the ministry on Monday` stays two things.
     */
    static boolean at(List<Tok> toks, int on) {
        if (on < 1 || on + 1 >= toks.size() || !toks.get(on).low.equals("on") || toks.get(on).type != WORD) {
            return false;
        }
        Tok before = toks.get(on - 1), after = toks.get(on + 1);
        return before.cap && ON_ORG_WORDS.contains(before.low) && after.cap && after.type == WORD
                && !Lexicon.TIME_WORDS.contains(after.low);
    }

    /**
     * Rule plural-possessive-name (session lead48): `the Dockers' Union`, `the Citizens' Front`, `the National
     * Teachers' Federation`: a capitalised plural possessive (token p) inside a name that ends (token last) in a
     * word of organisations is part of the name; the name had been `Union`, `Front`.
     */
    static boolean pluralPossessive(List<Tok> toks, int p, int last) {
        String w = toks.get(p).text;
        return toks.get(p).cap && w.length() > 3 && (w.endsWith("s'") || w.endsWith("s\u2019")) && last > p
                && (Lexicon.ORG_WORDS.contains(toks.get(last).low) || MOVEMENT_WORDS.contains(toks.get(last).low));
    }

    /**
     * Rule organisation-of-subject (session lead48): `The Ministry of Harbours has said ...`, `The Bank of
     * Tarnland kept rates ... but said`: `of`/`for` at j after an organisation's word and before a capital goes on
     * with the sentence's subject (it ended at `Department`, `Bank`).
     */
    static boolean ofInside(List<Tok> toks, int j, int limit) {
        Tok t = toks.get(j);
        return (t.low.equals("of") || t.low.equals("for")) && t.type == WORD && j + 1 <= limit && toks.get(j + 1).cap
                && toks.get(j + 1).type == WORD && toks.get(j - 1).cap && Lexicon.ORG_WORDS.contains(toks.get(j - 1).low);
    }

    private static final Set<String> MOVEMENT_WORDS = Lexicon.words("front alliance movement society collective");

    /** The organisation words a name goes on after with `on` (`Panel on`, `Committee on`, `Commission on`). */
    private static final Set<String> ON_ORG_WORDS = Lexicon.words("""
            panel committee commission council conference forum convention institute center centre office
            subcommittee taskforce task force""");
}
