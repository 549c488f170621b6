package io.statements.extraction.core;

/**
 * A quote of four words or more inside a sentence without a cue: the speaker of a report that closes the sentence
 * before in the same paragraph (`..., he said. Good data still wins, but only when "..."`: the paraphrase goes on),
 * else the sentence's subject, at low confidence. The
 * content is the clause stretch that holds the quote (`the plaintiffs' identity as a "permissible proxy"`), from
 * after the subject, or the nearest comma, colon, semicolon, dash or `that` before the quote; PolNeAR marks the
 * phrase around such a quote, not the quote alone. A shorter quote only after a word of a speech act
 * ({@link SpokenFragments}, session n52e).
 */
final class SentenceSubjectSieve extends Rules implements QuoteSieve {

    private final PossessedRemarks remarks;

    SentenceSubjectSieve(Doc d) {
        super(d);
        this.remarks = new PossessedRemarks(d);
    }

    @Override
    public String name() {
        return "sentence-subject";
    }

    @Override
    public boolean attribute(QuoteCandidate c) {
        int[] cleft = ReversePseudoClefts.subject(d, c.qEndTok, c.cse);
        if (cleft != null) { // n65f: `"..." is how X said she felt`: the cleft's verb of saying and its subject
            return direct(c, resolver.resolve(cleft[0], cleft[1]), 0.7, cleft[2]);
        }
        int spoken = c.words < 4 ? SpokenFragments.trigger(toks, c.q.open, c.ss) : -1;
        spoken = c.words < 4 && spoken < 0 ? SpokenFragments.predicate(toks, c.q, c.ss) : spoken; // n66f
        if (c.words < 4 && spoken < 0 || c.startsSentence) {
            return false;
        }
        int[] subj = spoken >= 0 && SpokenFragments.isAnswer(toks.get(spoken)) ? subjects.subjectBefore(spoken, c.ss) : null;
        subj = subj != null ? subj : clauses.sentenceSubject(c.ss, c.q.open - 1);
        if (subj == null) {
            return false;
        }
        if (existential(subj, c.q.open)) {
            return false; // n63b: `There was "no ..." within the firm, she said`: `there` names no one
        }
        if (subj[0] == subj[1] && subj[1] + 1 < c.q.open && toks.get(subj[1] + 1).text.equals(":")
                && FIELD_LABELS.contains(toks.get(subj[0]).low)) {
            subj = namedField(subj, c.q.open); // `Name: Ida Marsh Age: 31 ... Why she marches: "..."`: a form's label
            if (subj == null) {
                return false;
            }
        }
        if (cannotSpeak(subj)) { // `Just a week earlier the envoy, X, had "..."`: the subject after the adverb
            subj = subj[0] + 1 < c.q.open ? clauses.sentenceSubject(subj[0] + 1, c.q.open - 1) : null;
            subj = subj != null && timeSpan(subj[1], c.q.open) ? clauses.sentenceSubject(subj[1] + 2, c.q.open - 1) : subj;
            if (subj == null || cannotSpeak(subj)) {
                return false;
            }
        }
        if (verbBeforeQuote(subj, c.q.open)) {
            subj = new int[]{subj[0], subj[1] - 1}; // `the FBI lists "..."`: the FBI, `lists` is its verb
        }
        Stmt st = c.st;
        Speaker reporter = reportBefore(c);
        if (reporter == null && referless(subj) && d.lastGroupSent == c.si - 1 && d.lastGroupSpeaker != null
                && toks.get(d.sentStart[d.lastGroupSent]).para == toks.get(c.ss).para) {
            reporter = d.lastGroupSpeaker; // `Holt said the vote was rushed. Doing so "..."`: her paraphrase goes on
        }
        int[] source = accordingToAfter(c);
        Speaker subject = source != null ? resolver.resolve(source[0], source[1]) : resolver.resolve(subj[0], subj[1]);
        Speaker owner = reporter == null && source == null ? remarks.owner(c.q.open, c.ss, subject) : null;
        if (owner == null && reporter == null && source == null && spoken >= 0
                && SpokenFragments.isNoun(toks.get(spoken))) {
            owner = remarks.nounOwner(spoken, c.ss, subject); // `Kell's claim that there had been "..."`: Kell's
            owner = owner != null && owner.name() != null ? owner : null; // `its warnings of`: an unnamed body
        }
        Speaker sp = source != null ? subject : reporter != null ? reporter : owner != null ? owner : subject;
        // `offering "A" on the "B"`: one statement, the quotes its segments (keyed by the speech-act word, no cue)
        int group = spoken >= 0 ? c.memory.cueGroup.computeIfAbsent(spoken, x -> d.newGroup()) : d.newGroup();
        st.decide(sp, StatementKind.PARTIAL, group, 0.45);
        st.ls = toks.get(clauseStart(c.q.open, Math.max(c.ss, subj[1] + 1))).s;
        return true;
    }

