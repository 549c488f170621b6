package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Sieve for headline quotes: a quote in a headline gets the speaker of the body sentence that says the same thing. */
final class HeadlineSieve {
    private final Doc d;
    private final List<Tok> toks;

    HeadlineSieve(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * The quote stands in the first paragraph, short and without a full stop, with more text after it: a headline.
     * A text of one paragraph has no body to attribute a headline from, so it is read as a sentence.
     */
    static boolean inHeadline(Doc d, Quote q) {
        Tok open = d.toks.get(q.open);
        if (open.para != 0 || d.paraCount < 2) {
            return false;
        }
        int words = 0;
        for (Tok t : d.toks) {
            if (t.para != 0) {
                break;
            }
            if (t.type == WORD) {
                words++;
            }
            if (t.text.equals(".") && t.qrole == OUT || words > 25) {
                return false;
            }
        }
        return true;
    }

    /** Each token's low without hyphens, made on first ask: the matching below asks for it per quote word. */
    private String[] unhyphenated;

    private String unhyphenated(int i) {
        if (unhyphenated == null) {
            unhyphenated = new String[toks.size()];
        }
        String w = unhyphenated[i];
        if (w == null) {
            w = toks.get(i).low.replace("-", "");
            unhyphenated[i] = w;
        }
        return w;
    }

    /**
     * {@link Words#prefixMatch}, after the test of the first letters that it implies: the loops below ask it of every
     * word of every candidate sentence, and most words start differently.
     */
    private static boolean sameStart(String w, String u) {
        return (w.isEmpty() || u.isEmpty() || w.charAt(0) == u.charAt(0)) && prefixMatch(w, u);
    }

    /** A quote in a headline gets the speaker of the body sentence that says the same thing. */
    void headlineQuotes() {
        int budget = 20;
        java.util.Map<Integer, Integer> cueGroups = new java.util.HashMap<>();
        for (Quote q : d.quotes) {
            boolean linked = LinkLines.opensLinkHeadline(toks, q);
            if (!(q.single || linked || inHeadline(d, q)) || toks.get(q.open).covered) {
                continue;
            }
            if (budget-- <= 0) {
                break;
            }
            if (ScareTerms.soCalled(toks, q.open) || ScareTerms.soCalledInBody(d, q)) {
                continue; // rule so-called-term: a term, after the budget so that it looks at 20 quotes at most
            }
            boolean done = false;
            for (Stmt st : d.out) {
                if (st.cs == q.cs) {
                    done = true;
                    break;
                }
            }
            if (done) {
                continue;
            }
            List<String> inside = new ArrayList<>();
            for (int i = q.open + 1; i <= q.lastInner; i++) {
                Tok t = toks.get(i);
                if (t.type == WORD && !Lexicon.STOP_OVERLAP.contains(t.low) && t.low.length() > 2) {
                    inside.add(t.low.replace("-", ""));
                }
            }
            List<String> qw = new ArrayList<>();
            int[] paraRange = {q.open, q.lastInner};
            int p = toks.get(q.open).para;
            int a = q.open;
            while (a - 1 >= 0 && toks.get(a - 1).para == p) {
                a--;
            }
            int b = q.lastInner;
            while (b + 1 < toks.size() && toks.get(b + 1).para == p) {
                b++;
            }
            for (int i = a; i <= b; i++) {
                Tok t = toks.get(i);
                if (t.type == WORD && !Lexicon.STOP_OVERLAP.contains(t.low) && t.low.length() > 2) {
                    qw.add(t.low.replace("-", ""));
                }
            }
            Speaker deck = qw.size() < 2 ? BareQuoteHeadlines.deckSubject(d, q, a, b) : null; // n66f
            if (qw.size() < 2) {
                if (deck != null) {
                    d.out.add(labelledStatement(q, deck)); // `'A SHAME!'` over `Dorr slams ...`
                }
                continue;
            }
            Stmt best = null;
            double bestScore = 0;
            int seen = 0;
            // the score depends on the sentence only: statements of one sentence share it, scored once
            double[] sentScore = new double[d.sentStart.length];
            java.util.Arrays.fill(sentScore, Double.NaN);
            for (Stmt st : d.out) {
                if (st.sp == null || st.sp.name() == null || st.cs <= q.ce) {
                    continue;
                }
                if (++seen > 300) {
                    break;
                }
                if (!Double.isNaN(sentScore[st.sent])) {
                    if (sentScore[st.sent] > bestScore) {
                        bestScore = sentScore[st.sent];
                        best = st;
                    }
                    continue;
                }
                int ss = d.sentStart[st.sent], se = d.sentEnd[st.sent];
                int hits = 0;
                for (String w : qw) {
                    for (int i = ss; i <= se; i++) {
                        Tok t = toks.get(i);
                        if (t.type == WORD && sameStart(w, unhyphenated(i))) {
                            hits++;
                            break;
                        }
                    }
                }
                int insideHits = 0;
                for (String w : inside) {
                    for (int i = ss; i <= se; i++) {
                        Tok t = toks.get(i);
                        if (t.type == WORD && sameStart(w, unhyphenated(i))) {
                            insideHits++;
                            break;
                        }
                    }
                }
                double score = hits / (double) qw.size()
                        + (inside.isEmpty() ? 0 : 0.5 * insideHits / (double) inside.size());
                sentScore[st.sent] = score;
                if (score > bestScore) {
                    bestScore = score;
                    best = st;
                }
            }
            boolean bodyNamed = best != null && bestScore >= 0.6 && !HeadlineOwnSpeakers.description(best.sp);
            Speaker labelled = bodyNamed ? null : colonSubject(q, a, b); // n61d: also over a body's description
            if (labelled == null && !bodyNamed && best != null && bestScore >= 0.6) {
                labelled = HeadlineOwnSpeakers.before(d, q, a, b); // n61d: `Coach Varga 'let down'`
            }
            labelled = labelled != null || bodyNamed ? labelled : HeadlineCueSubjects.speaker(d, q, a, b, headlineCue(a, q.open));
            if (labelled != null) {
                d.out.add(labelledStatement(q, labelled)); // names41: `'Never asked': Tregarthen attacks plan`
                continue;
            }
            if (best != null && bestScore >= 0.6) {
                Stmt st = new Stmt();
                st.group = -1;
                st.kind = StatementKind.PARTIAL;
                st.words(q.cs, q.ce);
                st.sp = new Speaker(best.sp.ms(), best.sp.me(), best.sp.mention(), best.sp.name(), best.sp.kind(), null);
                st.cueS = best.cueS;
                st.cueE = best.cueE;
                int cue = headlineCue(a, q.open);
                if (cue >= 0) {
                    // `Lawmakers Rip Trump As A 'Disgusting Fraud.'`: the reported clause runs from the cue to the
                    // headline's end (PolNeAR's unit), and the headline's own subject is the mention when it names
                    // the speaker the body gives
                    st.ls = toks.get(cue + 1).s;
                    st.le = Math.max(q.ce, headlineEnd(b));
                    st.cueS = toks.get(cue).s;
                    st.cueE = toks.get(cue).e;
                    st.group = cueGroups.computeIfAbsent(cue, x -> d.newGroup()); // `Blasts 'A' ... 'B'`: one
                    Speaker own = cue > a ? d.resolver.resolve(a, cue - 1) : null;
                    if (own != null && own.name() != null && sameLastWord(own.name(), best.sp.name())) {
                        st.sp = new Speaker(own.ms(), own.me(), own.mention(), best.sp.name(), best.sp.kind(), null);
                    }
                }
                if (st.group < 0) {
                    st.group = d.newGroup();
                }
                st.conf = 0.5;
                st.sent = toks.get(q.open).sent;
                st.channel = best.channel;
                st.via = best.via;
                st.sieve = "headline";
                d.out.add(st);
            }
        }
    }

    /** How many capitalised words the speaker's name after a headline's colon may hold. */
    private static final int LABEL_WORDS = 4;

    /**
     * Rule headline-quote-colon-subject (session names41): `'We were never asked': Tregarthen attacks harbour plan`,
     * `"Not the end": Rivera Vows To Fight On`: a quote opening the headline [a, b], followed by a colon and a
     * capitalised subject, is the subject's when no body sentence says the same; the subject is the longest run of
     * capitalised words (at most four) that resolves to a person named in full or an organisation by name as the body
     * writes it, else null (`'In shock': A mosque feels the heat` names nobody).
     */
    private Speaker colonSubject(Quote q, int a, int b) {
        int colon = q.close + 1;
        boolean linked = LinkLines.afterLabel(toks, a) == q.open;
        if (q.open != a && !linked || q.close < 0 || colon + 1 > b || !toks.get(colon).text.equals(":")) {
            return null;
        }
        int end = colon + 1;
        while (end + 1 <= b && end - colon < LABEL_WORDS && toks.get(end + 1).type == WORD && toks.get(end + 1).cap) {
            end++;
        }
        for (int e = end; e > colon; e--) {
            if (!toks.get(colon + 1).cap || Lexicon.DETERMINERS.contains(toks.get(colon + 1).low)) {
                return null;
            }
            Speaker sp = d.resolver.resolve(colon + 1, e);
            // the body names it so: `Owen Tregarthen Attacks Harbour` in a title-case headline is no one's name
            if (sp != null && sp.name() != null && (sp.kind() == SpeakerKind.ORGANIZATION
                    || sp.kind() == SpeakerKind.PERSON && sp.name().contains(" "))
                    && (d.s.indexOf(sp.name(), toks.get(b).e) >= 0
                    || linked && d.s.lastIndexOf(sp.name(), toks.get(a).s) >= 0)) {
                return sp;
            }
        }
        return null;
    }

    private Stmt labelledStatement(Quote q, Speaker sp) {
        Stmt st = new Stmt().decide(sp, StatementKind.DIRECT, d.newGroup(), 0.5).words(q.cs, q.ce);
        st.sent = toks.get(q.open).sent;
        st.sieve = "headline";
        return st;
    }

    /** The verb of saying in a headline before its quote (`Rips`, `Calls`, `Says`), or -1. */
    private int headlineCue(int a, int open) {
        for (int i = open - 1; i > a; i--) {
            Tok t = toks.get(i);
            if (t.type == WORD && t.qrole == OUT && (Lexicon.HEADLINE_VERBS.contains(t.low)
                    || Lexicon.SPEECH.contains(t.low) || Lexicon.WEAK.contains(t.low))) {
                return i + 1 < open ? i : -1;
            }
        }
        return -1;
    }

    /** The end of the headline's last token, leaving out a full stop outside the quotes. */
    private int headlineEnd(int b) {
        Tok last = toks.get(b);
        if (last.type == PUNCT && last.qrole == OUT && (last.text.equals(".") || last.text.equals(":")) && b > 0) {
            return toks.get(b - 1).e;
        }
        return last.e;
    }

    private static boolean sameLastWord(String x, String y) {
        if (x == null || y == null) {
            return false;
        }
        String[] a = x.split(" "), b = y.split(" ");
        return Lexicon.lower(a[a.length - 1]).equals(Lexicon.lower(b[b.length - 1]));
    }
}
