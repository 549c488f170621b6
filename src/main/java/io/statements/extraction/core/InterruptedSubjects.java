package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * A subject kept apart from its verb: by an adverbial (`The ministry barely a fortnight back said`, `X now says`),
 * or by a relative clause without commas (`a harbour board official who spoke anonymously said`).
 */
final class InterruptedSubjects {
    private static final Set<String> AGO_PHRASE = Lexicon.words("""
            ago a an one two three four five six seven eight nine ten few several many some just only about
            nearly almost less more than over under minutes hours days weeks months years decades minute hour day
            week month year decade""");
    private static final Set<String> ADVERBS = Lexicon.words("now currently today tonight");

    private final List<Tok> toks;
    private final Cues cueLex;
    private final AnonymityClauses anonymity;

    InterruptedSubjects(List<Tok> toks, Cues cueLex) {
        this.toks = toks;
        this.cueLex = cueLex;
        this.anonymity = new AnonymityClauses(toks, cueLex);
    }

    /** The last token before an adverbial that ends at j (`now`, `two weeks ago`), or j when there is none. */
    int beforeAdverbial(int j, int ss) {
        int k = j;
        while (k >= ss && toks.get(k).type == WORD && !toks.get(k).cap && ADVERBS.contains(toks.get(k).low)) {
            k--;
        }
        if (k > ss && toks.get(k).type == WORD && toks.get(k).low.equals("ago")) {
            int m = k - 1;
            while (m >= ss && toks.get(m).type == WORD && !toks.get(m).cap && AGO_PHRASE.contains(toks.get(m).low)
                    && k - m < 6) {
                m--;
            }
            k = m < k - 1 ? m : k;
        }
        return k >= ss && k < j && toks.get(k).type == WORD && toks.get(k).qrole == OUT ? k : j;
    }

