package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Noun phrases around a cue: the subject before it, appositives, relative pronouns ({@link InvertedSubjects}: after it). */
final class Subjects {
    private final Doc d;
    private final List<Tok> toks;
    private final Cues cueLex;
    private final InterruptedSubjects interrupted;
    private final AppositiveSubjects appositives;
    private final QuantifiedSubjects quantified;
    private final RelativeAntecedents relatives;

    Subjects(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.interrupted = new InterruptedSubjects(d.toks, d.cueLex);
        this.appositives = new AppositiveSubjects(d.toks, d.cueLex);
        this.quantified = new QuantifiedSubjects(d.toks, d.cueLex);
        this.relatives = new RelativeAntecedents(d, this);
    }

    /** [start, end] token range of a noun phrase, or null. */
    int[] subjectBefore(int k, int ss) {
        k = CueTypos.undoubled(toks, k, ss); // n51f: `said said:`
        if (interrupted.hostedInfinitive(k, ss)) {
            int[] own = hostSubject(k - 2, ss);
            return own != null ? own : new int[]{-1, -1}; // `X went on to say`: the subject of the verb before
        }
        int who = interrupted.relativePronounBefore(k, ss);
        if (who >= 0) {
            boolean comma = toks.get(who - 1).text.equals(",");
            int[] np = comma ? relatives.antecedent(who, ss) : RelativeSubjects.owned(toks, this, who, k, ss); // n72e
            np = np == null && comma ? npEndingAt(who - 2, ss) : np;
            int[] described = np == null || comma ? null : relatives.describedSubject(np[0], ss);
            np = described != null ? described : np; // `X is a critic and gadfly who has pledged`: X
            np = np == null ? null : comma ? new int[]{np[0], np[1], who} : np; // `Beck, who has ... described`: `who`
            return CoordinatedDescriptions.firstOf(d, this, np, ss); // names35: `The A and B, who ..., warned`
        }
        int j = interrupted.beforeAdverbial(k - 1, ss);
        while (j >= ss && toks.get(j).type == WORD && (Lexicon.ADVERBS_AUX.contains(toks.get(j).low)
                && !modalLikeName(j, k)
                || toks.get(j).low.endsWith("ly") && !toks.get(j).cap && toks.get(j).low.length() > 4
                || Words.negatedAuxiliary(toks.get(j).low))) {
            j--;
        }
        if (PerfectParticiples.headless(toks, j, k, ss)) { // n63e: `despite having told`: as `despite saying`
            return new int[]{-1, -1}; // the subject of the clause the participle hangs on
        }
        if (j - 1 >= ss && Lexicon.FLOATING_QUANTIFIERS.contains(toks.get(j).low) && toks.get(j - 1).type == WORD
                && toks.get(j - 1).qrole == OUT) {
            // names26, a floating quantifier and an auxiliary before it: `X and Y both denounced`, `have all said`
            for (j--; j >= ss && toks.get(j).type == WORD && Lexicon.ADVERBS_AUX.contains(toks.get(j).low); j--) { }
        }
        while (j >= ss && toks.get(j).type == WORD && (Lexicon.TIME_WORDS.contains(toks.get(j).low)
                || isYear(toks.get(j).low))) { // a trailing time expression: "on Thursday", "last week", "in 2010"
            j--;
            if (j >= ss && toks.get(j).type == WORD && Lexicon.TIME_PREPS.contains(toks.get(j).low)) {
                j--;
            }
        }
        j = j < ss ? j : DocumentModifiers.nounBeforeParticiple(toks, j, ss); // n51a: `A X report published said`
        if (j < ss) {
            return null;
        }
        Tok t = toks.get(j);
        if (t.qrole != OUT) {
            return null;
        }
        int dashed = interrupted.beforeDashAppositive(j, ss);
        if (dashed >= 0) {
            return npEndingAt(dashed, ss); // `Ida Berg — a baker from Port Alder — says`
        }
        int[] share = quantified.endingAt(j, ss);
        if (share != null) {
            return share; // `Six in 10 voters said`, `Many of her supporters say`, `42% say`
        }
        if (t.type == PUNCT && t.text.equals(",")) {
            int[] apposed = appositives.subjectBefore(j, ss, this);
            apposed = apposed == null ? null : interrupted.aroundObjectAside(apposed, j, ss, this);
            apposed = apposed == null ? interrupted.beforeCommaInterruptions(j, ss, this) : apposed;
            apposed = apposed == null ? CueTypos.strayComma(toks, j, k, ss, this) : apposed; // n51f: `X, told:`
            // `Gov. John Kasich (R-Ohio), said`: a party tag closing the name
            return apposed == null && j - 1 > ss && toks.get(j - 1).text.equals(")") ? npEndingAt(j - 1, ss) : apposed;
        }
        if (t.type == PUNCT && t.text.equals(")")) {
            // "Rep. T.J. Reyes (D-Kestrel) said"
            int m = j - 1;
            while (m >= ss && !toks.get(m).text.equals("(") && j - m < 8) {
                m--;
            }
            if (m > ss && toks.get(m).text.equals("(")) {
                int[] inner = subjectBefore(m, ss);
                if (inner != null) {
                    return new int[]{inner[0], j};
                }
            }
            return null;
        }
        if (t.type != WORD) {
            return null;
        }
        if (t.low.equals("and") || t.low.equals("but") || t.low.equals("or")) {
            return new int[]{-1, -1}; // coordinated: subject of the sentence
        }
        if (t.low.equals("who") || t.low.equals("which") || t.low.equals("that") || Words.contractedWho(t.low)) {
            int[] np = relatives.antecedent(j, ss);
            // the mention is the relative pronoun itself; the noun phrase before it is what it resolves to
            return np == null ? null : new int[]{np[0], np[1], j};
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            return new int[]{j, j};
        }
        if (Lexicon.INDEFINITE_SUBJECTS.contains(t.low) && (j == ss || toks.get(j - 1).type == PUNCT
                || Lexicon.CLAUSE_WORDS.contains(toks.get(j - 1).low))) {
            return new int[]{j, j}; // `Several said`, `another said`: unnamed people, a group
        }
        int[] np = npEndingAt(j, ss);
        int prep = np == null ? -1 : np[0] - 1;
        if (prep > ss && toks.get(prep).type == WORD && toks.get(prep).qrole == OUT && !EventSequels.verb(toks, prep, ss)
                && OBJECT_PREPS.contains(toks.get(prep).low) && !toks.get(np[0]).cap) { // n67b: `comes after a report`
            Tok head = toks.get(prep - 1);
            boolean verbBefore = head.type != WORD || head.qrole != OUT || cueLex.isCueTok(prep - 1)
                    || !head.cap && (head.low.endsWith("ing") || head.low.endsWith("ed"));
            int[] left = verbBefore ? null : npEndingAt(prep - 1, ss);
            if (left != null) {
                // `Mr. Reyes of the Heron Trust said`; names35: `The front-runner and former harbour master said`
                return CoordinatedDescriptions.firstOf(d, this, new int[]{left[0], np[1]}, ss);
            }
            // `marching through the streets chanted`, `in a box labeled`: an object; the subject is further left
            return new int[]{-1, -1};
        }
        np = LongMentionPersons.unclosedAppositive(d, np, ss); // n49b: `Aiko Branner, WHO director-general said`
        return CoordinatedDescriptions.firstOf(d, this, np, ss); // names35: `The front-runner and ex-governor said`
    }

