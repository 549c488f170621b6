package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * The author of a document named as a speaker (`"...," the letter said`) when no statement named it but a sentence
 * shortly before says who issued one: `The Harbour Board sent a letter to residents on Friday.` → Harbour Board.
 */
final class DocumentIssuers {
    /** Verbs that issue a document: `X sent a letter`, `X released a video`, `X posted a tweet`. */
    private static final Set<String> ISSUING = Lexicon.words("""
            sent sends released releases issued issues posted posts published publishes wrote writes signed signs
            shared shares tweeted filed files circulated circulates distributed distributes mailed mails
            commissioned commissions submitted submits lodged lodges""");
    /**
     * How many sentences before the mention's own the issuing sentence may stand: six since session names22 (rule
     * letter-author-reach; was four), a letter quoted at length (`X and Y sent a letter` ... four sentences of it ...
     * `The letter continues:`); train 1 changed, better, nothing else moved.
     */
    private static final int SENTENCES_BACK = 6;
    /** How many words may stand between the verb and the noun (`sent a two-page letter`). */
    private static final int NOUN_REACH = 4;

    private final Doc d;
    private final List<Tok> toks;
    private final DocumentAuthorsNamed authors;

    DocumentIssuers(Doc d) {
        this.d = d;
        this.toks = d.toks;
        this.authors = new DocumentAuthorsNamed(d);
    }

    /**
     * Who wrote the letter, made the video, issued the report named at the char offset {@code before}: the speaker of
     * the latest earlier statement whose sentence names the same kind of document (`In a letter, the union said
     * ...` ... `the letter said`), unless a later sentence says who issued one (`X said in a statement ... The
     * ministry issued a statement. "...," the statement said` → the ministry).
     */
    Speaker author(String noun, int before) {
        Stmt byStatement = statementNaming(noun, before);
        // n51a: the sentence naming the document may say who issued it (`A and B released a joint statement
        // outlining what they see ...`): its issuer, not the speaker of a clause in it
        Speaker issued = issuer(noun, before, byStatement == null ? -1 : byStatement.sent - 1);
        if (issued != null && issued.name() == null) {
            return null; // n67b: `the company published a report`, unnamed: not the sentence's other speaker
        }
        return issued != null ? issued : byStatement == null || !author(byStatement.sp) ? null : byStatement.sp;
    }

    /** Words that make a document several parties' own: `a joint statement`, `the trilateral communique`. */
    private static final Set<String> JOINT = Lexicon.words(
            "joint trilateral bilateral tripartite multilateral three-party two-party three-way");

