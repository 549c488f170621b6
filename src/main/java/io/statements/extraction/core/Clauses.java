package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Sentence-level subjects: the subject of a sentence, of a subordinate clause, of a post-posed attribution. */
final class Clauses {
    private final Doc d;
    private final String s;
    private final int n;
    private final List<Tok> toks;
    private final Cues cueLex;
    private final Complements complements;
    private final SentenceOpeners openers;
    private final ExpletiveOpeners expletives;

    Clauses(Doc d) {
        this.d = d;
        this.s = d.s;
        this.n = d.n;
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.complements = d.complements;
        this.openers = new SentenceOpeners(d.toks);
        this.expletives = new ExpletiveOpeners(d.toks);
    }

    /** The subject of a sentence: its first noun phrase after any dateline and introductory phrase. */
    int[] sentenceSubject(int ss, int limit) {
        int i = ss;
        if (i <= limit && toks.get(i).type == DQ && toks.get(i).qrole == OPEN) {
            return null;
        }
        i = FrontedTimeAdverbials.subjectStart(toks, openers.afterDateline(i, limit), limit); // n61a: `Days later he`
        // skip an introductory phrase closed by a comma within the first 12 tokens
        Tok first = toks.get(i);
        int start = i;
        int pronoun = FrontedConnectives.pronounSubject(d, toks, i, limit); // n53a: `Then he made the announcement:`
        if (pronoun >= 0) {
            return new int[]{pronoun, pronoun}; // `She later stood by the joke, saying ...`
        }
        if (expletives.isExpletive(i)) {
            return expletives.subject(i, limit, this::subjectFrom); // `It's a gamble, but Holt ..., stressing`
        }
        if (first.type == WORD && (SENTENCE_NOISE.contains(first.low) || first.low.endsWith("ing")
                && !first.low.contains("-") || first.low.endsWith("ly") && !knownName(first) || first.low.equals("once")
                || openers.isIntroPhrase(i, limit))) {
            i = afterIntroComma(i, limit);
            i = i <= limit && i > start ? PlaceAsides.subjectStart(toks, start, openers.afterPlaceAbbreviation(i, limit), limit) : i;
            if (i > limit && Lexicon.DETERMINERS.contains(first.low)) {
                // `The group released a statement Monday, saying ...`: the "introduction" is the main clause
                i = start;
            } else if (i > limit && CONNECTIVES.contains(first.low)) {
                i = start + 1; // `Then Holt turned on the board, calling ...`: the connective only
                while (i <= limit && toks.get(i).type == WORD && CONNECTIVES.contains(toks.get(i).low)) {
                    i++; // `And then Holt went on the attack, saying`
                }
            }
            // `Back in my school years, when my uncle raised it, I shrugged`: one subordinate clause after another
            for (int k = 0; k < 2 && i <= limit && toks.get(i).type == WORD && SUBORDINATORS.contains(toks.get(i).low);
                 k++) {
                i = afterIntroComma(i, limit);
            }
        }
        int[] subject = subjectFrom(i, limit);
        if (subject == null && i > start && Lexicon.DETERMINERS.contains(first.low)) {
            // `The mayor tried to settle the hall, and shrugged off a shout, saying`: no subject after the
            // "introduction", which was the main clause
            subject = subjectFrom(start, limit);
        } else if (subject == null && i > start && CONNECTIVES.contains(first.low)) {
            // `Yet she did not stop there, also calling ...`: the "introduction" was the main clause after a connective
            int k = start;
            while (k <= limit && toks.get(k).type == WORD && CONNECTIVES.contains(toks.get(k).low)) {
                k++;
            }
            subject = subjectFrom(k, limit);
        }
        return subject;
    }

    /** `Carly Fiorina backed ...`, `Kelly said`: a name the article gives a person, not an adverb (`Finally,`). */
    private boolean knownName(Tok t) {
        return d.names.firstNameToFull.containsKey(t.text) || d.names.lastNameToFull.containsKey(t.text);
    }