    /**
     * Rule trailing-according-to (session n50e): `X's tough talk is "aimed at the gallery" as the opposition calls for
     * ..., according to Nadia Qureshi, an editor at ...`: `, according to` after the quote in the sentence it closes
     * names the quote's source (was the sentence's subject, `X's tough`); the source's words run to the next comma or
     * the sentence's end. Null when the sentence has none, or another quote follows before it.
     */
    private int[] accordingToAfter(QuoteCandidate c) {
        for (int k = c.qEndTok + 1; k + 2 <= c.cse; k++) {
            Tok t = toks.get(k);
            if (t.qrole != Tok.OUT) {
                return null;
            }
            if (t.low.equals("according") && toks.get(k + 1).low.equals("to") && toks.get(k - 1).text.equals(",")) {
                int e = k + 2;
                while (e + 1 <= c.cse && toks.get(e + 1).type == Tok.WORD && toks.get(e + 1).qrole == Tok.OUT) {
                    e++;
                }
                return toks.get(k + 2).type == Tok.WORD ? new int[]{k + 2, e} : null;
            }
        }
        return null;
    }

    /**
     * A lower-case `-s` word closing the subject right before the quote, after a name or an acronym: the verb of the
     * sentence (`the FBI lists "..."`, `Harbour Board cites "..."`), which no noun phrase of a name ends with there.
     * Not after a determiner capitalised by the sentence's start (session n51d: `The medics "..."` is a plural).
     */
    private boolean verbBeforeQuote(int[] subj, int open) {
        Tok last = toks.get(subj[1]), before = subj[1] > subj[0] ? toks.get(subj[1] - 1) : null;
        return before != null && subj[1] == open - 1 && last.type == Tok.WORD && !last.cap && last.low.length() > 3
                && last.low.endsWith("s") && !last.low.endsWith("ss") && !Words.endsWithPossessive(last)
                && before.type == Tok.WORD && before.cap && !Lexicon.DETERMINERS.contains(before.low);
    }

    /**
     * Rule unspeaking-subject (sessions n50b, n50g): a one-word subject opening the sentence that is no noun at all, a
     * bare determiner or a focus adverb (`Just a week before the vote the treasurer ...`, a bare `The` left by a subject
     * cut short): the subject is the one after it, else the sieve finds none and a later rule the speaker.
     */
    private boolean cannotSpeak(int[] subj) {
        Tok t = toks.get(subj[0]);
        if (subj[0] != subj[1] || t.type != Tok.WORD || subj[0] > d.sentStart[t.sent] + 1
                || Lexicon.SUBJECT_PRONOUNS.contains(t.low) || REFERLESS.contains(t.low) || t.low.startsWith("th")
                && t.low.length() <= 5 && !t.low.equals("the")) {
            return false; // `She told the panel "..."`, `This makes it "..."`, `These ...`: a subject that refers
        }
        // a function word (`With`, `Now`) keeps its subject: the extractor names no one for it, and what follows it
        // is often no subject (`With the help of ...`)
        return Lexicon.DETERMINERS.contains(t.low) || t.cap && !d.names.lastNameToFull.containsKey(t.text)
                && !PersonGenders.isFirstName(t.low) && FOCUS_ADVERBS.contains(t.low);
    }

    /**
     * Rule existential-there-no-speaker (n63b): `There was`, `There have been`: an existential `there` is no noun
     * phrase and refers to no one, so it is no speaker of the quote after it (a cue later in the sentence or a later
     * rule decides).
     */
    private boolean existential(int[] subj, int open) {
        return subj[0] == subj[1] && toks.get(subj[0]).low.equals("there") && subj[1] + 1 < open
                && BE_FORMS.contains(toks.get(subj[1] + 1).low);
    }

    private static final java.util.Set<String> BE_FORMS = Lexicon.words("is was are were has have had will would");

