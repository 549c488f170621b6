package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Runs the quote sieves over the quotes that open in one sentence, in text order, then the reported-speech sieve
 * over the cues no quote used. Statements are stamped with the sieve that decided them.
 */
final class QuoteAttributor extends Rules {

    private static final System.Logger LOG = System.getLogger(StatementExtractor.class.getName());

    private final List<QuoteSieve> sieves;
    private final CueAttribution cueAttribution;
    private final ChannelVia channels;
    private final ReportedSpeechSieve reported;
    private final NonSpeechSieve nonSpeech;
    private final ParentheticalCue parenthetical;
    private final NextSentenceSpeakerSieve nextSentence;

    /** The rule running now: named in the debug log when a rule fails on a sentence. */
    private String rule = "cues";

    QuoteAttributor(Doc d, Sieves.Configured configured) {
        super(d);
        this.sieves = configured.build(d);
        this.cueAttribution = new CueAttribution(d);
        this.channels = d.channels;
        this.reported = new ReportedSpeechSieve(d);
        this.nonSpeech = new NonSpeechSieve(d);
        this.parenthetical = new ParentheticalCue(d);
        this.nextSentence = new NextSentenceSpeakerSieve(d);
    }

    void sentence(int si) {
        rule = "cues";
        int ss = d.sentStart[si], se = d.sentEnd[si];
        if (toks.get(ss).covered) {
            return;
        }
        List<Quote> qs = new ArrayList<>();
        List<Integer> cueToks = new ArrayList<>();
        for (int i = ss; i <= se; i++) {
            Tok t = toks.get(i);
            if (t.qrole == OPEN && t.q >= 0 && t.q < d.quotes.size() && d.quotes.get(t.q).open == i) {
                qs.add(d.quotes.get(t.q));
            }
            // the report-only bit first: a call per word of every sentence otherwise, and the bit answers for most words
            if (cueLex.isCueTok(i) || t.has(WordBits.REPORT_ONLY_CUE) && cueLex.isReportOnlyCue(i)) {
                cueToks.add(i);
            }
        }
        QuoteCandidate.SentenceMemory memory = new QuoteCandidate.SentenceMemory();
        rule = "quote-sieves";
        for (Quote q : qs) {
            if (toks.get(q.open).covered || q.single && !hasSpeechCue(ss, se)
                    || LinkLines.opensLinkHeadline(toks, q)) {
                continue; // transcript paragraphs have their own sieve; headline quotes are resolved at the end
            }
            attribute(new QuoteCandidate(d, q, si, memory));
        }
        rule = "parenthetical, reported-speech";
        if (!cueToks.isEmpty() && qs.isEmpty()) { // n66e: `CLAUSE, media quoted X as saying.`
            FinalRelayedReports.attribute(d, ss, se, cueToks, memory.usedCues);
        }
        for (int cue : cueToks) {
            if (!memory.usedCues.contains(cue) && !parenthetical.attribute(cue, ss, se, memory)) {
                reported.indirect(cue, ss, se, memory.hasQuoteStatement, cueToks);
            }
        }
        if (qs.isEmpty() && cueToks.isEmpty()) { // n67f: `A nightmare of grief. These were the words of X.`
            UnquotedWordsOf.attribute(d, nextSentence, si, ss, se);
        }
        rule = "non-speech";
        nonSpeech.sentence(ss, se);
    }

