package io.statements.extraction.core;

import java.util.Set;

/**
 * A description written before a name in one capitalised run (session names16): `Democrat Hillary Clinton`,
 * `Billionaire Mark Cuban`, `Comedian Sarah Silverman` (a sentence's first word, or a party tag) is no part of the
 * name. Stripped only before a known first name, so that a name that is also a word (`Will`, `Rich`) keeps its place.
 */
final class NameDescriptors {
    /**
     * Session names21: trades that are no one's first word of a name or of an organisation's (`Republican National
     * Committee`, `Veteran Affairs`, `Counsel` are): before a full name of two or three words they go whatever the
     * first name (`Actor Clint Howard`, `Actress Rosario Dawson`, `Journalist Jorge Ramos`, `Moderator Bret Baier`).
     * Session names32, rule trade-before-name: the trades of wire copy's sources too (`Lawyer Thijs van den Broek`,
     * `Analyst Mira Osei`, `Historian ...`). Session names45, rule plain-trade-before-name: the people of local
     * news too (`Campaigner Fiona Abercrombie`, `Pensioner Hedda Krall`, `Trader Kwame Boateng`): the name was
     * `Campaigner Fiona Abercrombie`, of no gender, so `she said` after a man's statement went to him.
     */
    private static final Set<String> TRADES = Lexicon.words("""
            comedian journalist filmmaker activist author actor actress singer rapper columnist pundit commentator
            co-moderator moderator novelist economist billionaire millionaire businessman businesswoman entrepreneur
            lawyer analyst historian scientist researcher photographer playwright
            campaigner pensioner trader resident shopkeeper villager fisherman protester farmer nurse teacher
            volunteer reporter correspondent presenter mediator negotiator diplomat surgeon midwife paramedic
            firefighter politician"""); // n72a: `Politician X Y`

    /** Descriptions stripped before a known first name: the trades, and words that are no trade (`Democrat`). */
    private static final Set<String> WORDS = Lexicon.union(TRADES, Lexicon.words("""
            democrat republican rival assemblywoman assemblyman investor counsel attorney veteran marine"""));


    /**
     * Session n51e, rule party-word-before-name: a party or an ideology written before a full name (`Conservative
     * Dana Roe`, `Socialist Ivo Kral`) describes the person like a trade; a party's own name is an organisation's
     * run (`Conservative Party`), classified before this is asked.
     */
    private static final Set<String> PARTY_WORDS = Lexicon.words("""
            conservative liberal socialist communist nationalist leftist centrist populist progressive islamist tory
            separatist royalist reformist democrat""");
    // n63a: `Democrat` too, before any full name (`Democrat Zora Teague`), not only a known first name: the run is
    // the full form a later `Teague said` resolves to

    /** Session n51e, rule compound-before-name: the last part of `Texas-based`, `Qarvan-linked`, `Paris-born`. */
    private static final Set<String> COMPOUND_ENDS = Lexicon.words("""
            based linked backed born led allied aligned affiliated funded run owned supported inspired bred raised""");

    private NameDescriptors() {
    }

    /**
     * A capitalised compound that places or ties a name (`Texas-based X`, `Qarvan-linked X group`, `Paris-born X`)
     * before more capitalised words: no part of a person's or an organisation's name (session n51e, seen in wire,
     * broadsheet and regional copy alike).
     */
    static boolean compound(java.util.List<Tok> toks, int k, int b) {
        Tok t = toks.get(k);
        int dash = t.text.lastIndexOf('-');
        return k < b && t.cap && dash > 0 && COMPOUND_ENDS.contains(t.low.substring(dash + 1));
    }

    /** True for a trade that, before a name, makes it a person's (`farmer`, `lawyer`, `neurologist`). */
    static boolean isTrade(String low) {
        return TRADES.contains(low) || tradeBySuffix(low) || cumCompound(low);
    }

    /**
     * Session n72a, rule cum-compound-trade: `politician-cum-activist`, `lawyer-cum-activist` join two trades into one
     * description of the person; either trade makes the compound one.
     */
    private static boolean cumCompound(String low) {
        int cum = low.indexOf("-cum-");
        return cum > 0 && (TRADES.contains(low.substring(0, cum)) || TRADES.contains(low.substring(cum + 5)));
    }

    /**
     * Session lead59, rule trade-suffix-before-name: the professions of science and medicine form an open class by
     * their ending (`Neurologist X Y`, `Epidemiologist X Y`, `Psychiatrist X Y`, `Paediatrician X Y`), which no list
     * keeps up with; no given name or body's first word ends so.
     */
    private static boolean tradeBySuffix(String low) {
        return low.length() > 7 && (low.endsWith("ologist") || low.endsWith("iatrist") || low.endsWith("ician"));
    }

    /**
     * True when {@code low} is such a description and {@code next} a known first name, or a trade before a full
     * name: {@code after} words (2 to 5, particles counted) follow it in the run.
     */
    static boolean before(java.util.List<Tok> toks, int a, int k, int b) {
        String low = Words.low(toks.get(k));
        Tok next = toks.get(k + 1);
        if (b - k >= 2 && next.type == Tok.WORD && next.cap && toks.get(b).cap && toks.get(k).cap
                && (k == a && a > 0 && toks.get(a - 1).low.equals("fellow") || Demonyms.adjective(low))
                && !PersonGenders.isFirstName(low)) {
            return true; // n49b, rule nationality-before-name: `Canadian Dana Belcourt`, `fellow Veldish Tano Mirak`
        }
        if (b - k >= 2 && next.type == Tok.WORD && next.cap && PARTY_WORDS.contains(low) && b - k <= 5) {
            return true; // n51e, rule party-word-before-name
        }
        return compound(toks, k, b) || before(low, next, b - k);
    }

    private static boolean before(String low, Tok next, int after) {
        if ((low.equals("tan") || low.equals("puan")) && next.low.equals("sri")) {
            return true; // names45: the Malaysian honorifics `Tan Sri`, `Puan Sri` (`Sri` is a title on its own)
        }
        return (WORDS.contains(low) || tradeBySuffix(low) || cumCompound(low)) && next.type == Tok.WORD && next.cap
                && (PersonGenders.isFirstName(next.low) || isTrade(low) && after >= 2 && after <= 5); // `Lawyer Thijs van den Broek`
    }
}
