package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Attributions without a verb of saying that news reports as statements (PolNeAR marks them): a refusal to speak
 * (`The ministry declined to comment`, `X refused to say whether ...`: the content is the infinitive) and data that
 * shows something (`Polls show that ...`, `The filings showed ...`, `In a Herald poll, ...`: the source is the
 * document). Runs after the reported-speech sieve and never overlaps a statement already decided.
 */
final class NonSpeechSieve extends Rules {
    private static final Set<String> REFUSALS = Lexicon.words("declined declines refused refuses");
    private static final Set<String> SHOWS = Lexicon.words("show shows showed");
    private static final Set<String> DATA = Lexicon.words("""
            poll polls survey surveys record records data figures numbers results statistics documents filings
            reports report study studies analysis tally count estimates audit files returns""");

    /** What a refusal without `to` refuses: a comment or a request to speak. */
    private static final Set<String> REFUSED_OBJECTS = Lexicon.words("""
            comment comments requests request multiple repeated several numerous interview interviews invitation""");

    /** `comment`, `repeated requests`, `an interview request`, but not `a seat on the board`. */
    private boolean refusedRequest(int m, int se) {
        if (m > se || !REFUSED_OBJECTS.contains(toks.get(m).low) && !Lexicon.DETERMINERS.contains(toks.get(m).low)) {
            return false;
        }
        if (!Lexicon.DETERMINERS.contains(toks.get(m).low)) {
            return true;
        }
        for (int k = m + 1; k <= se && k <= m + 3; k++) {
            if (REFUSED_OBJECTS.contains(toks.get(k).low)) {
                return true;
            }
        }
        return false;
    }

    /** Not answering, after a negated auxiliary: `did not respond to a request for comment`, `had not replied`. */
    private static final Set<String> NO_REPLY = Lexicon.words("respond responded reply replied return returned");
    /** Leaving someone unnamed: `X did not mention Y by name`. */
    private static final Set<String> NO_MENTION = Lexicon.words("mention mentioned");
    private static final Set<String> NEGATED_AUX = Lexicon.words("""
            did does do has have had would could didn't doesn't don't hasn't haven't hadn't wouldn't couldn't
            didn’t doesn’t don’t hasn’t haven’t hadn’t wouldn’t couldn’t""");
    private static final Set<String> NOT_ADVERBS = Lexicon.words("immediately directly yet officially publicly");
    /** What a returned request is: `did not return calls`, not `did not return to the stage`. */
    private static final Set<String> MESSAGES = Lexicon.words("""
            call calls message messages request requests email emails e-mail e-mails inquiry inquiries comment""");

    private final PollSources polls;

    NonSpeechSieve(Doc d) {
        super(d);
        this.polls = new PollSources(d);
    }

    static final String NAME = "non-speech";

    void sentence(int ss, int se) {
        inPoll(ss, se);
        for (int i = ss + 1; i < se; i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT || !t.has(WordBits.NON_SPEECH_VERB)) {
                continue; // most words: one bit (VERBS) instead of one look-up per verb list below
            }
            if (REFUSALS.contains(t.low) && toks.get(i + 1).low.equals("to") && i + 2 <= se) {
                int[] subj = subjects.subjectBefore(i, ss);
                if (subj != null && subj[0] >= 0) {
                    emit(i, i + 1, complements.complementEnd(i + 2, se), resolver.resolveSubject(subj), ss, se);
                }
            } else if (REFUSALS.contains(t.low) && refusedRequest(i + 1, se)) {
                // `declined comment`, `refused an interview request`, `declined repeated requests for comment`
                int[] subj = subjects.subjectBefore(i, ss);
                if (subj != null && subj[0] >= 0) {
                    emit(i, i + 1, complements.complementEnd(i + 1, se), resolver.resolveSubject(subj), ss, se);
                }
            } else if (NO_REPLY.contains(t.low) || NO_MENTION.contains(t.low)) {
                noReply(i, ss, se);
            } else if (SHOWS.contains(t.low)) {
                int[] subj = subjects.subjectBefore(i, ss);
                if (subj != null && subj[0] >= 0 && subj.length == 2 && DATA.contains(toks.get(subjects.headOf(subj)).low)) {
                    int from = complements.complementStart(i, i, se);
                    if (from >= 0) {
                        emit(i, from, complements.complementEnd(from, se), resolver.resolve(subj[0], subj[1]), ss, se);
                    }
                }
            }
        }
    }

    /**
     * `The ferry board did not at once answer a request for comment`, `X didn't return calls`, `X did not mention
     * Y by name`: a negated answer or mention is reported as the subject's (PolNeAR marks it); the content is what
     * follows the verb, for `return` only when it is a message.
     */
    private void noReply(int i, int ss, int se) {
        int aux = i - 1;
        while (aux > ss && NOT_ADVERBS.contains(toks.get(aux).low)) {
            aux--;
        }
        if (aux > ss && toks.get(aux).low.equals("not")) {
            aux--;
        } else if (!toks.get(aux).low.endsWith("n't") && !toks.get(aux).low.endsWith("n\u2019t")) {
            return;
        }
        if (aux <= ss || !NEGATED_AUX.contains(toks.get(aux).low) || i + 2 > se) {
            return;
        }
        int to = complements.complementEnd(i + 1, se);
        boolean message = !toks.get(i).low.startsWith("ret");
        for (int k = i + 1; k <= to && !message; k++) {
            message = MESSAGES.contains(toks.get(k).low);
        }
        int[] subj = subjects.subjectBefore(aux, ss);
        if (message && subj != null && subj[0] >= 0 && to > i + 1) {
            emit(i, i + 1, to, resolver.resolveSubject(subj), ss, se);
        }
    }

    /** `In a Herald poll released Monday, 50 percent chose Holt`: the poll is the source of the clause after it. */
    private void inPoll(int ss, int se) {
        int[] poll = polls.opening(ss, se);
        if (poll != null) {
            int to = complements.complementEnd(poll[2] + 1, se);
            emit(ss, poll[2] + 1, to, resolver.resolve(poll[0], poll[1]), ss, se);
        }
    }

    private void emit(int cue, int from, int to, Speaker sp, int ss, int se) {
        if (sp == null || to < from || from > se || to > se) {
            return;
        }
        int cs = toks.get(from).s, ce = toks.get(to).e;
        for (Stmt o : d.out) {
            if (o.cs < ce && cs < o.ce) {
                return;
            }
        }
        Stmt st = Stmt.indirect(toks.get(cue), cs, ce, sp, d.newGroup(), 0.5 * (sp.name() == null ? 0.6 : 1.0));
        st.sieve = NAME;
        d.out.add(st);
    }

    /** Every verb a branch of {@link #sentence} starts from (declared last: built from the lists above). */
    static final Set<String> VERBS = Lexicon.set();

    static {
        for (Set<String> words : java.util.List.of(REFUSALS, NO_REPLY, NO_MENTION, SHOWS)) {
            VERBS.addAll(words);
        }
    }
}