    /** Whether the document mention [a, end) is a joint one: `the joint statement`, `a trilateral communique`. */
    static boolean joint(List<Tok> toks, int a, int end) {
        for (int k = a; k < end; k++) {
            if (toks.get(k).type == WORD && !toks.get(k).cap && JOINT.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session n58a, rule joint-document-unnamed: who issued a joint document (`"...," the joint statement said`) is
     * only what a sentence saying who issued one names (`A and B released a joint statement`: the first listed), never
     * the speaker of a sentence that merely names it (`X was praised in the statement`) nor the body named last; null
     * when the issuers are described, not named (`The two governments released a joint statement`).
     */
    Speaker jointIssuer(String noun, int before) {
        return issuer(noun, before, -1);
    }

    /** People who write together: a document's authors may be described by them (`the researchers`, `a group`). */
    private static final Set<String> WRITERS = Lexicon.words("authors writers group groups");

    /**
     * Session names18: a speaker who can have written a document: a person by name (first and last words
     * capitalised), an organisation (`Cruz campaign`, `the harbour board`), people described (`researchers`, `a
     * group of parents`), not a place; the statement before may have a stray phrase as its speaker (`compromise`, `Kelly met`,
     * `witness interviewed`), and a document is better left without an author than given that.
     */
    static boolean author(Speaker sp) {
        String name = sp.name();
        if (!Character.isUpperCase(name.codePointAt(0))) {
            String head = Lexicon.lower(name.substring(name.lastIndexOf(' ') + 1));
            return sp.kind() == SpeakerKind.ORGANIZATION || CommonHeads.personWord(head) || WRITERS.contains(head);
        }
        boolean person = sp.kind() == SpeakerKind.PERSON;
        return (person || sp.kind() == SpeakerKind.ORGANIZATION)
                && (!person || Character.isUpperCase(name.codePointAt(name.lastIndexOf(' ') + 1)))
                && !Lexicon.isRegion(name) && !Lexicon.PLACES.contains(Lexicon.lower(name));
    }

    private Stmt statementNaming(String noun, int before) {
        boolean synonyms = DocumentNouns.hasSynonyms(noun);
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 50; k--) {
            Stmt st = d.out.get(k);
            if (st.cs >= before || st.sp == null || st.sp.name() == null || st.sent < 0
                    || st.sent >= d.sentStart.length) {
                continue;
            }
            for (int i = d.sentStart[st.sent]; i <= d.sentEnd[st.sent]; i++) {
                Tok t = toks.get(i);
                if (t.qrole == OUT && t.type == WORD && t.low.equals(noun) && (st.sp.ms() < t.s || st.sp.ms() > t.e)
                        || synonyms && DocumentNouns.synonym(t.low, noun) && st.sp.ms() <= t.s && t.e <= st.sp.me()) {
                    // names29: another noun counts only as the statement's own source (`according to a Herald
                    // survey` ... `the poll found`), not as a word of its sentence (`X said ... in the lawsuit`)
                    return st;
                }
            }
        }
        return null;
    }

    /**
     * The speaker who issued a {@code noun} in the sentences before the char offset {@code before} and after the
     * sentence {@code after}, or null.
     */
    private Speaker issuer(String noun, int before, int after) {
        int si = sentenceAt(before);
        for (int k = si; k > after && k >= si - SENTENCES_BACK; k--) {
            int ss = d.sentStart[k];
            for (int i = d.sentEnd[k]; i > ss; i--) {
                Tok t = toks.get(i);
                if (t.s >= before || t.qrole != OUT || t.type != WORD || !sameNoun(t.low, noun) && !wroteTo(i, noun)) {
                    continue;
                }
                Speaker named = sameNoun(t.low, noun) && toks.get(ss).para > 0 ? authors.author(i, ss) : null;
                if (named != null) {
                    return named; // n49c: `A letter signed by X`, `X's letter`, `X made the announcement in a letter`
                }
                int verb = sameNoun(t.low, noun) ? issuingVerb(i, ss) : i;
                int blamed = verb < 0 ? blamedFor(i, ss) : -1;
                if (verb < 0 && blamed < 0) {
                    continue;
                }
                boolean gerund = verb >= 0 && IssuingParticiples.gerund(toks, verb, ss); // n74c: the clause's subject
                int[] subj = verb >= 0 && !gerund ? d.subjects.subjectBefore(verb, ss)
                        : d.clauses.sentenceSubject(ss, verb >= 0 ? verb : blamed);
                if (subj != null && subj[0] >= 0 && toks.get(ss).para > 0 && verb >= 0
                        && DescribedIssuers.body(toks, subj, d.subjects.headOf(subj))) {
                    return DescribedIssuers.issuer(d, subj);
                }
                if (subj == null || subj[0] < 0 || toks.get(ss).para == 0 || !nameLike(subj, d.subjects.headOf(subj))) {
                    return null; // a headline's words, `Parents of the victims filed a lawsuit`: no name
                }
                Speaker joint = verb >= 0 ? IssuerLists.first(d, ss, verb) : null; // n51a, joint-issuers
                Speaker sp = joint != null ? joint : d.resolver.resolveSubject(subj);
                return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON
                        && sp.kind() != SpeakerKind.ORGANIZATION || !SpeakerNames.isName(sp.name(), sp.kind()) ? null : sp;
            }
        }
        return null;
    }

    /** Verbs that put a piece out, beside {@link #ISSUING}: `ran a piece`, `is releasing an ad`, `aired a spot`. */
    private static final Set<String> PUBLISHING = Lexicon.words("""
            ran runs releasing aired airs unveiled unveils launched launches issuing posting publishing""");
    /** Published pieces that {@link Lexicon#DOC_NOUNS} does not hold. */
    private static final Set<String> PIECES = Lexicon.words("piece pieces spot spots commercial commercials");

    /**
     * The subject of the verb that put out the document a relative clause or a participle hangs on, the noun phrase
     * ending at {@code b} (`Holt released a video that said "..."`, `The Gazette ran a piece that noted ...`, `He
     * released a note from his dentist on Friday that says ...`, `The board issued a statement calling ...`: Holt, the
     * Gazette, he, the board), or null. PolNeAR gives such words to whoever put the piece out.
     */
    int[] publisherOf(int b) {
        int ss = d.sentStart[toks.get(b).sent];
        int noun = b; // `a letter from his doctor on Friday`: the document before its author and time
        while (noun > ss && b - noun < 7 && !document(toks.get(noun))) {
            if (toks.get(noun).type != WORD || toks.get(noun).qrole != OUT) {
                return null;
            }
            noun--;
        }
        if (!document(toks.get(noun))) {
            return null;
        }
        int verb = noun - 1; // `released a short two-page flyer that`: a few words between the verb and the noun
        while (verb > ss && noun - verb <= NOUN_REACH + 1 && toks.get(verb).type == WORD && toks.get(verb).qrole == OUT
                && !ISSUING.contains(toks.get(verb).low) && !PUBLISHING.contains(toks.get(verb).low)) {
            verb--;
        }
        if (verb <= ss || toks.get(verb).cap || !ISSUING.contains(toks.get(verb).low)
                && !PUBLISHING.contains(toks.get(verb).low)) {
            return null;
        }
        int[] subj = d.subjects.subjectBefore(verb, ss);
        return subj == null || subj[0] < 0 ? null : subj;
    }

    private static boolean document(Tok t) {
        return t.type == WORD && !t.cap && (Lexicon.DOC_NOUNS.contains(t.low) || PIECES.contains(t.low));
    }

    private int issuingVerb(int noun, int ss) {
        for (int m = noun - 1; m >= ss && noun - m <= NOUN_REACH; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD) {
                return -1;
            }
            if (!t.cap && (ISSUING.contains(t.low) || IssuingParticiples.gerund(toks, m, ss))) {
                return m;
            }
        }
        return -1;
    }

    /**
     * Session names32, rule wrote-to-letter: `Opposition leader Marta Kowalczyk has written to the election commission.
     * "...," the letter said`: `wrote to` / `written to` / `writes to` a sentence or two before sends the letter.
     */
    private boolean wroteTo(int i, String noun) {
        Tok t = toks.get(i);
        return noun.equals("letter") && !t.cap && (t.low.equals("wrote") || t.low.equals("written")
                || t.low.equals("writes")) && i + 1 < toks.size() && toks.get(i + 1).low.equals("to");
    }

    /** What one draws or makes for a piece of one's own: `drew criticism for a tweet`, `apologised for a post`. */
    private static final Set<String> BLAME = Lexicon.words("""
            criticism fire backlash condemnation outrage ridicule scrutiny apologized apologised apologizes
            apologises apology""");

    /**
     * Session names32, rule blamed-for-document: `Sen. Dwight Carrow drew criticism on Saturday for a tweet about the
     * strike. "...," the tweet read.`: the `for` before the document noun when a word of {@link #BLAME} stands a few
     * words before it; the sentence's subject wrote the piece. -1 otherwise.
     */
    private int blamedFor(int noun, int ss) {
        for (int m = noun - 1; m > ss && noun - m <= NOUN_REACH; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD || t.cap) {
                return -1;
            }
            if (t.low.equals("for")) {
                for (int k = m - 1; k >= ss && m - k <= 4 && toks.get(k).type == WORD; k--) {
                    if (BLAME.contains(toks.get(k).low)) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** A name, a pronoun, or an office of a name: `Marsh's office`, `the Harbour Board's legal team`. */
    private boolean nameLike(int[] subj, int h) {
        Tok head = toks.get(h);
        if (head.cap || Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            return true;
        }
        return Lexicon.ORG_NOUNS.contains(head.low) && h > subj[0] && toks.get(h - 1).cap
                && Words.endsWithPossessive(toks.get(h - 1));
    }

    private static boolean sameNoun(String word, String noun) {
        return word.equals(noun) || word.startsWith(noun) && word.equals(noun + "s")
                || DocumentNouns.hasSynonyms(noun) && DocumentNouns.synonym(word, noun);
    }

    private int sentenceAt(int offset) {
        int lo = 0, hi = d.sentStart.length - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(d.sentStart[mid]).s <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
