package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n63c, rule possessive-inside-name: a possessive is usually where an owner's name ends and the owned thing
 * begins (`Britain's Labour Party`, `Holt's campaign`), so a run of capitalised words stops after it. Some names hold
 * one, though, in every country whose news is written in English: a saint's (`St Mary's Hospital`, `St. Olaf's
 * College`), a generic noun's (`King's College`, `the People's Party`, `Children's Hospital`, `Women's Aid`) and a
 * place's whose own name is `<Owner>'s <Bay|Island|Point ...>` (`Hawke's Bay`, `Cox's Bazar`). Cut after the
 * possessive, the body was indexed as `Hospital` or `Bay Regional Council` and `the hospital said` got that stub.
 * The possessive joins the run only when the capitalised words after it name a body or a place: one of them an
 * organisation word, or the first of them a word for a geographic feature (a title after it, `Children's
 * Commissioner Ann Roe`, keeps the person apart).
 */
final class PossessiveNameWords {
    /** Capitalised nouns whose possessive opens many bodies' names. */
    private static final Set<String> GENERIC_OWNERS = Lexicon.words("""
            king queen prince princess people children women men citizens workers veterans mothers""");
    /** The word before a saint's name. */
    private static final Set<String> SAINT = Lexicon.words("st st. saint ste ste. sankt");
    /** Features a place is named as someone's: `Hawke's Bay`, `Martha's Vineyard`, `Cox's Bazar`. */
    private static final Set<String> FEATURES = Lexicon.words("""
            bay island islands point head cove creek bazar vineyard harbour harbor landing sound reach""");
    /** How many capitalised words after the possessive are looked at for an organisation word. */
    private static final int REACH = 5;

    private PossessiveNameWords() {
    }

    /** Whether the possessive word at p is part of the name run ending at last (`Workers' Party` too, lead48). */
    static boolean inside(List<Tok> toks, int p, int last) {
        return OrganisationOn.pluralPossessive(toks, p, last) || joins(toks, p);
    }

    /** Whether the possessive word at p (capitalised, `Mary's`) goes on with the name after it. */
    static boolean joins(List<Tok> toks, int p) {
        Tok t = toks.get(p);
        if (p + 1 >= toks.size() || !Words.isNameTok(toks.get(p + 1)) || toks.get(p + 1).para != t.para
                || !t.text.endsWith("'s") && !t.text.endsWith("\u2019s")) {
            return false;
        }
        String owner = Words.lowStripped(t);
        boolean saint = p > 0 && toks.get(p - 1).para == t.para && SAINT.contains(toks.get(p - 1).low);
        if (FEATURES.contains(toks.get(p + 1).low)) {
            return true; // `Hawke's Bay`: a place's own name
        }
        if (!saint && !GENERIC_OWNERS.contains(owner)) {
            return false; // `Britain's Labour Party`, `Holt's Ministry`: an owner and what it owns
        }
        for (int k = p + 1; k < toks.size() && k <= p + REACH && Words.isNameTok(toks.get(k)); k++) {
            Tok w = toks.get(k);
            if (Lexicon.TITLES.contains(w.low)) {
                return false; // `Children's Commissioner Ann Roe`: a title and its holder
            }
            if (Lexicon.ORG_WORDS.contains(Words.lowStripped(w))) {
                return true;
            }
            if (Words.endsWithPossessive(w)) {
                break;
            }
        }
        return false;
    }
}