    /** The noun phrase that starts at i, skipping time words and connectives, up to limit; or null. */
    private int[] subjectFrom(int i, int limit) {
        int from = i;
        while (i <= limit && toks.get(i).type == WORD && (Lexicon.TIME_PREPS.contains(toks.get(i).low)
                || Lexicon.TIME_WORDS.contains(toks.get(i).low) || toks.get(i).low.equals("but")
                || toks.get(i).low.equals("and") || toks.get(i).low.equals("meanwhile"))) {
            i++;
            if (i <= limit && i - from >= 2 && toks.get(i).text.equals(",")
                    && Lexicon.TIME_WORDS.contains(toks.get(i - 1).low)) {
                i++; // `In Port Alder, Maine, on Sunday, Mrs. Holt said`: the time phrase after the place
            }
        }
        if (i > limit) {
            return null;
        }
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            return new int[]{i, i};
        }
        int a = i;
        int j = i;
        boolean det = false;
        if (Lexicon.DETERMINERS.contains(t.low) || isNumber(t.text)) {
            det = true;
            j++;
        }
        int lowerRun = 0;
        boolean party = !det && (PartyMembers.isGroupAdjective(t) || PartyMembers.isModifierOfPeople(toks, i, limit));
        while (j <= limit) {
            Tok w = toks.get(j);
            if (w.type != WORD || w.qrole != OUT || cueLex.isCueTok(j)) {
                break;
            }
            if (w.cap) {
                j++;
                if (endsWithPossessive(w) && j <= limit && toks.get(j).type == WORD && !toks.get(j).cap) {
                    j = PossessorTitleNames.end(toks, cueLex, j, limit) + 1; // "Netanyahu's office"
                    break;
                }
                int described = lowerRun == 0 && DescribedPeople.mayOpen(toks, a, j, det, limit) ? describedName(j, limit) : 0;
                j += described > 0 ? described + 1 : 0; // rule described-name-subject: `Conservative icon Ann Loy, who`
                continue;
            }
            if (j > a && (toks.get(j - 1).cap && NameParticles.insideSubject(toks, j, limit)
                    || numberedName(toks.get(j - 1), w) || OrganisationOn.ofInside(toks, j, limit))) {
                lowerRun = w.low.equals("of") || w.low.equals("for") ? 3 : lowerRun; // lead48: a name, no words after
                j++; // rules particle-subject `De la Cruz rejected` (names42), numbered-names `Article 33 affirms`
                continue;
            }
            if ((det || party && lowerRun == j - a - 1) && lowerRun < 3 // after a party word's name: its verb
                    && (!w.low.endsWith("ed") || participleAdjective(a, j, limit))
                    && !Lexicon.PREPOSITIONS.contains(w.low)
                    && !Lexicon.CLAUSE_WORDS.contains(w.low) && !Lexicon.ADVERBS_AUX.contains(w.low)
                    && !(lowerRun >= 1 && !endsWithPossessive(toks.get(j - 1)) && verbBeforeObject(j, limit))) {
                lowerRun++;
                j++;
                continue;
            }
            break;
        }
        if (j - 1 < a || (det && j - 1 == a)) {
            return null;
        }
        return throughTitle(new int[]{a, j - 1}, limit);
    }

    private static final Set<String> CONNECTIVES = Lexicon.words("then and but so yet still also even now");

    /**
     * Rule described-name-subject (session names22): after one capitalised word opening the subject, a lower-case noun
     * and two capitalised words (`Conservative icon Phyllis Schlafly`, `Civic icon Ann Marsh`) go on as one subject,
     * whose name is the capitalised run at its end (`Conservative` alone was the subject, and a book title's `The
     * Conservative Case` its name). Not after a cue or a word that may be a verb (`-s`, `-ed`, `-ing`).
     */
    private int describedName(int j, int limit) {
        int n = 1;
        // session names26, rule party-adjective-subject: `Republican presidential front-runner Ann Cole is insisting`,
        // `Republican vice presidential nominee X`: adjectives in -al (and `vice`) before the noun go with it
        while (n < 3 && j + n <= limit && toks.get(j + n - 1).type == WORD && !toks.get(j + n - 1).cap
                && toks.get(j + n - 1).qrole == OUT && (toks.get(j + n - 1).low.endsWith("al")
                || toks.get(j + n - 1).low.equals("vice")) && !toks.get(j + n).cap) {
            n++;
        }
        return describedNoun(j + n - 1, limit) ? n : 0;
    }

    private boolean describedNoun(int j, int limit) {
        if (j + 2 > limit) {
            return false;
        }
        Tok noun = toks.get(j), first = toks.get(j + 1), last = toks.get(j + 2);
        return noun.type == WORD && !noun.cap && noun.qrole == OUT && !cueLex.isCueTok(j) && noun.low.length() > 2
                && !noun.low.endsWith("s") && !noun.low.endsWith("ed") && !noun.low.endsWith("ly")
                && !Lexicon.PREPOSITIONS.contains(noun.low) && !Lexicon.CLAUSE_WORDS.contains(noun.low)
                && !Lexicon.ADVERBS_AUX.contains(noun.low) && !Lexicon.DETERMINERS.contains(noun.low)
                && !noun.low.endsWith("ing") && isNameTok(first) && !Lexicon.ORG_WORDS.contains(first.low)
                && isNameTok(last);
    }

    /** Capitalised nouns a number completes as a name: `Article 33`, `Proposition 64`, `Resolution 2334`. */
    private static final Set<String> NUMBERED_NOUNS = Lexicon.words("""
            article section proposition prop. amendment resolution chapter clause paragraph measure initiative
            protocol directive""");

    /**
     * Rule numbered-names (session names22): a number right after a capitalised noun that takes one (`Article 33`,
     * `Section 4`) belongs to the name, not a cut before it (the subject was `Article`); digits only, so no year or
     * count after other words.
     */
    private static boolean numberedName(Tok prev, Tok w) {
        if (!prev.cap || prev.type != WORD || !NUMBERED_NOUNS.contains(prev.low) || w.type != WORD || w.cap
                || w.text.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.text.length(); k++) {
            if (!Character.isDigit(w.text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * `The campaign sent a memo`, `the businessman began by ...`: a word followed by an article or preposition; also
     * (session names35, rule phrasal-verb-object) by a verb's particle and an article, `His office put out a
     * statement`, `her campaign sent out an email`: the phrasal verb ends the subject before it.
     */
    private boolean verbBeforeObject(int j, int limit) {
        if (j + 1 > limit) {
            return false;
        }
        Tok next = toks.get(j + 1);
        if (next.type == WORD && Lexicon.VERB_PARTICLES.contains(next.low) && j + 2 <= limit) {
            Tok after = toks.get(j + 2);
            return after.type == WORD && Lexicon.DETERMINERS.contains(after.low);
        }
        return next.type == WORD && !next.low.equals("of")
                && (Lexicon.DETERMINERS.contains(next.low) || Lexicon.PREPOSITIONS.contains(next.low));
    }

    /** `The retired engineer`, `an unnamed official`: an -ed word right after the determiner, before a noun. */
    private boolean participleAdjective(int det, int j, int limit) {
        if (j != det + 1 || j + 1 > limit) {
            return false;
        }
        Tok next = toks.get(j + 1);
        return next.type == WORD && next.qrole == OUT && !next.cap && !cueLex.isCueTok(j + 1)
                && !Lexicon.DETERMINERS.contains(next.low) && !Lexicon.PREPOSITIONS.contains(next.low)
                && !Lexicon.CLAUSE_WORDS.contains(next.low) && !Lexicon.ADVERBS_AUX.contains(next.low)
                && !next.low.endsWith("ed") && !next.low.endsWith("ly");
    }

    /** The token after the comma closing an introductory phrase that starts at i (also `on,"`), or i. */
    int afterIntroComma(int i, int limit) {
        // rule long-subordinate-opener (names24): `When told X was in ... a potential Y White House, Z said that`:
        // a clause opened by a subordinator may run longer than other openers before its comma
        Tok first = toks.get(i);
        int reach = first.type == WORD && SUBORDINATORS.contains(first.low) && !first.low.equals("as") ? 32 : 22;
        for (int m = i + 1; m <= Math.min(limit, i + reach); m++) {
            Tok t = toks.get(m);
            if (t.text.equals(",") && t.qrole == OUT) {
                return m + 1;
            }
            if (t.type == DQ && t.qrole == CLOSE && toks.get(m - 1).text.equals(",")) {
                return m + 1;
            }
        }
        return i;
    }

    private static final Set<String> TITLE_GLUE = Lexicon.words("the of and");

    /** A lower-case word that may stand in a title before a name: no verb, adverb, preposition or clause word. */
    private boolean titleModifier(int j) {
        String w = toks.get(j).low;
        return Lexicon.TITLES.contains(w) || Lexicon.ORG_NOUNS.contains(w) || RoleWords.ROLES.contains(w)
                || !(w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || cueLex.isCueTok(j)
                || Lexicon.CLAUSE_WORDS.contains(w) || Lexicon.PREPOSITIONS.contains(w)
                || Lexicon.ADVERBS_AUX.contains(w) || Lexicon.DETERMINERS.contains(w));
    }

    /** `Clinton campaign manager Robby Mook`: a name run, a lower-case title, the person's name. */
    int[] throughTitle(int[] subj, int pe) {
        int[] conjoined = ConjoinedAffiliations.through(toks, subj, pe);
        if (conjoined != null) {
            return conjoined; // `Harbour Watch and former council member Carl Hanley has`: one person
        }
        int j = AcronymTags.after(toks, subj[1] + 1, pe); // n61c: `League (HL) general secretary X`: from `general`
        int lower = 0;
        // `Former US secretary of state Ann Lee`, `Former Labour harbour commissioner Ida Berg`: modifiers and `of`
        // inside the title, which must end in a title word right before the name
        while (j <= pe && lower < 4 && toks.get(j).type == Tok.WORD && !toks.get(j).cap
                && toks.get(j).qrole == Tok.OUT && (lower > 0 && toks.get(j).low.equals("of")
                || !TITLE_GLUE.contains(toks.get(j).low) && titleModifier(j))) {
            j++;
            lower++;
        }
        String lastLower = lower == 0 ? "" : toks.get(j - 1).low;
        if (lower == 0 || j > pe || TITLE_GLUE.contains(lastLower) || !(Lexicon.TITLES.contains(lastLower)
                || RoleWords.ROLES.contains(lastLower)) || !toks.get(j).cap || toks.get(j).type != Tok.WORD) {
            return subj;
        }
        int end = j;
        while (end + 1 <= pe && toks.get(end + 1).type == Tok.WORD && toks.get(end + 1).cap) {
            end++;
        }
        return new int[]{toks.get(subj[1] + 1).text.equals("(") ? subj[1] + 4 : subj[0], end};
    }
}
