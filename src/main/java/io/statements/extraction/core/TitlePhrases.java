package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Token patterns around a title that other rules test without the document's title pre-pass ({@link PersonTitles}):
 * a role's `of` (`head of`), a spokesperson's `for`, and a lower-case modifier before a capitalised title.
 */
final class TitlePhrases {
    private TitlePhrases() {
    }

    /** `head of` / `director of` ending at {@code of}: a lower-case role before `of`, the office of what follows. */
    static boolean officeOfBefore(List<Tok> toks, int of, int ss) {
        if (of - 1 < ss || !toks.get(of).low.equals("of")) {
            return false;
        }
        Tok role = toks.get(of - 1);
        return role.type == Tok.WORD && !role.cap && (RoleWords.ROLES.contains(role.low) || role.low.equals("head"));
    }

    /** `a spokesperson for the agency`: a spokesperson's `for` ending at {@code at}, like a role's `of`. */
    static boolean spokespersonForBefore(List<Tok> toks, int at, int ss) {
        return at - 1 >= ss && toks.get(at).low.equals("for") && toks.get(at - 1).low.startsWith("spokes");
    }

    /** Lower-case words that may open a title before a name: `state Senator X`, `former Mayor Y`. */
    static final Set<String> TITLE_MODIFIERS = Lexicon.words("""
            state former then acting deputy interim retired outgoing incoming county city federal longtime veteran
            senior""");

    /** Verbs that make a title before them a clause's subject: `..., the candidate said`, `..., the mayor has`. */
    private static final Set<String> SUBJECT_VERBS = Lexicon.words("said says told added has had was is will would");

    /**
     * Session names38, rule title-subject-not-appositive: `Speaking to radio host Tom Reyes, the candidate
     * said`: a title right before a verb of saying or an auxiliary is the subject of its own clause, no appositive
     * giving the title to the name before the comma.
     */
    static boolean verbAfter(List<Tok> toks, int i) {
        return i + 1 < toks.size() && toks.get(i + 1).type == Tok.WORD && toks.get(i + 1).qrole == Tok.OUT
                && !toks.get(i + 1).cap && SUBJECT_VERBS.contains(toks.get(i + 1).low);
    }

    /** A lower-case title modifier at i followed by a capitalised title (`state Senator`). */
    static boolean modifiedTitleAt(List<Tok> toks, int i) {
        return i + 1 < toks.size() && !toks.get(i).cap && TITLE_MODIFIERS.contains(toks.get(i).low)
                && toks.get(i + 1).cap && RoleWords.isRole(toks.get(i + 1));
    }

    /**
     * The index after a headline's last token: a first paragraph of at most 25 words, without a full stop outside
     * quotes or in Title Case, followed by more text; 0 when the text has no headline.
     */
    static int headlineEnd(List<Tok> toks) {
        int words = 0, capitalised = 0;
        boolean stop = false;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.para != 0) {
                // a full stop ends a Title Case headline too (`General Who Called For Internment.`)
                return !stop || capitalised * 10 >= words * 7 ? i : 0;
            }
            words += t.type == WORD ? 1 : 0;
            capitalised += t.type == WORD && t.cap ? 1 : 0;
            stop |= t.text.equals(".") && t.qrole == OUT;
            if (words > 25) {
                return 0;
            }
        }
        return 0;
    }
}
