package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n55a, rule office-field-name: agencies write an office with its field before a holder whose name has three
 * or four words, or a first name no list knows: `Regional High Commissioner for Human Rights Amira Sol Ben Haddou`,
 * `Velmark's Director General of Health Tomasi Ruel Vakata`. After the office's last `of`/`for`, the field is one to
 * three capitalised words that name a portfolio (`Health`, `Human Rights`, `Police`), its first word also a word the
 * text writes in lower case elsewhere (`Harbours` after `the harbours`); the person is the two to four name words
 * after it. {@link LongTitleNames} asks this when its own reading (the last two words, a known first name) finds no
 * name.
 */
final class OfficeFields {
    /** Fields of ministries, commissions and directorates, any country: `Minister of Health`, `for Human Rights`. */
    private static final Set<String> PORTFOLIOS = Lexicon.words("""
            health human rights police finance defence defense justice education foreign affairs interior home trade
            industry energy environment labour labor agriculture water transport information communications culture
            tourism sport sports youth women refugees security economy planning immigration housing science
            technology mines petroleum works revenue fisheries forestry public external internal""");

    private OfficeFields() {
    }

    /** The first token of the holder's name closing the mention [a, b], or -1. */
    static int nameStart(List<Tok> toks, int a, int b) {
        while (a < b && Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            a++;
        }
        int link = -1;
        boolean office = false;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.sent != toks.get(a).sent || !t.cap && !t.low.equals("of") && !t.low.equals("for")) {
                return -1;
            }
            if (!t.cap) {
                link = k;
            } else if (link < 0) {
                office |= Lexicon.TITLES.contains(t.low) || RoleWords.isRole(t);
            }
        }
        if (!office || link < 0) {
            return -1;
        }
        int start = link + 1;
        while (start <= b && start - link <= 3 && b - start >= 2 && field(toks, start, start == link + 1)) {
            start++;
        }
        if (start == link + 1 || b - start < 1 || b - start > 3) {
            return -1;
        }
        for (int k = start; k <= b; k++) {
            if (!LongTitleNames.nameWord(toks.get(k)) || PORTFOLIOS.contains(toks.get(k).low)) {
                return -1;
            }
        }
        return start;
    }

    /**
     * A word of an office's field: a portfolio, or (its first word only) a word the text writes in lower case elsewhere;
     * not `Justice Bright Tevo Amadi`'s `Bright` in a text that has `a bright start`.
     */
    private static boolean field(List<Tok> toks, int k, boolean first) {
        Tok f = toks.get(k);
        if (PORTFOLIOS.contains(f.low) || !first) {
            return PORTFOLIOS.contains(f.low);
        }
        for (Tok t : toks) {
            if (t.type == WORD && !t.cap && t.low.equals(f.low)) {
                return true;
            }
        }
        return false;
    }
}
