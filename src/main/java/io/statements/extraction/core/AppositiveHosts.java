package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names21: the name an appositive mention hangs on. `But Ida Berg, the president of Harbour Watch, a
 * coastal group that has sued ..., said`, `Tomas Reyes, chief executive of Gullwing, a Port Alder
 * bakery, said`, `said Nell Ostrow, the founder of an online club`: when a long or nested appositive hides the
 * name from the subject rules, the mention is the appositive and its name a title (`president`, `chief executive`,
 * `founder`). The person named right before the appositive's comma is the one it describes: the speaker is that
 * person and the mention widens to the name (so it covers what the appositive covered and the name). Only for a
 * mention that resolved to no name or to a lower-case singular description; never after a preposition (`Like Sen.
 * X, a rival said`, `In Virginia, a spokesman`); the mention opens with an article or a word for a person, not
 * a pronoun, a quantity or a list's next item (`Sorry Sarah, you`, `Mrs. Clinton, these people said`, `wound Mr.
 * Trump, disclosures filed on Sunday revealed`).
 */
final class AppositiveHosts {
    private final Doc d;
    private final List<Tok> toks;

    AppositiveHosts(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** Words that may open the appositive mention: an article, else a lower-case word for a person (`chief executive`). */
    private static final Set<String> OPENERS = Lexicon.set("a", "an", "the");

    /** The speaker with the name before the appositive mention at a, else {@code sp} unchanged. */
    Speaker host(int a, Speaker sp) {
        if (sp == null || a < 3 || !described(sp) && !LongTitleAppositives.titleOfBody(toks, a, sp)
                && !NameOpenerSlips.kinOf(toks, a)) { // `the father of X`: the name before the comma
            return sp;
        }
        Tok first = toks.get(a), comma = toks.get(a - 1);
        if (first.type != WORD || !OPENERS.contains(first.low) && (first.cap || !personWord(first.low))
                && !LongTitleAppositives.opensTitle(toks, a)
                || !comma.text.equals(",") || comma.sent != first.sent) {
            return sp; // not `Hillary Clinton, bipartisan whispers`, `Mr. Trump, disclosures filed`, `these people`
        }
        int e = a - 2, r = e;
        while (r - 1 >= 0 && e - r < 4 && toks.get(r - 1).type == WORD && toks.get(r - 1).cap
                && toks.get(r - 1).qrole == OUT && toks.get(r - 1).sent == first.sent) {
            r--;
        }
        Tok last = toks.get(e);
        if (r == e || !last.cap || last.type != WORD || last.qrole != OUT || last.sent != first.sent) {
            return sp; // a full name of two or more words only
        }
        int before = opening(toks.get(r)) ? r : r - 1; // `Like Mayor X,`: the run opens with the preposition
        if (before >= 0 && toks.get(before).sent == first.sent && opening(toks.get(before))) {
            return sp; // `Like President Obama, a rival`, `In New Hampshire, a voter`: an opening phrase
        }
        Name nm = d.names.classify(r, e);
        if (nm == null || nm.kind != SpeakerKind.PERSON || nm.canonical == null || nm.canonical.indexOf(' ') < 0) {
            return sp;
        }
        int ms = toks.get(r).s;
        return new Speaker(ms, sp.me(), d.s.substring(ms, sp.me()), nm.canonical, SpeakerKind.PERSON, sp.channel());
    }

    /** A lower-case word opening an appositive without an article: `chief executive of X`, `founder`, `organizer`. */
    private static boolean personWord(String w) {
        return RoleWords.ROLES.contains(w) || DefiniteDescriptions.PERSON_NOUNS.contains(w)
                || DefiniteDescriptions.TRADE_NOUNS.contains(w) || w.length() > 4 && (w.endsWith("er") || w.endsWith("or"));
    }

    private static boolean opening(Tok t) {
        return Lexicon.PREPOSITIONS.contains(t.low) || Lexicon.DETERMINERS.contains(t.low) || t.low.equals("than");
    }

    /** Whether the mention named nobody or a lower-case singular description (`president`, `chief executive`). */
    private static boolean described(Speaker sp) {
        String n = sp.name();
        if (n == null) {
            return sp.kind() == SpeakerKind.PERSON;
        }
        if (n.isEmpty() || !Character.isLowerCase(n.charAt(0))) {
            return false;
        }
        String head = n.substring(n.lastIndexOf(' ') + 1);
        return !head.endsWith("s") || head.endsWith("ss");
    }
}