    /**
     * `a harbour board clerk who spoke anonymously to explain the plan said`, `Berg, who has on occasion
     * described`: the `who` opening a relative clause the verb at {@code cue} ends, or -1.
     */
    int relativePronounBefore(int cue, int ss) {
        if (cue - 1 <= ss || toks.get(cue - 1).type != WORD || toks.get(cue - 1).has(WordBits.CLAUSE_WORD)) {
            return -1; // `X, who ..., said`: an appositive clause; `who left but said`: a coordinated verb
        }
        for (int m = cue - 1; m > ss && cue - m <= 14; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT) {
                return -1;
            }
            if (cueLex.isCueTok(m)) { // `who asked not to be named`, `to speak publicly`: perhaps a clause of anonymity
                String p = toks.get(m - 1).low;
                return p.equals("to") || p.equals("who") ? anonymity.clauseBefore(cue, ss) : -1;
            }
            if (t.low.equals("who")) {
                Tok after = toks.get(m + 1);
                if (m + 1 == cue || after.cap || Lexicon.SUBJECT_PRONOUNS.contains(after.low)) {
                    return -1; // `who said`: the relative pronoun rule; `who he dubbed`: `who` is the object
                }
                Tok before = toks.get(m - 1);
                boolean np = before.type == WORD && before.qrole == OUT && !Lexicon.CLAUSE_WORDS.contains(before.low)
                        && !Lexicon.PREPOSITIONS.contains(before.low);
                return np || before.text.equals(",") ? m : -1;
            }
            if (t.has(WordBits.CLAUSE_WORD)) { // a word token here: the bit is CLAUSE_WORDS.contains(t.low)
                boolean reason = t.low.equals("because") || t.low.equals("as") || t.low.equals("since");
                return reason ? anonymity.clauseBefore(cue, ss) : -1; // `who spoke on condition of anonymity since`
            }
        }
        return cue - 14 > ss ? anonymity.clauseBefore(cue, ss) : -1; // beyond the plain reach
    }

    /** `X went on to say`, `X had this to say`, `X would do better to say`: a verb of saying after `to` and its host. */
    boolean hostedInfinitive(int cue, int ss) {
        if (cue - 2 < ss || !toks.get(cue - 1).low.equals("to") || toks.get(cue - 1).qrole != OUT) {
            return false;
        }
        Tok host = toks.get(cue - 2);
        // `X wanted to tell`, `X was expected to say`: a verb in the past before `to` hosts the infinitive too
        return INFINITIVE_HOSTS.contains(host.low) || host.type == WORD && host.qrole == OUT && !host.cap
                && host.low.endsWith("ed") && host.low.length() > 4 && !REFUSALS.contains(host.low)
                || InfinitiveHosts.hosts(toks, cue - 2, ss); // n54a: `had gone so far as to say`, `was quick to say`
    }

    /** `X refused to say whether the plan was "dead"`: a refusal hosting the verb of saying (of a quote). */
    boolean refusalHost(int cue, int ss) {
        return cue - 2 >= ss && toks.get(cue - 1).low.equals("to") && REFUSALS.contains(toks.get(cue - 2).low);
    }

    /** `X — a baker from Port Alder — says`: the last token before the opening dash, when j closes one; else -1. */
    int beforeDashAppositive(int j, int ss) {
        if (j <= ss || !isDash(toks.get(j))) {
            return -1;
        }
        for (int m = j - 1; m > ss && j - m <= 25; m--) {
            Tok t = toks.get(m);
            if (t.qrole == CLOSE && quotedTitleOpen(m, ss) > ss) {
                m = quotedTitleOpen(m, ss); // `X - who once vowed to "never sell the port" - said`
                continue;
            }
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return -1;
            }
            if (isDash(t)) {
                return m - 1 >= ss && toks.get(m - 1).type == WORD && toks.get(m - 1).cap ? m - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * `One dock worker, who spoke without giving a name, said`, `The letter, which was sent on Friday,
     * demanded`, `Tom Baker, the union's treasurer, writing in the newsletter, said`: a subject at the start of its
     * clause kept from its verb by one or two comma-enclosed interruptions (a relative clause, a participle phrase, a
     * prepositional phrase or an appositive), whatever its head; the range runs over them, as an appositive does.
     * Up to three (`X, a contestant on the show, "Quiz Night," who went on to ..., said`); a short quoted title
     * inside one does not end it (`X, the author of "Tides of Trouble," about the port, said`).
     */
    int[] beforeCommaInterruptions(int comma, int ss, Subjects subjects) {
        int end = comma;
        int[] found = null;
        boolean placed = false; // n53c: the region of a place closed the stretch before (`in Kelso, Maine,`)
        for (int round = 0; round < 4; round++) {
            int open = openingComma(end, ss);
            if (open >= 0 && !placed && round == 0 && PlaceRegions.placePreposition(toks, open, end, ss) >= 0) {
                placed = true;
                end = open;
                continue;
            }
            if (open < 0 || !opensInterruption(open + 1, end) && !(placed && PlaceRegions.opensAge(toks.get(open + 1)))) {
                break;
            }
            placed = false;
            int[] np = subjects.npEndingAt(open - 1, ss);
            while (np != null && np[0] - 2 >= ss && RelativeSubjects.ownerPreposition(toks.get(np[0] - 1))) {
                int[] owner = subjects.npEndingAt(np[0] - 2, ss); // `Backers of the ferry levy, however, say`
                np = owner == null ? np : new int[]{owner[0], np[1]};
                if (owner == null) {
                    break;
                }
            }
            if (np != null && np[1] == open - 1 && opensClause(np[0], ss)) {
                found = new int[]{np[0], comma - 1};
                if (np[0] == ss || !toks.get(np[0] - 1).text.equals(",")) {
                    break; // `Tom Baker, the union's treasurer, writing ...,`: an appositive may have its name before it
                }
            }
            end = open;
        }
        return found;
    }

    /**
     * Session names38, rule aside-object-not-subject: `Sen. Tom Reyes, facing a challenge in Marlow County, a swing
     * district, said`: an appositive subject {@code apposed} after a preposition or a participle is an object inside
     * an interruption, whose host is the subject ({@link #beforeCommaInterruptions}); else {@code apposed}.
     */
    int[] aroundObjectAside(int[] apposed, int comma, int ss, Subjects subjects) {
        int[] relayed = RelayAsides.host(toks, apposed, ss, subjects);
        if (relayed != null) {
            return relayed; // names47: `X, who spoke through his press secretary, Y, said`: X
        }
        int[] whose = WhoseAsides.host(toks, apposed, ss, subjects);
        if (whose != null) {
            return whose; // n63b: `X, whose son, Y, died in May, told`: X
        }
        if (apposed[0] <= ss || !objectBefore(toks.get(apposed[0] - 1))) {
            return apposed;
        }
        int[] around = beforeCommaInterruptions(comma, ss, subjects);
        return around != null ? around : apposed;
    }

    /** A word after which a noun phrase is an object: a preposition, a lower-case participle (`facing`, `led`). */
    private static boolean objectBefore(Tok t) {
        return t.type == WORD && !t.cap && (Lexicon.PREPOSITIONS.contains(t.low)
                || t.low.length() > 4 && (t.low.endsWith("ing") || t.low.endsWith("ed")));
    }

    /** The comma opening the comma-enclosed stretch that ends at {@code comma}, or -1. */
    private int openingComma(int comma, int ss) {
        for (int m = comma - 1; m >= ss && comma - m <= 30; m--) {
            Tok t = toks.get(m);
            if (t.qrole == CLOSE) {
                int open = quotedTitleOpen(m, ss);
                if (open < 0) {
                    return -1;
                }
                m = open;
                continue;
            }
            if (t.qrole != OUT || Words.isTerminal(t) || isDash(t)) {
                return -1;
            }
            if (t.text.equals(",")) {
                return m < comma - 1 ? m : -1;
            }
        }
        return -1;
    }

    private boolean opensInterruption(int m, int end) {
        Tok t = toks.get(m);
        if (t.qrole == OPEN) {
            return quotedTitleClose(m) >= 0; // `the show, "Quiz Night," who ...`: a title in apposition
        }
        if (t.type != WORD) {
            return false;
        }
        if (end - m < 2) {
            return SENTENCE_ADVERBS.contains(t.low) || RelativeSubjects.loneRelative(t); // `The report, however, says`
        }
        if (t.low.equals("asked") && Lexicon.PREPOSITIONS.contains(toks.get(m + 1).low)
                || t.low.equals("asked") && Lexicon.CLAUSE_WORDS.contains(toks.get(m + 1).low)) {
            return true; // `X, asked about the plan, said`: a question put to X, not X's statement
        }
        if (!t.cap && t.low.endsWith("ly") && t.low.length() > 4 && m + 1 < end && toks.get(m + 1).type == WORD
                && !INTERRUPTION_OPENERS.contains(toks.get(m + 1).low) && opensInterruption(m + 1, end)) {
            return true; // names38: `One message, apparently referring to the strikes, said`: an adverb first
        }
        return INTERRUPTION_OPENERS.contains(t.low) || !t.cap && t.low.endsWith("ing") && t.low.length() > 5
                || !t.cap && (t.low.endsWith("ed") && t.low.length() > 4 || PARTICIPLES.contains(t.low))
                && !cueLex.isCueTok(m); // `The report, released on Monday, says`, `The note, sent to ..., called`
    }

    /** The opening mark of the short quote (a title: `"Tides of Trouble,"`) whose closing mark is at close, or -1. */
    int quotedTitleOpen(int close, int ss) {
        int qid = toks.get(close).q;
        for (int m = close - 1; m >= ss && close - m <= MAX_TITLE_TOKENS + 1; m--) {
            Tok t = toks.get(m);
            if (t.q != qid) {
                return -1;
            }
            if (t.qrole == OPEN) {
                return m;
            }
        }
        return -1;
    }

    private int quotedTitleClose(int open) {
        int qid = toks.get(open).q;
        for (int m = open + 1; m < toks.size() && m - open <= MAX_TITLE_TOKENS + 1; m++) {
            Tok t = toks.get(m);
            if (t.q != qid) {
                return -1;
            }
            if (t.qrole == CLOSE) {
                return m;
            }
        }
        return -1;
    }

    /** The subject starts its clause: at the sentence start, after an opener's comma, or after a conjunction. */
    private boolean opensClause(int a, int ss) {
        if (a == ss) {
            return true;
        }
        Tok p = toks.get(a - 1);
        return p.text.equals(",") || p.type == WORD && (p.low.equals("but") || p.low.equals("and"));
    }

    /**
     * Words before `to` + a verb of saying whose subject says it (`went on to say`, `would do better to say`);
     * refusals (`declined to say whether ...`) are the non-speech sieve's.
     */
    private static final Set<String> INFINITIVE_HOSTS = Lexicon.words(
            "on this tried tries decided decides began begins better");

    /** Refusals: without quotes, the non-speech sieve makes their infinitive the content. */
    private static final Set<String> REFUSALS = Lexicon.words("declined refused");

    private static final Set<String> SENTENCE_ADVERBS = Lexicon.words("""
            however meanwhile though too instead nevertheless moreover also therefore furthermore""");

    private static final Set<String> INTERRUPTION_OPENERS = Lexicon.words("""
            who which whose a an the at on in with from like for when while after before once""");

    /** Irregular past participles that open an interruption like `released on Monday`. */
    private static final Set<String> PARTICIPLES = Lexicon.words("""
            sent written made given taken seen known led held brought shown drawn built run set cut hit""");

    /** The most tokens (marks included) a quoted title inside an interruption may have. */
    private static final int MAX_TITLE_TOKENS = 10;

    private static boolean isDash(Tok t) {
        return t.type == PUNCT && (t.text.equals("\u2014") || t.text.equals("--") || t.text.equals("\u2013")
                || t.text.equals("-")); // a spaced hyphen standing for a dash
    }
}
