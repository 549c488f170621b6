package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n74b, rule long-title-appositive: a title and a name set side by side by a comma are one person, however
 * long the title runs (`of`, `on`, `at`, `for` inside it), and the name is the speaker. News writes the title first
 * (`UN Special Rapporteur on rights in Veldia, Tomas Reyes, said`: the speaker was the title's first words) or the
 * name first (`Ida Berg, vice president of the Harbour Institute, said`: the speaker was the institute, the title's
 * body; `Ida Berg, national officer at the Dockers union said`: the speaker was `national officer`, an appositive
 * left unclosed). Both readings hold only for a title head (a role, a trade or a word for someone's post) and a
 * person's name; a body (`The Harbour Board, Ida Berg said`) or a place before the comma is no title.
 */
final class LongTitleAppositives {
    private LongTitleAppositives() {
    }

    /** Words for a post that are not among the roles ({@link RoleWords#ROLES}) a name stands beside. */
    private static final Set<String> POSTS = Lexicon.words("""
            officer official rapporteur under-secretary undersecretary fellow analyst economist researcher
            professor lecturer organiser organizer coordinator campaigner delegate negotiator strategist partner
            head deputy associate counsel""");

    /** Prepositions that carry a title on to its field or its body: `on human rights`, `at the union`. */
    private static final Set<String> TITLE_PREPOSITIONS = Lexicon.words("of on at for in to");

    /** Whether the word names a post: a role, a listed post word, a trade in -ist (`economist`). */
    static boolean post(Tok t) {
        if (t.type != WORD) {
            return false;
        }
        String low = Words.low(t);
        return RoleWords.isRole(t) || POSTS.contains(low) || TitleAppositives.personNoun(low)
                || low.length() > 5 && low.endsWith("ist");
    }

    /**
     * `vice president of`, `national officer at`, `senior fellow`: a lower-case title run opening at a, one or two
     * lower-case words ending in a post word; the post's token, else -1.
     */
    static int lowerTitleRun(List<Tok> toks, int a, int limit) {
        for (int k = a; k <= limit && k - a < 3; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.cap || Lexicon.DETERMINERS.contains(t.low)
                    || Lexicon.PREPOSITIONS.contains(t.low)) {
                return -1;
            }
            if (post(t)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The appositive mention at a opens a title without an article (`national officer at the union`): the host's
     * name before its comma is the person (see {@link AppositiveHosts}).
     */
    static boolean opensTitle(List<Tok> toks, int a) {
        return lowerTitleRun(toks, a, Math.min(toks.size() - 1, a + 2)) >= 0;
    }

    /**
     * The mention at a is a title run ending in a preposition and a body (`vice president of the Harbour
     * Institute`), and the body is what it resolved to: the title's holder, not the body, is the speaker.
     */
    static boolean titleOfBody(List<Tok> toks, int a, Speaker sp) {
        if (sp == null || sp.kind() != SpeakerKind.ORGANIZATION) {
            return false;
        }
        int first = Lexicon.DETERMINERS.contains(toks.get(a).low) ? a + 1 : a;
        int post = first < toks.size() ? lowerTitleRun(toks, first, Math.min(toks.size() - 1, first + 2)) : -1;
        return post >= 0 && post + 1 < toks.size() && TITLE_PREPOSITIONS.contains(toks.get(post + 1).low);
    }

    /**
     * `UN Special Rapporteur on rights in Veldia`, `Director of Research at the Harbour Institute`: [a, e] opens with
     * a capitalised title run (title words, a post word among them) and goes on with a preposition after the post;
     * the name after the comma closing it is the holder.
     */
    static boolean capitalisedTitleWithPhrase(List<Tok> toks, int a, int e) {
        int k = toks.get(a).low.equals("the") ? a + 1 : a;
        int post = -1;
        for (; k < e && toks.get(k).type == WORD && toks.get(k).cap && k - a < 5; k++) {
            if (post(toks.get(k))) {
                post = k;
            }
            if (TITLE_PREPOSITIONS.contains(toks.get(k + 1).low)) {
                break;
            }
        }
        if (post < 0 || post != k || !TITLE_PREPOSITIONS.contains(toks.get(k + 1).low)) {
            return false;
        }
        for (int m = k + 1; m <= e; m++) {
            if (toks.get(m).type != WORD || toks.get(m).qrole != OUT) {
                return false; // a clause or a quote is no title's field
            }
        }
        return true;
    }

    /**
     * `was branded "..." by deputy secretary for fisheries, Tom Reyes.`: a mention [a, b] that is a
     * lower-case title run (its field after a preposition left outside it), then that field, a comma and a name
     * closing the clause: the name's person, else null. The field is at most six words and no quote.
     */
    static String trailingHolder(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        int first = Lexicon.DETERMINERS.contains(toks.get(a).low) ? a + 1 : a;
        if (first > b || lowerTitleRun(toks, first, b) != b || b + 2 >= toks.size()
                || !TITLE_PREPOSITIONS.contains(toks.get(b + 1).low)) {
            return null;
        }
        int k = b + 2;
        while (k < toks.size() && k - b <= 7 && toks.get(k).type == WORD && toks.get(k).qrole == OUT) {
            k++;
        }
        if (k + 1 >= toks.size() || k - b > 7 || !toks.get(k).text.equals(",") || toks.get(k).sent != toks.get(b).sent
                || !toks.get(k + 1).cap) {
            return null;
        }
        int e = k + 1;
        while (e + 1 < toks.size() && toks.get(e + 1).type == WORD && toks.get(e + 1).cap && e - k < 4) {
            e++;
        }
        Tok after = e + 1 < toks.size() ? toks.get(e + 1) : null;
        boolean closes = after == null || after.sent != toks.get(e).sent || after.text.equals(".")
                || after.text.equals(",") || after.text.equals(";");
        String person = closes && e > k + 1 ? d.titles.personAt(k + 1) : null;
        return person != null && person.contains(" ") ? person : null;
    }
}
