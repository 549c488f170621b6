package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** `"...," X said` and `"...," said X, title`: the cue right after a quote that ends with a comma, ? or !. */
final class TrailingCueSieve extends Rules implements QuoteSieve {

    /** How far after the quote the cue may stand. */
    private static final int MAX_DISTANCE = 16;
    /** ... when a name and an appositive closed by a comma stand between. */
    private static final int MAX_APPOSED_DISTANCE = 30;
    /** How many tokens an aside may hold before the quote that closes it. */
    private static final int ASIDE_REACH = 25;
    /** Words opening an aside whose verb has a subject of its own. */
    private static final Set<String> ASIDE_OWN_SUBJECT = Lexicon.words("whom which whose where when as");

    /**
     * Session names44, rule adjunct-after-quote: `called him a "false hero," citing how families still demand
     * answers`, `"...," meaning the town would ...`: a participle clause right after the quote's comma hangs on the
     * clause before the quote; the verb inside it (`demand answers`) is no attribution and its subject no speaker.
     */
    private static final Set<String> ADJUNCT_PARTICIPLES = Lexicon.words(
            "citing meaning prompting sparking causing leaving referring pointing following");

    /**
     * Rule characterised-object (session n49d): verbs whose object the quote characterises (`X referred to Y as "..."`,
     * `X described Y as "..."`, `X called Y "..."`, `X branded the plan "..."`).
     */
    private static final Set<String> CHARACTERISING_AS = Lexicon.words("""
            referred refers described describes characterized characterised characterizes characterises portrayed
            portrays labeled labelled labels branded brands hailed hails denounced denounces""");
    private static final Set<String> CHARACTERISING = Lexicon.words("""
            called calls dubbed dubs branded brands labeled labelled labels termed terms nicknamed""");
    private static final Set<String> RELATIVES = Lexicon.words("who whom which that");

    /**
     * Session n49c: `"A!" as the ruling was read`: after a form of `be` a verb of {@link Lexicon#AFTER_QUOTE_ONLY} is
     * passive, and what was read is no speaker of the quote.
     */
    private static final Set<String> PASSIVE = Lexicon.words("was were is are be been being");

    private final RelayedReports relayed;
    private final AttributionQuotes quotes;

    TrailingCueSieve(Doc d) {
        super(d);
        this.relayed = new RelayedReports(d);
        this.quotes = new AttributionQuotes(d);
    }

    @Override
    public String name() {
        return "trailing-cue";
    }

