package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Where a speaker mention's head stands when a phrase after it names someone else (session extraction11):
 * `a top aide to Senator Rosa Ibarra` is the aide, not the senator; `the mayor of Eastbrook` is a person, not the
 * town; `a report released Monday by the River Trust` is the River Trust's report, not a person named `report
 * released Monday`.
 */
final class MentionHeads {
    /**
     * People close to the person named after `to`/`for`/`of`, who speak for themselves (a spokesman speaks for the
     * one he is spokesman of, and stays resolved to it).
     */
    static final Set<String> ASSOCIATES = Lexicon.words("""
            aide aides adviser advisers advisor advisors lawyer lawyers attorney
            attorneys friend friends ally allies assistant staffer staffers surrogate surrogates confidant
            confidante associate associates lobbyist daughter son wife husband brother sister""");
    /** Verbs whose `by` names who received or saw a document, not its author. */
    private static final Set<String> RECEIVING = Lexicon.words("obtained seen reviewed received acquired viewed examined");
    /** Heads of an office phrase besides the role words: `chief executive of`, `chief operating officer of`. */
    static final Set<String> OFFICE_HEADS = Lexicon.words("executive officer head");

    /** How many words may stand between a document noun and its `by` (`released late on Monday by`). */
    private static final int BY_REACH = 5;

    private final List<Tok> toks;
    private final NameIndex names;

    MentionHeads(Doc d) {
        this.toks = d.toks;
        this.names = d.names;
    }

    /**
     * The holder an office phrase (its `of` at {@code of}, the mention ending at b) names: `said the attorney general of
     * Oklahoma, Mike Hunter` (the name the mention's comma introduces); rule office-phrase-trailing-name (session
     * lead48): `the president of Zentro's mobile business Ko Dong-min told`, `the head of Zentro's battery unit Lena
     * Park` (a person's full name closing the mention after a lower-case word); else null.
     */
    String holderNamed(int of, int b, PersonTitles titles) {
        if (b + 2 < toks.size() && toks.get(b + 1).text.equals(",")) {
            return titles.personAt(b + 2);
        }
        if (ASSOCIATES.contains(toks.get(of - 1).low)) {
            return null; // `a friend of the founder Jon Bell` is the friend
        }
        int r = b;
        while (r - 1 > of && toks.get(r - 1).cap && toks.get(r - 1).type == WORD) {
            r--;
        }
        Tok before = toks.get(r - 1);
        boolean bodyThenName = LongMentionPersons.afterOrganisation(toks, r, b) > r; // n49b: `the X Academy Ann Roe`
        if (!bodyThenName && (b - r < 1 || r - 1 <= of + 1 || before.type != WORD || before.cap || Lexicon.PREPOSITIONS.contains(before.low)
                || before.low.equals("and"))) {
            return null;
        }
        Name nm = names.classify(r, b);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")
                ? nm.canonical : null;
    }

    /**
     * The token of `to`/`for`/`of` in [a, b] after an associate noun when a person's name follows (`an aide to
     * Senator X`), or -1; a spokesman for an organisation still speaks for it.
     */
    int associatePreposition(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            Tok before = toks.get(k - 1);
            if (t.type == PUNCT) {
                return -1; // `X, a former adviser to Y`: the head is the name before the comma
            }
            boolean office = t.low.equals("of") && !before.cap
                    && (RoleWords.ROLES.contains(before.low) || OFFICE_HEADS.contains(before.low));
            if (t.type != WORD || !office && (!(t.low.equals("to") || t.low.equals("for") || t.low.equals("of"))
                    || before.cap || !ASSOCIATES.contains(before.low))) {
                continue;
            }
            int from = k + 1;
            while (from <= b && Lexicon.DETERMINERS.contains(toks.get(from).low)) {
                from++;
            }
            if (from > b || !toks.get(from).cap) {
                return -1;
            }
            Name nm = names.classify(from, capEnd(from, b));
            if (office) {
                // `the mayor of Eastbrook`, `the chief executive of Northline Energy`: the office holder, not a person
                // named after the town; an organisation known as one (`the president of Judicial Watch`) and
                // `secretary of State` keep their reading; a place is no organisation here (`the attorney general of
                // Oklahoma`, `the president of Russia` hold an office, they are not the state or the country)
                boolean org = nm != null && nm.kind == SpeakerKind.ORGANIZATION && !isPlace(nm.canonical)
                        || toks.get(from).low.equals("state");
                return org ? -1 : k;
            }
            return nm != null && nm.kind == SpeakerKind.PERSON ? k : -1;
        }
        return -1;
    }

    /**
     * `Mr. Hanley of the Tidewater Trust`, `Dr Sarah Jones of the University of Leeds`: the token of `of` after a person
     * named by two or more capitalised words (a title and a name, or a full name), or -1; the person speaks, the
     * organisation is where they work. `Secretary of State`, `Bank of America`, `Duke of York` have no person before;
     * nor has `The Elwyn Chamber of Commerce` ({@link ArticleBodies}, session n56a).
     */
    int personBeforeOf(int a, int b) {
        for (int k = a + 2; k < b; k++) {
            if (!toks.get(k).low.equals("of") || !toks.get(k - 1).cap || toks.get(k - 1).type != WORD) {
                continue;
            }
            int r = k - 1;
            while (r - 1 >= a && toks.get(r - 1).cap && toks.get(r - 1).type == WORD
                    && !Lexicon.DETERMINERS.contains(toks.get(r - 1).low)) {
                r--;
            }
            int after = k + 1 < b && toks.get(k + 1).low.equals("the") ? k + 2 : k + 1;
            if (!toks.get(after).cap || toks.get(after).type != WORD) {
                return -1; // `the Act of 2009`, `the Republic of Turkey`: no person and organisation
            }
            Name nm = k - 1 > r && !ArticleBodies.named(toks, r, k + 1) ? names.classify(r, k - 1) : null; // n56a
            return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null ? k : -1;
        }
        return -1;
    }

    /** A country, US state or city: the classifier reads them as organisations, but nobody holds an office of them. */
    private static boolean isPlace(String name) {
        return Lexicon.isRegion(name) || Lexicon.PLACES.contains(Lexicon.lower(name));
    }

    private int capEnd(int from, int b) {
        int e = from;
        while (e + 1 <= b && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        return e;
    }

    /** The last token of the author opening at {@code from}, before a time phrase: `the Trade Council on Monday`. */
    int authorEnd(int from, int b) {
        for (int k = from + 1; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || Lexicon.TIME_WORDS.contains(t.low)
                    || Lexicon.TIME_PREPS.contains(t.low) && k + 1 <= b && Lexicon.TIME_WORDS.contains(toks.get(k + 1).low)) {
                return k - 1;
            }
        }
        return b;
    }

    /** The first token of the author after `by` in `a report (released Monday) by X` within [a, b], or -1. */
    int documentAuthor(int a, int b) {
        for (int k = a; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.cap || !Lexicon.DOC_NOUNS.contains(t.low)) {
                continue;
            }
            for (int m = k + 1; m < b && m - k <= BY_REACH; m++) {
                Tok w = toks.get(m);
                if (m == k + 1 && w.text.equals(",")) {
                    continue; // `The report, published Monday by the Trade Council,`
                }
                if (w.type != WORD) {
                    return -1;
                }
                if (w.low.equals("by") && RECEIVING.contains(toks.get(m - 1).low)) {
                    return -1; // `the memo, obtained by the Harbour Times`: who has it, not who wrote it
                }
                if (w.low.equals("by")) {
                    return m > k + 1 && toks.get(m + 1).type == WORD ? m + 1 : -1;
                }
                if (!(w.low.endsWith("ed") || Lexicon.TIME_WORDS.contains(w.low) || w.low.equals("on") || w.low.equals("in")
                        || w.low.equals("last") || w.low.equals("this"))) {
                    return -1;
                }
            }
            return -1;
        }
        return -1;
    }
}