    private void attribute(QuoteCandidate c) {
        QuoteCandidate fallback = null; // n73d: the first decision whose speaker cannot speak
        List<Integer> fallbackCues = null;
        boolean passive = false;
        for (int i = 0; i < sieves.size(); i++) {
            QuoteSieve sieve = sieves.get(i);
            if (passive && sieve instanceof SentenceSubjectSieve
                    || fallback != null && sieve instanceof NearbySpeakerSieve) {
                continue; // `X has been called "..."`: the subject of the passive is spoken of; no guess over a cue
            }
            rule = sieve.name();
            int used = c.memory.usedCues.size();
            if (!sieve.attribute(c)) {
                continue;
            }
            Stmt st = c.st;
            st.sieve = sieve.name();
            if (c.cue >= 0) {
                cueAttribution.complete(c);
                st.sp = ReadAloudAuthors.author(d, st, c.cue, toks.get(c.cue).sent); // n67c: not who reads it out
            }
            if (ImpossibleSpeakers.cannotSpeak(st.sp, c.cue < 0) || subjectlessAfterColonCue(c)) { // n73d
                if (fallback == null) {
                    fallback = c;
                    fallbackCues = new ArrayList<>(c.memory.usedCues.subList(used, c.memory.usedCues.size()));
                }
                passive |= ImpossibleSpeakers.auxiliary(st.sp);
                forget(c, used);
                c = new QuoteCandidate(d, c.q, c.si, c.memory);
                continue;
            }
            finish(c);
            return;
        }
        if (fallback != null) { // no later sieve decided: the first decision, without a speaker
            fallback.st.sp = null;
            fallback.memory.usedCues.addAll(fallbackCues);
            if (fallback.cue >= 0) {
                fallback.memory.cueGroup.putIfAbsent(fallback.cue, fallback.st.group);
            }
            finish(fallback);
        }
    }

    /**
     * `Judge X said:"..." said.`: a cue after the quote with no subject at all, where a cue and a colon introduce the
     * quote: the stray cue names no one, and the cue before the quote is asked next.
     */
    private boolean subjectlessAfterColonCue(QuoteCandidate c) {
        return c.st.sp == null && c.cue >= 0 && c.post && c.subj == null && c.q.open - 2 >= c.ss
                && toks.get(c.q.open - 1).text.equals(":") && cueLex.isCueTok(c.q.open - 2);
    }

    /** Adds the decided statement, unless the headline sieve attributes it later. */
    private void finish(QuoteCandidate c) {
        Stmt st = c.st;
        if (HeadlineSieve.inHeadline(d, c.q) && !namedInFull(st.sp)) {
            return; // `Mayor Says Vote 'Was Never In Doubt'`: the headline sieve attributes it from the body
        }
        if (ScareTerms.soCalled(toks, c.q.open) && ScareTerms.quoteAlone(st, c.q)) {
            st.sp = null; // a term nobody is quoted as saying: no speaker, and no antecedent for what follows
            d.out.add(st);
            return;
        }
        channels.fillChannelVia(st, c.ss, c.cse, c.cue);
        d.out.add(st);
        c.memory.hasQuoteStatement = true;
        d.remember(st, toks.get(c.qEndTok).sent, true);
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "sieve {0}: quote at {1} -> {2}", st.sieve, st.cs,
                    st.sp == null ? null : st.sp.name());
        }
    }

    /** Takes back the cue a sieve used for a speaker that cannot speak, unless a quote before it had used it. */
    private static void forget(QuoteCandidate c, int used) {
        List<Integer> cues = c.memory.usedCues;
        if (c.cue >= 0 && !cues.subList(0, used).contains(c.cue)) {
            c.memory.cueGroup.remove(c.cue);
            c.memory.cueSpeaker.remove(c.cue);
        }
        while (cues.size() > used) {
            cues.remove(cues.size() - 1);
        }
    }

    /** The rule that was running when the last sentence stopped (for the log of a rule that failed). */
    String rule() {
        return rule;
    }

    /** An organisation, or a person by at least two words none of which is a verb of saying. */
    private static boolean namedInFull(Speaker sp) {
        if (sp == null || sp.name() == null) {
            return false;
        }
        if (sp.kind() == SpeakerKind.ORGANIZATION) {
            return true;
        }
        String[] words = sp.name().split(" ");
        for (String w : words) {
            String low = Lexicon.lower(w);
            if (Lexicon.SPEECH.contains(low) || Lexicon.WEAK.contains(low)) {
                return false;
            }
        }
        // a title alone (`Mayor Says ...`) names nobody in full, though it resolves to the person given the title
        return sp.kind() == SpeakerKind.PERSON && words.length >= 2 && !titleAlone(sp.mention());
    }

    private static boolean titleAlone(String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        for (String w : SpeakerNames.SPACES.split(mention.trim())) {
            String low = Lexicon.lower(w);
            if (!RoleWords.ROLES.contains(low) && !Lexicon.DETERMINERS.contains(low)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasSpeechCue(int ss, int se) {
        for (int i = ss; i <= se; i++) {
            if (cueLex.isCueTok(i) && cueLex.isSpeech(i)) {
                return true;
            }
        }
        return false;
    }
}