    /** `X refused to say`: see {@link InterruptedSubjects#refusalHost}. */
    boolean refusalHost(int cue, int ss) {
        return interrupted.refusalHost(cue, ss);
    }

    /**
     * `Will described the plan as`, `May says`: a capitalised modal right before an inflected verb is a name (a modal
     * takes the base form: `Will he say`, `May I add`).
     */
    private boolean modalLikeName(int j, int cue) {
        Tok t = toks.get(j);
        String v = toks.get(cue).low;
        return t.cap && j + 1 == cue && MODAL_NAMES.contains(t.low) && (v.endsWith("ed") || v.endsWith("s"));
    }

    private static final Set<String> MODAL_NAMES = Lexicon.words("will may can");

    /**
     * Rule clause-host-subject (session names22): `..., long before harbour officials started to describe it as
     * ...`: the host verb of the infinitive has its own subject in a clause opened by a subordinator (`before`,
     * `when`, `while`), which speaks, not the sentence's subject (`Tomas Reyes's name was announced ...`). Only a noun
     * phrase right before the host (a name or a plural noun), right after an adverbial clause word (not
     * `who are inclined to believe`, `but went on to say`).
     */
    private int[] hostSubject(int host, int ss) {
        if (host - 1 <= ss || toks.get(host).cap || InfinitiveHosts.hosts(toks, host, ss)) {
            return InfinitiveHosts.subject(this, toks, host, ss); // n54a: `X had gone so far as to say`: X
        }
        int[] np = npEndingAt(host - 1, ss);
        if (np == null || np[0] - 1 < ss) {
            return null;
        }
        Tok opener = toks.get(np[0] - 1);
        Tok head = toks.get(np[1]);
        return opener.type == WORD && opener.qrole == OUT && Words.ADVERBIAL_OPENERS.contains(opener.low)
                && head.type == WORD && (head.cap || head.low.endsWith("s") && head.low.length() > 3)
                && !Lexicon.ADVERBS_AUX.contains(head.low) ? np : null;
    }

