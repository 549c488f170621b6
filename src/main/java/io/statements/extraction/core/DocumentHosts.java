package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n59b, rule document-host-after: a document told after its noun to stand on a named body's page, account,
 * website or channel is that body's (`"...," read a post in Welsh on the community page of the St Oswin's Chapel`,
 * `"...," read a statement on the Brenmoor Water Authority's website`). The mention ends at the noun (the cue stands
 * between), so {@link DocumentMentions}'s own host rule, which reads the mention, never sees the place. The host is
 * a capitalised name, by possessive (`the <Name>'s website`) or by `of` (`the page of the <Name>`); a page of someone
 * only described or a pronoun's (`the traders' group page`, `his account`) is left to the other rules.
 */
final class DocumentHosts {
    /** Where a body publishes: `page`, `account`, `website`. */
    private static final Set<String> OUTLETS = Lexicon.words("channel channels website site page account feed blog handle");
    /** How many words may stand between `on` and the outlet word (`on the Brenmoor Water Authority's official website`). */
    private static final int REACH = 7;

    private DocumentHosts() {
    }

    /** The host's tokens [first, last] after the document noun at {@code b}, the mention's last token; or null. */
    static int[] after(List<Tok> toks, int b) {
        int sent = toks.get(b).sent, k = b + 1;
        if (k + 1 < toks.size() && toks.get(k).low.equals("in") && toks.get(k + 1).cap && !toks.get(k + 1).low.equals("the")
                && k + 2 < toks.size() && isWord(toks.get(k + 2), sent) && (toks.get(k + 2).low.equals("on")
                || toks.get(k + 2).low.equals("in"))) {
            k += 2; // `a post in Welsh on the page of`: the language it was written in
        }
        if (k >= toks.size() || !isWord(toks.get(k), sent) || toks.get(k).cap
                || !(toks.get(k).low.equals("on") || toks.get(k).low.equals("in"))) {
            return null;
        }
        int possessive = -1;
        for (int m = k + 1; m < toks.size() && m - k <= REACH && isWord(toks.get(m), sent); m++) {
            Tok t = toks.get(m);
            if (!t.cap && OUTLETS.contains(t.low)) {
                if (possessive >= 0) {
                    return toks.get(possessive).cap ? run(toks, k + 1, possessive) : null; // `the <Name>'s website`
                }
                if (m > k + 1 && toks.get(m - 1).cap) {
                    return attributive(toks, k + 1, m); // n74c: `on the Harbour Board website`
                }
                return m == k + 1 ? null : of(toks, m + 1, sent); // `the Facebook page of the <Name>`
            }
            if (Words.endsWithPossessive(t)) {
                if (possessive >= 0 || !t.cap) {
                    return null; // `the traders' group page`, `his account`: nobody named
                }
                possessive = m; // words may follow it: `the Authority's official website`
            }
        }
        return null;
    }

    /** Platforms whose name stands before an outlet word without owning it: `the Facebook page`. */
    private static final Set<String> PLATFORMS = Lexicon.words("""
            facebook twitter instagram youtube tiktok linkedin telegram whatsapp weibo wechat x threads bluesky
            snapchat reddit substack""");

    /**
     * Session n74c, rule document-host-attributive: the body named right before the outlet word without a possessive
     * (`on the Harbour Board website`, `on the official Brenmoor Council Facebook page`): the capitalised run from
     * {@code from} (after `the`) up to the outlet at {@code outlet}, less a platform's name at its end; null when the
     * run holds a lower-case word, nothing is left, or the words before the run are not `the` / lower-case describers.
     */
    static int[] attributive(List<Tok> toks, int from, int outlet) {
        int last = outlet - 1;
        while (last >= from && PLATFORMS.contains(toks.get(last).low)) {
            last--;
        }
        int first = last;
        while (first - 1 >= from && toks.get(first - 1).cap && toks.get(first - 1).type == WORD
                && !toks.get(first - 1).low.equals("the")) {
            first--;
        }
        if (last < from || !toks.get(last).cap || toks.get(last).type != WORD
                || Words.endsWithPossessive(toks.get(last))) {
            return null;
        }
        for (int m = from; m < first; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.cap && !t.low.equals("the") || Words.endsWithPossessive(t)) {
                return null;
            }
        }
        return new int[]{first, last};
    }

    /** The capitalised name after `of [the]` at {@code k}: [first, last] (from `the`), or null. */
    private static int[] of(List<Tok> toks, int k, int sent) {
        if (k + 1 >= toks.size() || !toks.get(k).low.equals("of") || !isWord(toks.get(k + 1), sent)) {
            return null;
        }
        int from = k + 1, to = from - 1;
        while (to + 1 < toks.size() && isWord(toks.get(to + 1), sent) && (toks.get(to + 1).cap || to + 1 == from
                && toks.get(to + 1).low.equals("the"))) {
            to++;
        }
        return to > from || to == from && toks.get(to).cap ? run(toks, from, to) : null;
    }

    /** [from, to] less a leading `the` (the name's own words only), or null when nothing capitalised is left. */
    private static int[] run(List<Tok> toks, int from, int to) {
        int a = toks.get(from).low.equals("the") ? from + 1 : from;
        while (a < to && !toks.get(a).cap) {
            a++; // `on the official Brenmoor Water Authority's website`
        }
        return a <= to && toks.get(a).cap ? new int[]{a, to} : null;
    }

    private static boolean isWord(Tok t, int sent) {
        return t.type == WORD && t.qrole == OUT && t.sent == sent;
    }
}
