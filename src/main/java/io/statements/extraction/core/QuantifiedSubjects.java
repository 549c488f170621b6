package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * A share of people as the subject of a verb of saying, as polls and crowd reports write it: `Six in 10 voters
 * said`, `Many of her supporters say`, `about half of the delegates say`, `42% say`, `One in five say`, `Majorities in
 * all five states say`, `Many on the quay said`. The preposition after the quantity made the phrase read as an
 * object (`marching through the streets chanted`), so no subject was found.
 */
final class QuantifiedSubjects {
    private final List<Tok> toks;
    private final Cues cueLex;

    QuantifiedSubjects(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
    }

    /** [start, end] of a quantified subject ending at token j (right before the verb), or null. */
    int[] endingAt(int j, int ss) {
        if (j < ss || !partOfPhrase(j) && !isPercent(j)) {
            return null;
        }
        int a = j;
        int quantity = -1;
        while (a >= ss && j - a < 14 && (partOfPhrase(a) || isPercent(a))) {
            Tok t = toks.get(a);
            if (QUANTITIES.contains(t.low) || isNumber(t.text) || isPercent(a)) {
                // the quantity opens the phrase when a preposition follows it or it ends the phrase
                Tok next = a + 1 <= j ? toks.get(a + 1) : null;
                if (next == null || isPercent(a + 1) || LINKS.contains(next.low)) {
                    quantity = a;
                }
            }
            a--;
        }
        if (quantity < 0) {
            return null;
        }
        int start = quantity;
        // `about half`, `nearly two-thirds`, `a majority`, `more than half`
        while (start - 1 >= ss && start - 1 > a && toks.get(start - 1).type == WORD
                && HEDGES.contains(toks.get(start - 1).low)) {
            start--;
        }
        if (!opensClause(start, ss)) {
            return null;
        }
        boolean preposition = false;
        for (int m = start; m <= j; m++) {
            preposition |= LINKS.contains(toks.get(m).low);
        }
        // a bare quantity is a subject only as a share (`42% say`, `One in five say`) or a hedged number (`at least
        // 21,000 said`, `more than 300 signed`), not `Many say` or `In 2015 said`
        boolean hedgedNumber = quantity == j && start < quantity && NUMBER_HEDGES.contains(toks.get(j - 1).low)
                && toks.get(j).text.chars().allMatch(c -> Character.isDigit(c) || c == ',');
        return preposition || hedgedNumber || isPercent(j) || isPercent(j - 1) ? new int[]{start, j} : null;
    }

    /**
     * The speaker of a share: a group named by the people it is a share of (`Six in 10 Virginia voters` → "Virginia
     * voters", `Many of her supporters` → "supporters"), without a name when only the number stands (`42%`), as for
     * `Several said`; null when [a, b] is no quantified subject.
     */
    Speaker speaker(int a, int b, String text) {
        int[] share = endingAt(b, a);
        if (share == null || share[0] != a) {
            return null;
        }
        int from = -1;
        for (int m = a; m <= b; m++) {
            if (from < 0 && LINKS.contains(toks.get(m).low)) {
                from = m + 1; // the first link: `half of crews in each harbour` → crews in each harbour
            }
        }
        while (from >= 0 && from <= b && (Lexicon.DETERMINERS.contains(toks.get(from).low) || isNumber(toks.get(from).text)
                || POSSESSIVES.contains(toks.get(from).low))) {
            from++;
        }
        String mention = text.substring(toks.get(a).s, toks.get(b).e);
        String name = from < 0 || from > b || !Character.isLetter(toks.get(b).low.charAt(0)) ? null
                : text.substring(toks.get(from).s, toks.get(b).e);
        return new Speaker(toks.get(a).s, toks.get(b).e, mention, name, SpeakerKind.GROUP, null);
    }

    private boolean partOfPhrase(int i) {
        Tok t = toks.get(i);
        return t.type == WORD && t.qrole == OUT && !cueLex.isCueTok(i) && !t.has(WordBits.PHRASE_BREAK);
    }

    /** `%`, or the word `percent` after a number (`19 percent`, `46 percent of voters`). */
    private boolean isPercent(int i) {
        return i >= 0 && (toks.get(i).text.equals("%")
                || toks.get(i).low.equals("percent") && i > 0 && isNumber(toks.get(i - 1).text));
    }

    /** The phrase starts the sentence or follows a comma, a connective or a clause word. */
    private boolean opensClause(int start, int ss) {
        if (start == ss) {
            return true;
        }
        Tok p = toks.get(start - 1);
        return p.type == PUNCT && (p.text.equals(",") || p.text.equals(";") || p.text.equals(":"))
                || p.type == WORD && (Lexicon.CLAUSE_WORDS.contains(p.low) || p.low.equals("and") || p.low.equals("but"));
    }

    private static final Set<String> QUANTITIES = Lexicon.words("""
            many most some half majority majorities plurality third thirds quarter quarters fifth fifths tenth percent
            all none few several both each dozens hundreds thousands one two three four five six seven eight nine ten
            two-thirds three-quarters""");
    private static final Set<String> POSSESSIVES = Lexicon.words("his her its their our my your whose");
    private static final Set<String> NUMBER_HEDGES = Lexicon.words("least than about nearly almost roughly some over");
    private static final Set<String> LINKS = Lexicon.words("of in among");
    private static final Set<String> HEDGES = Lexicon.words("about nearly almost roughly only just a the more than fewer less over at least some");
}