    /** A noun phrase that ends at token j, going left to a clause boundary. */
    int[] npEndingAt(int j, int ss) {
        if (j < ss) {
            return null;
        }
        Tok last = toks.get(j);
        if (last.type != WORD || last.qrole != OUT) {
            if (last.type == PUNCT && last.text.equals(")")) {
                int m = j - 1;
                while (m > ss && !toks.get(m).text.equals("(") && j - m < 8) {
                    m--;
                }
                if (m > ss && toks.get(m).text.equals("(")) {
                    int[] inner = npEndingAt(m - 1, ss);
                    if (inner != null) {
                        return new int[]{inner[0], j};
                    }
                }
            }
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(last.low)) {
            return new int[]{j, j};
        }
        if ((Lexicon.CLAUSE_WORDS.contains(last.low) || Lexicon.PREPOSITIONS.contains(last.low))
                && !FunctionWordSurnames.at(d, j) || Lexicon.DETERMINERS.contains(last.low)) { // `From said`: Al From
            return null;
        }
        int a = j;
        int lowerCount = last.cap ? 0 : 1;
        while (a - 1 >= ss) {
            Tok p = toks.get(a - 1);
            if (p.qrole != OUT || p.type != WORD || DatedSubjects.dayBefore(toks, a)) {
                break; // names39: `... on Wednesday Brenner warned`: the day closes the adjunct before the subject
            }
            if (p.low.equals("that") && p.cap && a - 1 == ss && !last.cap) {
                a--; // `That letter, on the board's letterhead, demanded`: a demonstrative opening the sentence
                break;
            }
            if (cueLex.isCueTok(a - 1) || Lexicon.CLAUSE_WORDS.contains(p.low) || Lexicon.SUBJECT_PRONOUNS.contains(p.low)
                    || Lexicon.ADVERBS_AUX.contains(p.low) && !p.cap) {
                break;
            }
            if (Lexicon.DETERMINERS.contains(p.low) || isNumber(p.text)) {
                a--;
                if (a - 1 >= ss && toks.get(a - 1).type == WORD && toks.get(a - 1).qrole == OUT
                        && NOUN_DETERMINERS.contains(toks.get(a - 1).low)) {
                    a--; // `The 52-year-old former mayor`, `the two officials`: the article belongs to the phrase
                }
                if (TitlePhrases.officeOfBefore(toks, a - 1, ss) || TitlePhrases.spokespersonForBefore(toks, a - 1, ss)) {
                    a -= 2; // `the head of the Energy Agency, X,`: the office phrase, not the organisation alone
                    continue;
                }
                if (Words.nameOfBefore(toks, a - 1, ss) || LongMentionPersons.personFromBody(toks, a - 1, ss, j)) {
                    a -= 2; // `the Ministry of the Sea`, `the Museum of the City`: one name, not `the Sea`; n49b:
                    continue; // `Park Ji-ho from the Unity Party`: the person the body is named with
                }
                break;
            }

            if (AbbreviatedTitleOpeners.opensName(p, toks.get(a))) { // n65f: not `in St. Albans`, a place
                break; // `the party convention Sen. Elizabeth Warren said`: an abbreviated title opens the name
            }
            if (Lexicon.PREPOSITIONS.contains(p.low)) {
                // "Secretary of State Ida Berg", "a port official with knowledge of the repairs"
                if (a - 2 >= ss && toks.get(a - 2).type == WORD && toks.get(a - 2).qrole == OUT
                        && (toks.get(a - 2).cap || !cueLex.isCueTok(a - 2)) && j - a < 10
                        && npHasDeterminerOrCapBefore(a - 2, ss)) {
                    a--;
                    continue;
                }
                break;
            }
            if (!p.cap) {
                lowerCount++;
                if (lowerCount > 4) {
                    break;
                }
            }
            a--;
            if (j - a > 14) {
                break;
            }
        }
        // drop a leading time expression ("On Tuesday Russian President ...")
        while (a < j && (Lexicon.TIME_PREPS.contains(toks.get(a).low) || Lexicon.TIME_WORDS.contains(toks.get(a).low)
                || toks.get(a).low.equals("meanwhile") || toks.get(a).low.equals("but")
                || toks.get(a).low.equals("and"))) {
            a++;
        }
        return LongOrganisationNames.extend(toks, new int[]{a, j}, ss); // names46: `The Food and Drug Authority`
    }

    boolean npHasDeterminerOrCapBefore(int j, int ss) {
        for (int m = j; m >= ss && j - m < 8; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT || cueLex.isCueTok(m) || Lexicon.CLAUSE_WORDS.contains(t.low)) {
                return m < j && (t.type == PUNCT && t.text.equals(",") || m < ss);
            }
            if (Lexicon.DETERMINERS.contains(t.low) || t.cap) {
                return true;
            }
        }
        return false;
    }

    /** The last word of a noun phrase, before a parenthesised tag: `Rep. Elijah Cummings (D-Md.)` → Cummings. */
    int headOf(int[] np) {
        int e = np[1];
        if (toks.get(e).text.equals(")")) {
            while (e > np[0] && !toks.get(e).text.equals("(")) {
                e--;
            }
            e = Math.max(np[0], e - 1);
        }
        return e;
    }
}
