package io.statements.extraction.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n63d, rule post-name-title: an article may give a person a title without the title word before or beside
 * the name, and later call them by it: by the verb of the office in a relative clause (`Pete Hallam, who coaches the
 * Rovers,` ... `the coach said`; `Ida Berg, who chairs the board` ... `the chair`) or by the title alone in brackets
 * after the name, as team sheets and listings write it (`Rita Moss (coach) and Dan Fell (captain)` ... `the coach
 * said`). Asked only when no one was given the title the usual way ({@link PersonTitles}); the holder is the person
 * given it so last before the mention (within a long article's length), else the first within a sentence or two after it.
 */
final class PostNameTitles {
    /**
     * The verbs of an office, by the title a later mention uses: `coaches` for `the coach`. Present tense only (`who
     * coached the side in 2010` held it once), and `founded`, which is never lost.
     */
    private static final Map<String, Set<String>> VERBS = Map.ofEntries(
            Map.entry("coach", Lexicon.words("coaches")),
            Map.entry("manager", Lexicon.words("manages")),
            Map.entry("chair", Lexicon.words("chairs")),
            Map.entry("chairman", Lexicon.words("chairs")),
            Map.entry("chairwoman", Lexicon.words("chairs")),
            Map.entry("director", Lexicon.words("directs")),
            Map.entry("owner", Lexicon.words("owns")),
            Map.entry("captain", Lexicon.words("captains skippers")),
            Map.entry("editor", Lexicon.words("edits")),
            Map.entry("founder", Lexicon.words("founded co-founded")),
            Map.entry("governor", Lexicon.words("governs")),
            Map.entry("host", Lexicon.words("hosts")),
            Map.entry("leader", Lexicon.words("leads heads")));

    private PostNameTitles() {
    }

    /** How far back (in characters) the title may have been given: a long article's length. */
    private static final int REACH = 8000;
    /** How far after the mention it may be given: the same or the next sentence. */
    private static final int AHEAD = 400;

    /** The person given {@code role} by a relative clause's verb or a bracket after the name, or null. */
    static String holder(Doc d, String role, int ms) {
        Set<String> verbs = VERBS.get(role);
        List<Tok> toks = d.toks;
        int at = d.tokenAt(ms);
        // only a `, who` or a `(` can give the title: walk those (found once a text), not every token in reach
        int[] open = openers(d);
        int first = 0;
        while (first < open.length && open[first] < at) {
            first++;
        }
        for (int c = first - 1; c >= 0 && open[c] >= 2 && ms - toks.get(open[c]).s <= REACH; c--) {
            String name = givenAt(d, open[c], role, verbs);
            if (name != null) {
                return name; // the last given it before the mention
            }
        }
        for (int c = first; c < open.length && toks.get(open[c]).s - ms <= AHEAD; c++) {
            String name = open[c] < 2 ? null : givenAt(d, open[c], role, verbs);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The tokens that may open a title given after a name, `who` after a comma or `(`, in order; found once a text. */
    private static int[] openers(Doc d) {
        if (d.titleOpeners != null) {
            return d.titleOpeners;
        }
        List<Tok> toks = d.toks;
        int[] found = new int[16];
        int count = 0;
        for (int k = 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.text.equals("(") || t.low.equals("who") && toks.get(k - 1).text.equals(",")) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = k;
            }
        }
        d.titleOpeners = java.util.Arrays.copyOf(found, count);
        return d.titleOpeners;
    }

    /** `Name, who coaches` or `Name (coach)` with `who` or the bracket at k: the name, else null. */
    private static String givenAt(Doc d, int k, String role, Set<String> verbs) {
        List<Tok> toks = d.toks;
        if (k + 2 >= toks.size()) {
            return null;
        }
        Tok t = toks.get(k);
        boolean relative = verbs != null && t.low.equals("who") && toks.get(k - 1).text.equals(",")
                && verbs.contains(toks.get(k + 1).low);
        boolean bracket = t.text.equals("(") && toks.get(k + 1).type == Tok.WORD && !toks.get(k + 1).cap
                && RoleWords.role(toks.get(k + 1)).equals(role) && toks.get(k + 2).text.equals(")");
        return relative ? personEndingAt(d, k - 2) : bracket ? personEndingAt(d, k - 1) : null;
    }

    /** The person's full name whose last word is the token at e (`Pete Hallam` of `Pete Hallam, who`), or null. */
    private static String personEndingAt(Doc d, int e) {
        List<Tok> toks = d.toks;
        if (e < 0 || toks.get(e).type != Tok.WORD || !toks.get(e).cap || toks.get(e).qrole != Tok.OUT) {
            return null;
        }
        int a = e;
        while (a - 1 >= 0 && e - a < 3 && toks.get(a - 1).type == Tok.WORD && toks.get(a - 1).cap
                && toks.get(a - 1).sent == toks.get(e).sent && !RoleWords.isRole(toks.get(a - 1))) {
            a--;
        }
        for (int s = a; s < e; s++) { // `Striker Joe Amis`: the name after a capitalised sentence opener
            Name nm = d.names.classify(s, e);
            if (nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")) {
                return nm.canonical;
            }
        }
        return null;
    }
}
