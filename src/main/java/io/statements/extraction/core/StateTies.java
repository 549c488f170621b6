package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * The US state the article gives a person, for {@link DescribedNames} (`the Florida Republican`, `the Vermont
 * senator`): `Florida Sen. X` (session names20), `Rep. X (R-Utah)`, `(R-VA)`, and since session names26 `Senator X of
 * Florida`. Kept in {@link DescriptionTies}'s map under {@link #STATE} or the party, with the state's words and the
 * title the person came with. Split out of {@link DescriptionTies} (which collects the other ties) in session names26.
 */
final class StateTies {
    /** The key under which a person's state (`Florida` of `Florida Sen. X`) is kept: no head noun looks like it. */
    static final String STATE = "#state";

    /** The dash between party and state, compiled once (String.split compiles it per call). */
    private static final java.util.regex.Pattern PARTY_DASH = java.util.regex.Pattern.compile("\\s*[-\u2013]\\s*");

    private final Doc d;
    private final List<Tok> toks;
    private final DescriptionTies ties;
    private final Map<String, List<DescriptionTies.Found>> byHead;

    StateTies(Doc d, DescriptionTies ties, Map<String, List<DescriptionTies.Found>> byHead) {
        this.d = d;
        this.toks = d.toks;
        this.ties = ties;
        this.byHead = byHead;
    }

    /** `Florida Sen. Marco Ruiz`, `New Jersey Gov. Ann Cole`: a state before a capitalised title at i. */
    void stateTitle(int i) {
        Tok t = toks.get(i);
        if (!titleAt(i + 1) && !titleAt(i + 2)) {
            return; // no capitalised role one or two words on (most capitalised pairs): no state look-ups to make
        }
        if (!t.cap || i > 0 && toks.get(i - 1).cap && States.full(toks.get(i - 1).text, t.text) != null) {
            return; // `Jersey` of `New Jersey`: read from `New`
        }
        int r = i + 1;
        String state = States.full(t.text, toks.get(r).text);
        if (state != null) {
            r++;
        } else {
            state = States.full(t.text);
        }
        String name = state != null && r < toks.size() && toks.get(r).cap && RoleWords.isRole(toks.get(r))
                ? d.titles.personAt(r) : null;
        if (name != null) {
            Set<String> words = stateWords(capitalised(state));
            words.add(roleWord(toks.get(r))); // `senator`: the title the state came with
            byHead.computeIfAbsent(STATE, x -> new ArrayList<>()).add(new DescriptionTies.Tie(t.s, t.para, name,
                    SpeakerKind.PERSON, words, ""));
        }
    }

    private boolean titleAt(int r) {
        return r < toks.size() && toks.get(r).cap && RoleWords.isRole(toks.get(r));
    }

    /**
     * Session names26, rule titled-name-of-state: `Senator Ann Cole of Florida`, `Gov. Sam Pike of West Virginia`
     * (the newspaper style that names the state after the person, not before): a title, the person's name, `of` at
     * i, the state's name (not `of New York City`, `of Ohio State`: a capitalised word after it names something
     * else). Only after a title: `Jane Roe of Tampa` is any voter, and a title says what the state is the person's.
     */
    void stateAfterName(int i) {
        if (!toks.get(i).low.equals("of") || i < 2 || !toks.get(i - 1).cap) {
            return;
        }
        int r = i + 1;
        String state = r + 1 < toks.size() ? States.full(toks.get(r).text, toks.get(r + 1).text) : null;
        r += state != null ? 2 : 1;
        state = state == null ? States.full(toks.get(i + 1).text) : state;
        if (state == null || toks.get(i + 1).text.length() < 4 || r < toks.size() && toks.get(r).type == WORD
                && toks.get(r).cap) {
            return; // `of IN` is no state; `of Florida International University` an organisation
        }
        int[] run = ties.runEndingAt(i - 1);
        Tok title = run == null ? null : toks.get(run[0]);
        String name = title != null && RoleWords.isRole(title) ? d.titles.personAt(run[0]) : null;
        if (name != null) {
            Set<String> words = stateWords(capitalised(state));
            words.add(roleWord(title));
            byHead.computeIfAbsent(STATE, x -> new ArrayList<>()).add(new DescriptionTies.Tie(title.s, title.para,
                    name, SpeakerKind.PERSON, words, ""));
        }
    }

    /** `Rep. Jane Roe (R-Utah)`, `(D-Calif.)`: a party and a state in parentheses after a name; `(` at p. */
    void partyTag(int p) {
        int[] run = ties.runEndingAt(p - 1);
        int close = p + 1;
        while (close < toks.size() && close - p < 8 && !toks.get(close).text.equals(")")) {
            close++;
        }
        if (run == null || close >= toks.size() || close - p >= 8) {
            return;
        }
        String[] tag = PARTY_DASH.split(d.s.substring(toks.get(p).e, toks.get(close).s).trim(), 2);
        String party = tag.length < 2 ? "" : switch (tag[0]) {
            case "R", "R." -> "republican";
            case "D", "D." -> "democrat";
            case "I", "I." -> "independent";
            default -> "";
        };
        String state = tag.length < 2 ? null : States.full(tag[1]);
        // the run is classified only for a party and a state (most parentheses have neither)
        Name nm = !party.isEmpty() && state != null ? ties.named(run[0], run[1]) : null;
        if (nm != null && nm.kind == SpeakerKind.PERSON) {
            Set<String> words = stateWords(capitalised(state));
            if (RoleWords.isRole(toks.get(run[0]))) {
                words.add(roleWord(toks.get(run[0]))); // `Rep. Jane Roe (R-Utah)`: a representative
            }
            byHead.computeIfAbsent(party, x -> new ArrayList<>()).add(new DescriptionTies.Tie(toks.get(p).s,
                    toks.get(p).para, nm.canonical, nm.kind, words, ""));
        }
    }

    /** `Sen.` → `senator`, `Governor` → `governor`. */
    private static String roleWord(Tok t) {
        String r = Words.low(t).replace(".", "");
        return RoleWords.ABBREVIATIONS.getOrDefault(r, r);
    }

    /** `New York`: both words, for a mention's capitalised words, and the whole name, for the state itself. */
    private static Set<String> stateWords(String state) {
        Set<String> words = new HashSet<>(List.of(state.split(" ")));
        words.add(state);
        return words;
    }

    private static String capitalised(String words) {
        StringBuilder sb = new StringBuilder(words);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i - 1) == ' ') {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }

    /**
     * Session names32, rule nationality-holder: `the Latvian president` after `Latvia's president, Ruta Kalnins`, `the
     * Turkish minister` after `Turkey's minister`: a country and its adjective share their first letters (four at
     * least, and all but three of the shorter word's); a possessive is no part of the word. `French` and `France`
     * do not, and stay apart.
     */
    static boolean samePlaceWord(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        a = a.endsWith("'s") || a.endsWith("\u2019s") ? a.substring(0, a.length() - 2) : a;
        b = b.endsWith("'s") || b.endsWith("\u2019s") ? b.substring(0, b.length() - 2) : b;
        int n = Math.min(a.length(), b.length()), common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= n - 3;
    }
}