    /**
     * The quote is the complement of a verb of saying before it (`X claimed on Tuesday that "A,"`): a clause after
     * it with its own subject, verb and complement is a new statement, not the quote's attribution.
     */
    private boolean complementOfEarlierCue(QuoteCandidate c) {
        int open = c.q.open;
        int m = open - 1;
        if (m < c.ss || !toks.get(m).low.equals("that")) {
            return false;
        }
        for (int k = m - 1; k >= c.ss && m - k <= 4; k--) {
            if (cueLex.isCueTok(k) && cueLex.isSpeech(k) || cueLex.isCueTok(k) && Lexicon.WEAK.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session n61c, rule and-after-led-quote: `X called the verdict "absurd", and the firm's lawyer claimed it served
     * "..."`: a quote inside a sentence whose own verb of saying comes before it, followed by `, and` and another
     * clause: `and` coordinates a new statement of someone else; the quote stays with the verb before it.
     */
    private boolean andAfterLedQuote(QuoteCandidate c, int m, int j) {
        if (m != j || !toks.get(m).low.equals("and") || c.startsSentence || !toks.get(m - 1).text.equals(",")) {
            return false;
        }
        for (int k = c.q.open - 1; k >= c.ss; k--) {
            if (toks.get(k).qrole == OUT && cueLex.isCueTok(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * `"...," she went on.`, `"...," he points out.`: `went on` / `goes on` / `points out` closing the clause after a
     * quote is a verb of saying.
     */
    private boolean wentOn(int m, int cse) {
        Tok t = toks.get(m);
        String particle = t.low.equals("went") || t.low.equals("goes") ? "on" : t.low.equals("points") ? "out" : null;
        return particle != null && m + 1 <= cse && toks.get(m + 1).low.equals(particle)
                && (m + 2 > cse || toks.get(m + 2).type == PUNCT);
    }

    /**
     * The comma closing a short phrase that opens at m after a name and its comma and is followed by a verb of
     * saying (`Okafor, after a long pause, said`), or -1.
     */
    private int interruptionEnd(int m, int j, int cse) {
        if (m - 2 < j || !toks.get(m - 1).text.equals(",") || toks.get(m - 2).type != WORD || !toks.get(m - 2).cap) {
            return -1;
        }
        for (int k = m + 1; k < cse && k - m <= 8; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || isTerminal(t) || cueLex.isCueTok(k)) {
                return -1;
            }
            if (t.text.equals(",")) {
                return cueLex.isCueTok(k + 1) && cueLex.isSpeech(k + 1) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Session names29, rule aside-host: `Reyes, who called the plan a "disgrace," said the vote ...`, `Berg, the
     * author of "Night Crews," stated that ...`: the quote closes an aside set off by commas after the sentence's
     * subject, and the verb after it has no subject of its own after it; the subject before the aside is the
     * speaker (the statement went out with none). Only a capitalised subject that ends right at the aside's comma.
     */
    private int[] asideHost(QuoteCandidate c) {
        for (int k = c.q.open - 1; k > c.ss && c.q.open - k <= ASIDE_REACH; k--) {
            Tok t = toks.get(k);
            if (cueLex.isCueTok(k) && k - 1 > c.ss && toks.get(k - 1).cap) {
                return null; // `Reyes, who Berg said was "lazy," said`: a verb with its own subject in the aside
            }
            if (t.qrole != OUT || isTerminal(t)) {
                return null;
            }
            if (t.text.equals(",")) {
                if (ASIDE_OWN_SUBJECT.contains(toks.get(k + 1).low)) {
                    return null; // `Reyes, whom Berg called a "liar," said`: the quoted word is another's
                }
                int[] subj = clauses.sentenceSubject(c.ss, k - 1);
                return subj != null && subj[1] == k - 1 && toks.get(subj[1]).cap && toks.get(subj[1]).type == WORD
                        ? subj : null;
            }
        }
        return null;
    }

    /**
     * Rule characterised-object: the quote is what the sentence's own verb before it calls its object (`Karoly
     * referred to her rival as "...,"`, `Karoly called her rival "...,"`): up to seven words back, no punctuation.
     */
    private boolean characterisedObject(QuoteCandidate c) {
        int open = c.q.open;
        boolean as = open - 1 > c.ss && toks.get(open - 1).low.equals("as");
        for (int k = open - (as ? 2 : 1); k >= c.ss && open - k <= 8; k--) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.type != WORD) {
                return false;
            }
            if (as ? CHARACTERISING_AS.contains(t.low) : CHARACTERISING.contains(t.low) && k < open - 1) {
                return true;
            }
        }
        return false;
    }

    /** A relative pronoun between j and m: the verb at m belongs to a relative clause (`from a critic who once said`). */
    private boolean relativeBetween(int j, int m) {
        for (int k = j; k < m; k++) {
            if (RELATIVES.contains(toks.get(k).low) && !toks.get(k).cap) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        if (!c.endsComma) {
            return false;
        }
        int j = c.qEndTok + 1;
        if (j <= c.cse && (toks.get(j).text.equals(",") || toks.get(j).text.equals(":") && c.startsSentence)) {
            j++; // lead49: `"...": chief X said`
        }
        int second = quotes.afterSecondQuote(c.qEndTok);
        j = second > 0 ? second : j; // n49c: `"A!" (gloss) and "B!", he shouted`: B's attribution is A's
        int cse = second > 0 ? d.sentEnd[toks.get(second).sent] : c.cse; // the sentence may end at `!"`
        if (j <= cse && ADJUNCT_PARTICIPLES.contains(toks.get(j).low)) {
            return false;
        }
        int epithetClose = -1;
        for (int m = j; m <= cse && m - j < MAX_APPOSED_DISTANCE; m++) {
            Tok t = toks.get(m);
            boolean far = m - j >= MAX_DISTANCE;
            if (far && !(cueLex.isSpeech(m) && toks.get(m - 1).text.equals(",") && toks.get(j).cap)
                    && !(QuotedAsSaying.passive(toks, m, cse) > 0 && apposedName(j, m) > 0)) {
                continue; // further than a short subject only for `Name, a long title at the Institute, said`
            }
            int skip = NEW_CLAUSE.contains(t.low) ? interruptionEnd(m, j, cse) : -1;
            if (skip > 0) {
                m = skip; // `"A," Okafor, after a long pause, said`: the phrase between commas is no new clause
                continue;
            }
            int epithet = quotes.epithetEnd(m, j, cse);
            if (epithet > 0) {
                toks.get(m).covered = true; // n49c: `the newly crowned "Fastest Woman" said`: the subject's, no quote
                epithetClose = epithet;
                m = epithet;
                continue;
            }
            if (t.qrole != OUT || isTerminal(t) || NEW_CLAUSE.contains(t.low) || andAfterLedQuote(c, m, j)) {
                return false; // `"A," but she said ...` starts a new clause: no attribution of A
            }
            int[] relayedBy = m > j ? QuotedAsSaying.relayedObject(toks, m, cse) : null;
            if (relayedBy != null) { // n53c: `"A," the Gazette reported him as saying`: him, not the Gazette
                c.memory.usedCues.add(m); // the outlet's verb is no statement of its own
                c.cue = relayedBy[2];
                c.subj = new int[]{relayedBy[0], relayedBy[1]};
                c.post = true;
                return true;
            }
            int saying = QuotedAsSaying.passive(toks, m, cse); // `"A," X was quoted as saying`
            if (saying > 0 && m > j) {
                int named = apposedName(j, m);
                int[] subj = named > 0 ? new int[]{j, named} : subjects.subjectBefore(m - 1, j);
                if (subj == null || subj[0] < 0) {
                    return false;
                }
                c.memory.usedCues.add(m); // `was cited by the Gazette as saying`: no statement of the Gazette's
                c.cue = saying;
                c.subj = subj;
                c.post = true;
                return true;
            }
            if (cueLex.isCueTok(m) && (cueLex.isSpeech(m) || Lexicon.WEAK.contains(t.low)) && !cueLex.isAccording(m)
                    || t.type == WORD && Lexicon.AFTER_QUOTE_ONLY.contains(t.low) && !PASSIVE.contains(toks.get(m - 1).low)
                    && !(t.cap && cueLex.surnameBeforeVerbOfSaying(m)) // `"...," Read said`: the surname
                    || wentOn(m, cse)) {
                int[] subj;
                if (m == j && !cueLex.isSpeech(m) && !Lexicon.AFTER_QUOTE_ONLY.contains(t.low) && !wentOn(m, cse)) {
                    return false; // `Lee, star of "Scandal," thanked Obama`: only verbs of saying invert
                }
                if (m == j) {
                    subj = inverted.subjectAfter(m, cse);
                    subj = subj == null ? asideHost(c) : subj;
                } else {
                    subj = subjects.subjectBefore(m, j);
                    if (subj != null && subj[0] < 0) {
                        subj = null;
                    }
                }
                if (subj != null && subj.length > 2 && !cueLex.isSpeech(m)) {
                    continue; // `"A," Warren, who has not endorsed anyone, told reporters`: the relative clause's verb
                }
                if (m > j && relativeBetween(j, m) && characterisedObject(c)) {
                    return false; // `X referred to Y as "A," a view from a critic who once said`: X's, by leading-cue
                }
                if (subj != null && m > j && complementOfEarlierCue(c) && !complements.tailIsAdjunct(m, cse)) {
                    return false; // `X claimed that "A," one of the prosecutors said the cases differ`: X's
                }
                if (relayed.relaysOwnSpeaker(c, m, subj)) {
                    c.memory.usedCues.add(m); // ... and is no statement of its own
                    return false; // `Rauf said: "A," local media reported.`: the media only relay Rauf's words
                }
                Speaker bearer = subj == null && epithetClose > 0 ? quotes.epithetBearer(j, epithetClose) : null;
                if (bearer != null) {
                    c.outerSpeaker = bearer; // the epithet's bearer, as a description's
                    subj = new int[]{j, epithetClose};
                }
                if (subj != null || m == j) {
                    c.cue = m;
                    c.subj = subj;
                    c.post = true;
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Session n75a: `"A," Dr. Ida Berg, the director of the trust's health division was quoted as saying`: a name
     * right after the quote, closed by a comma, whose long appositive runs to the verb without a closing comma. The
     * name's last token, or -1.
     */
    private int apposedName(int j, int verb) {
        int last = j;
        while (last + 1 < verb && toks.get(last).type == WORD && toks.get(last).cap && toks.get(last + 1).cap) {
            last++;
        }
        boolean name = toks.get(j).type == WORD && toks.get(j).cap && toks.get(last).cap;
        return name && last + 1 < verb && toks.get(last + 1).text.equals(",") ? last : -1;
    }
}
