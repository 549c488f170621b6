package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/** `on` inside an organisation's name, asked by the name pre-pass and by {@link NameIndex#lastCapRun}. */
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

    /** The organisation words a name goes on after with `on` (`Panel on`, `Committee on`, `Commission on`). */
    private static final Set<String> ON_ORG_WORDS = Lexicon.words("""
            panel committee commission council conference forum convention institute center centre office
            subcommittee taskforce task force""");
}