    /** A span of time ending at {@code k} and its `earlier`, `later`, `ago` (`a week later`): no subject. */
    private boolean timeSpan(int k, int open) {
        return k + 2 < open && TIME_UNITS.contains(toks.get(k).low) && TIME_AFTER.contains(toks.get(k + 1).low);
    }

    private static final java.util.Set<String> TIME_UNITS =
            Lexicon.words("hours minutes days weeks months years day week month year hour");
    private static final java.util.Set<String> TIME_AFTER = Lexicon.words("earlier later ago before");

    /** Adverbs that open a sentence before its time phrase and subject (`Only a week later the envoy ...`). */
    private static final java.util.Set<String> FOCUS_ADVERBS =
            Lexicon.words("just only even still also yet already merely");

    /** Labels of a profile box's fields, which name no speaker themselves. */
    private static final java.util.Set<String> FIELD_LABELS =
            Lexicon.words("name age city job occupation pay hometown");

    /**
     * A field's label before a colon (a profile box: `Name: Ida Marsh Age: 31 City: Leeds`): the capitalised words of
     * a `Name` field are the person, any other label names no one (null).
     */
    private int[] namedField(int[] label, int open) {
        int a = label[1] + 2, b = a;
        if (label[0] != label[1] || !toks.get(label[0]).low.equals("name") || a >= open) {
            return null;
        }
        while (b + 1 < open && toks.get(b + 1).type == Tok.WORD && toks.get(b + 1).cap && b - a < 3
                && !(b + 2 < open && toks.get(b + 2).text.equals(":"))) {
            b++; // up to the next field's label: `Ida Marsh Age:`
        }
        return toks.get(a).type == Tok.WORD && toks.get(a).cap && b > a ? new int[]{a, b} : null;
    }

    /** Subjects that name nobody: `That makes it "..."`, `It's "..."`, `Doing so "..."` (a gerund opening it). */
    private static final java.util.Set<String> REFERLESS = Lexicon.words("that this it's it\u2019s");

    private boolean referless(int[] subj) {
        Tok first = toks.get(subj[0]);
        if (subj[1] - subj[0] > 1 || first.type != Tok.WORD) {
            return false;
        }
        return REFERLESS.contains(first.low) || subj[0] == d.sentStart[first.sent] && first.low.endsWith("ing")
                && first.low.length() > 4 && !d.names.lastNameToFull.containsKey(first.text) || unnamedGroup(subj);
    }

    /**
     * Rule described-group (session n51d): `"It was serious when we got there," he added. The medics "knew who ..."`:
     * `The` and a lower-case plural opening the sentence names a group the speaker before talks about, not one that
     * speaks in chorus; the speaker's words go on (with `referless`, only right after their sentence, same paragraph).
     */
    private boolean unnamedGroup(int[] subj) {
        Tok det = toks.get(subj[0]), head = toks.get(subj[1]);
        return subj[1] == subj[0] + 1 && subj[0] == d.sentStart[det.sent] && det.low.equals("the") && !head.cap
                && head.type == Tok.WORD && head.low.endsWith("s") && !head.low.endsWith("ss");
    }

    /** The first token of the stretch before the quote at open that holds no clause boundary, not before from. */
    private int clauseStart(int open, int from) {
        for (int k = open - 1; k >= from; k--) {
            String w = toks.get(k).low;
            if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\u2014") || w.equals("that")) {
                return k + 1;
            }
        }
        return Math.min(from, open);
    }

    /** The speaker of `, X said.` (up to two words after the cue) ending the previous sentence of the paragraph. */
    private Speaker reportBefore(QuoteCandidate c) {
        if (c.si == 0) {
            return null;
        }
        int ps = d.sentStart[c.si - 1], pe = d.sentEnd[c.si - 1];
        if (toks.get(pe).para != toks.get(c.ss).para || !toks.get(pe).text.equals(".")) {
            return null;
        }
        for (int cue = pe - 1; cue >= Math.max(ps + 2, pe - 3); cue--) {
            if (toks.get(cue).qrole == Tok.OUT && cueLex.isCueTok(cue) && cueLex.isSpeech(cue)) {
                int[] subj = subjects.subjectBefore(cue, ps);
                boolean shortSubject = subj != null && subj[0] > ps && subj[1] + 1 == cue && subj[1] - subj[0] <= 3;
                return shortSubject && toks.get(subj[0] - 1).text.equals(",") ? resolver.resolveSubject(subj) : null;
            }
        }
        return null;
    }
}
