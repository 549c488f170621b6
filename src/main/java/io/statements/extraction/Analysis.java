package io.statements.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.Lexicon.lower;

/** One extraction run over one text. Not thread safe; StatementExtractor creates one per call. */
final class Analysis {

    // ---------------------------------------------------------------- tokens
    static final byte WORD = 0, PUNCT = 1, DQ = 2, SQ = 3;
    static final byte OUT = 0, INSIDE = 1, OPEN = 2, CLOSE = 3, REOPEN = 4;

    static final class Tok {
        int s, e;          // char (UTF-16) offsets
        byte type;
        String text, low;
        boolean cap;
        int para, sent;
        int q = -1;        // quote id when inside or a mark
        byte qrole = OUT;
        boolean covered;   // inside a "NAME:" transcript paragraph
    }

    static final class Quote {
        int id, open, close = -1;   // token indices; close -1 when unbalanced
        int cs, ce;                 // content chars
        boolean single, balanced = true;
        int lastInner;              // last token inside
    }

    /** A speaker as resolved. */
    record Speaker(int ms, int me, String mention, String name, SpeakerKind kind, Channel channel) {
    }

    /** A found statement in char offsets, before conversion. */
    static final class Stmt {
        StatementKind kind;
        int cs, ce, ls, le;
        int cueS = -1, cueE;
        Speaker sp;
        String via;
        Channel channel;
        double conf;
        int group;
        int sent;
        int pos; // sort key
    }

    private final String s;
    private final int n;
    final List<Tok> toks = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Stmt> out = new ArrayList<>();
    private int[] sentStart = new int[0], sentEnd = new int[0];
    private int paraCount;

    // entity memory
    private final Map<String, String> lastNameToFull = new HashMap<>();
    private final Map<String, String> acronyms = new HashMap<>();
    private final List<int[]> mentionPos = new ArrayList<>();   // [charPos, kindOrdinal]
    private final List<String> mentionName = new ArrayList<>();
    private int groupCounter;

    Analysis(String text) {
        this.s = text;
        this.n = text.length();
    }

    // ================================================================ pipeline

    private int lastLabelPara = -1;

    List<Stmt> run() {
        tokenize();
        pairQuotes();
        pairSingleQuotes();
        splitSentences();
        collectNames();
        markTranscriptParagraphs();
        int sentCount = sentStart.length;
        for (int si = 0; si < sentCount; si++) {
            try {
                for (int p = lastLabelPara + 1; p <= toks.get(sentStart[si]).para; p++) {
                    if (labelParas.containsKey(p)) {
                        labelStatement(p);
                    }
                    lastLabelPara = p;
                }
                processSentence(si);
            } catch (RuntimeException | StackOverflowError ex) {
                // best effort: skip a sentence the rules cannot handle
            }
        }
        try {
            headlineQuotes();
        } catch (RuntimeException ex) {
            // ignore
        }
        out.sort((a, b) -> a.cs != b.cs ? Integer.compare(a.cs, b.cs) : Integer.compare(a.ce, b.ce));
        return out;
    }

    // ================================================================ tokenizer

    static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch);
    }

    static boolean isDQ(char ch) {
        return ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u201e' || ch == '\u00ab' || ch == '\u00bb'
                || ch == '\u201f' || ch == '\u2033';
    }

    static final Set<String> ABBREV = Lexicon.words("""
            mr mrs ms dr gen maj col lt sgt adm capt cmdr sen rep gov pres st jr sr rev prof gens reps sens no vs
            etc inc corp co ltd jan feb aug sept sep oct nov dec ave blvd mt ft dept univ assn gov't del calif
            ariz fla ill mass mich minn penn tenn tex va wash wis colo conn ky la md mo nev okla ore pa
            """);

    private void tokenize() {
        int para = 0;
        boolean sawNewline = false;
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029') {
                sawNewline = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(ch) || ch == '\u00a0' || Character.isISOControl(ch)) {
                i++;
                continue;
            }
            if (sawNewline && !toks.isEmpty()) {
                para++;
            }
            sawNewline = false;
            Tok t = new Tok();
            t.s = i;
            t.para = para;
            if (isWordChar(ch)) {
                int j = i + 1;
                while (j < n) {
                    char c = s.charAt(j);
                    if (isWordChar(c)) {
                        j++;
                    } else if ((c == '.' || c == '-' || c == '\'' || c == '\u2019' || c == '&' || c == '/')
                            && j + 1 < n && isWordChar(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if (j < n && s.charAt(j) == '.') {
                    String w = s.substring(i, j);
                    String lw = lower(w);
                    char after = j + 1 < n ? s.charAt(j + 1) : ' ';
                    if (w.indexOf('.') >= 0 || (w.length() == 1 && Character.isUpperCase(ch)) || ABBREV.contains(lw)
                            || (after == ')' || after == ',') && w.indexOf('-') > 0) {
                        j++;
                    }
                }
                t.e = j;
                t.type = WORD;
                t.text = s.substring(i, j);
                t.low = lower(t.text);
                t.cap = Character.isUpperCase(ch);
                i = j;
            } else {
                int j = i + 1;
                if (Character.isHighSurrogate(ch) && j < n && Character.isLowSurrogate(s.charAt(j))) {
                    j++;
                }
                t.e = j;
                t.text = s.substring(i, j);
                t.low = t.text;
                if (isDQ(ch)) {
                    t.type = DQ;
                } else if (ch == '\u2018' || ch == '\u2019' || ch == '\'' || ch == '\u201b') {
                    t.type = SQ;
                } else {
                    t.type = PUNCT;
                }
                i = j;
            }
            toks.add(t);
        }
        paraCount = toks.isEmpty() ? 0 : para + 1;
    }

    // ================================================================ quotes

    private char charAt(int i) {
        return i >= 0 && i < n ? s.charAt(i) : '\n';
    }

    private static boolean spaceLike(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || "([{\u2014\u2013\u2015-/:".indexOf(c) >= 0 || isDQ(c)
                || c == '\u2018';
    }

    private static boolean closeFollow(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || ".,;:!?)]}\u2014\u2013\u2015-".indexOf(c) >= 0
                || isDQ(c) || c == '\u2019' || c == '\'';
    }

    /** 1 open, 2 close, 0 ambiguous. */
    private int hint(Tok t) {
        char ch = s.charAt(t.s);
        boolean prevSpace = spaceLike(charAt(t.s - 1));
        boolean nextSpace = closeFollow(charAt(t.e));
        if (prevSpace && !nextSpace) {
            return 1;
        }
        if (!prevSpace && nextSpace) {
            return 2;
        }
        if (ch == '\u201c' || ch == '\u201e' || ch == '\u00ab') {
            return 1;
        }
        if (ch == '\u201d' || ch == '\u00bb') {
            return 2;
        }
        return 0;
    }

    private void pairQuotes() {
        int open = -1;
        int size = toks.size();
        for (int i = 0; i < size; i++) {
            Tok t = toks.get(i);
            if (open >= 0 && i > 0 && t.para != toks.get(i - 1).para) {
                // paragraph changed with an open quote: continued when the new paragraph reopens
                if (t.type == DQ && hint(t) != 2) {
                    t.qrole = REOPEN;
                    continue;
                }
                finishQuote(open, -1, i - 1);
                open = -1;
            }
            if (t.type != DQ) {
                continue;
            }
            int h = hint(t);
            if (open < 0) {
                if (h != 2) {
                    open = i;
                }
                continue;
            }
            if (h == 1 && laterMarkInPara(i)) {
                continue; // a stray or nested opener; keep the outer quote open
            }
            finishQuote(open, i, i - 1);
            open = -1;
        }
        if (open >= 0) {
            finishQuote(open, -1, size - 1);
        }
    }

    private int[] nextDq;

    private boolean laterMarkInPara(int i) {
        if (nextDq == null) {
            nextDq = new int[toks.size() + 1];
            nextDq[toks.size()] = -1;
            for (int j = toks.size() - 1; j >= 0; j--) {
                nextDq[j] = toks.get(j).type == DQ ? j : nextDq[j + 1];
            }
        }
        int j = nextDq[i + 1];
        return j >= 0 && toks.get(j).para == toks.get(i).para;
    }

    private void finishQuote(int open, int close, int lastInner) {
        if (lastInner <= open) {
            return;
        }
        Quote q = new Quote();
        q.id = quotes.size();
        q.open = open;
        q.close = close;
        q.balanced = close >= 0;
        q.lastInner = lastInner;
        int first = open + 1;
        while (first <= lastInner && toks.get(first).qrole == REOPEN) {
            first++;
        }
        if (first > lastInner) {
            return;
        }
        q.cs = toks.get(first).s;
        q.ce = toks.get(lastInner).e;
        quotes.add(q);
        toks.get(open).q = q.id;
        toks.get(open).qrole = OPEN;
        if (close >= 0) {
            toks.get(close).q = q.id;
            toks.get(close).qrole = CLOSE;
        }
        for (int j = open + 1; j <= lastInner; j++) {
            Tok t = toks.get(j);
            t.q = q.id;
            if (t.qrole != REOPEN) {
                t.qrole = INSIDE;
            }
        }
    }

    /** Single quotation marks in short, headline-like paragraphs: Anti-aircraft system 'sold to Syria'. */
    private void pairSingleQuotes() {
        int i = 0;
        int size = toks.size();
        while (i < size) {
            int p = toks.get(i).para;
            int j = i;
            int words = 0;
            boolean hasDq = false;
            while (j < size && toks.get(j).para == p) {
                Tok t = toks.get(j);
                if (t.type == WORD) {
                    words++;
                }
                if (t.qrole != OUT) {
                    hasDq = true;
                }
                j++;
            }
            if (words <= 30 && !hasDq) {
                int open = -1;
                for (int k = i; k < j; k++) {
                    Tok t = toks.get(k);
                    if (t.type != SQ) {
                        continue;
                    }
                    boolean prevSpace = spaceLike(charAt(t.s - 1));
                    boolean nextWord = isWordChar(charAt(t.e));
                    if (open < 0) {
                        if (prevSpace && nextWord) {
                            open = k;
                        }
                    } else if (!prevSpace && closeFollow(charAt(t.e)) && k - open > 1) {
                        finishQuote(open, k, k - 1);
                        quotes.get(quotes.size() - 1).single = true;
                        open = -1;
                    }
                }
            }
            i = j;
        }
        quotes.sort((a, b) -> Integer.compare(a.open, b.open));
        for (int k = 0; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            if (q.id != k) {
                int old = q.id;
                q.id = k;
                for (int t = q.open; t <= Math.max(q.close, q.lastInner); t++) {
                    if (toks.get(t).q == old) {
                        toks.get(t).q = -2 - k; // temporary
                    }
                }
            }
        }
        for (Tok t : toks) {
            if (t.q <= -2) {
                t.q = -2 - t.q;
            }
        }
    }

    // ================================================================ sentences

    private boolean isTerminal(Tok t) {
        return t.type == PUNCT && (t.text.equals(".") || t.text.equals("!") || t.text.equals("?"));
    }

    private boolean startsSentence(Tok t) {
        if (t.type == WORD) {
            return t.cap || Character.isDigit(t.text.charAt(0));
        }
        return (t.type == DQ && t.qrole == OPEN) || (t.type == SQ && t.qrole == OPEN) || t.type == PUNCT
                && (t.text.equals("(") || t.text.equals("\u2014") || t.text.equals("["));
    }

    private void splitSentences() {
        int size = toks.size();
        List<Integer> starts = new ArrayList<>();
        int sent = -1;
        for (int i = 0; i < size; i++) {
            Tok t = toks.get(i);
            boolean brk;
            if (i == 0) {
                brk = true;
            } else {
                Tok p = toks.get(i - 1);
                if (p.para != t.para) {
                    brk = t.covered || p.covered || !(t.qrole == REOPEN || (t.qrole == INSIDE && p.q == t.q) || (t.qrole == CLOSE && p.q == t.q));
                } else if (t.qrole == INSIDE || t.qrole == CLOSE) {
                    brk = false;
                } else if (isTerminal(p) && p.qrole == OUT) {
                    brk = startsSentence(t);
                } else if (p.qrole == CLOSE && i >= 2 && isTerminal(toks.get(i - 2))) {
                    brk = startsSentence(t) && !(t.type == WORD && t.cap && postCueAhead(i));
                } else {
                    brk = false;
                }
            }
            if (brk) {
                sent++;
                starts.add(i);
            }
            t.sent = sent;
        }
        sentStart = new int[starts.size()];
        sentEnd = new int[starts.size()];
        for (int k = 0; k < starts.size(); k++) {
            sentStart[k] = starts.get(k);
            sentEnd[k] = (k + 1 < starts.size() ? starts.get(k + 1) : size) - 1;
        }
    }

    /** `"Great." Smith said.` : a capitalised name followed closely by a speech verb and the sentence end. */
    private boolean postCueAhead(int i) {
        for (int j = i; j < Math.min(toks.size(), i + 5); j++) {
            Tok t = toks.get(j);
            if (t.type != WORD || t.para != toks.get(i).para) {
                return false;
            }
            if (Lexicon.SPEECH.contains(t.low)) {
                Tok nx = j + 1 < toks.size() ? toks.get(j + 1) : null;
                return nx == null || nx.para != t.para || isTerminal(nx) || nx.text.equals(",");
            }
            if (!t.cap && !Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
                return false;
            }
        }
        return false;
    }

    // ================================================================ names

    private static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") || w.endsWith("\u2019")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private boolean isNameTok(Tok t) {
        return t.type == WORD && t.cap && t.qrole == OUT;
    }

    /** Pre-pass: full person names by last name, organisation acronyms, and all name mentions by position. */
    private void collectNames() {
        int size = toks.size();
        int i = 0;
        while (i < size) {
            if (!isNameTok(toks.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < size && toks.get(j + 1).para == toks.get(i).para) {
                Tok nx = toks.get(j + 1);
                if (isNameTok(nx) && !stripPossessive(toks.get(j).text).equals("") && !endsWithPossessive(toks.get(j))) {
                    j++;
                } else if (nx.type == WORD && (nx.low.equals("of") || nx.low.equals("in") || nx.low.equals("for")
                        || nx.low.equals("de") || nx.low.equals("al") || nx.low.equals("bin") || nx.low.equals("van")
                        || nx.low.equals("von") || nx.low.equals("and"))
                        && j + 2 < size && isNameTok(toks.get(j + 2)) && toks.get(j + 2).para == nx.para
                        && !endsWithPossessive(toks.get(j))) {
                    j += 2;
                } else {
                    break;
                }
            }
            // a capitalised word opening a sentence is often not a name ("But", "The")
            int a = i;
            while (a <= j && toks.get(a).sent >= 0 && isSentenceInitialNoise(a)) {
                a++;
            }
            if (a <= j) {
                Name nm = classify(a, j);
                if (nm != null && nm.canonical != null) {
                    mentionPos.add(new int[]{toks.get(a).s, nm.kind.ordinal()});
                    mentionName.add(nm.canonical);
                    if (nm.kind == SpeakerKind.PERSON) {
                        String[] parts = nm.canonical.split(" ");
                        if (parts.length >= 2) {
                            lastNameToFull.putIfAbsent(parts[parts.length - 1], nm.canonical);
                        }
                    } else if (nm.kind == SpeakerKind.ORGANIZATION) {
                        String[] parts = nm.canonical.split(" ");
                        if (parts.length >= 2) {
                            StringBuilder ac = new StringBuilder();
                            for (String p : parts) {
                                String lp = lower(p);
                                if (!lp.equals("of") && !lp.equals("the") && !lp.equals("and") && !lp.equals("for")
                                        && !lp.equals("in") && !p.isEmpty()) {
                                    ac.append(Character.toUpperCase(p.charAt(0)));
                                }
                            }
                            if (ac.length() >= 2) {
                                acronyms.putIfAbsent(ac.toString(), nm.canonical);
                            }
                        }
                    }
                }
            }
            i = j + 1;
        }
    }

    private static final Set<String> SENTENCE_NOISE = Lexicon.words("""
            the a an but and so yet however meanwhile still then on in at after before while when as if although
            though since during following earlier later last this that these those it its his her their our we i
            he she they you there here what why how who where speaking according asked also even now today
            yesterday monday tuesday wednesday thursday friday saturday sunday for with from by to of""");

    private boolean isSentenceInitialNoise(int a) {
        Tok t = toks.get(a);
        return SENTENCE_NOISE.contains(t.low) || Lexicon.TIME_WORDS.contains(t.low);
    }

    private static boolean endsWithPossessive(Tok t) {
        return t.text.endsWith("'s") || t.text.endsWith("\u2019s") || t.text.endsWith("s'") || t.text.endsWith("s\u2019");
    }

    static final class Name {
        String canonical;
        SpeakerKind kind;
    }

    /** Classify a run of capitalised tokens [a, b] into a person or organisation with a canonical name. */
    private Name classify(int a, int b) {
        Name nm = new Name();
        boolean org = false;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            String w = lower(stripPossessive(t.text));
            if (Lexicon.ORG_WORDS.contains(w) || isAcronym(stripPossessive(t.text))) {
                org = true;
            }
        }
        if (!org && a == b) {
            String w = lower(stripPossessive(toks.get(a).text));
            if (Lexicon.PLACES.contains(w)) {
                org = true;
            }
        }
        if (org) {
            int a2 = a;
            while (a2 < b && lower(toks.get(a2).text).equals("the")) {
                a2++;
            }
            String c = joinText(a2, b);
            c = stripPossessive(c);
            if (a2 == b && acronyms.containsKey(c)) {
                c = acronyms.get(c);
            }
            nm.canonical = c;
            nm.kind = SpeakerKind.ORGANIZATION;
            return nm;
        }
        // person: strip titles (and nationality adjectives before titles) from the front
        int a2 = a;
        while (a2 < b) {
            Tok t = toks.get(a2);
            String w = lower(t.text);
            if (Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(w.replace(".", ""))
                    || Lexicon.TIME_WORDS.contains(w) || SENTENCE_NOISE.contains(w)) {
                a2++;
            } else if (looksNationality(w) && a2 + 1 <= b && isTitleOrNationality(toks.get(a2 + 1))) {
                a2++;
            } else {
                break;
            }
        }
        int b2 = b;
        for (int k = a2 + 1; k <= b; k++) {
            String lw = toks.get(k).low;
            if (lw.equals("of") || lw.equals("in") || lw.equals("for") || lw.equals("and")) {
                b2 = k - 1;
                break;
            }
        }
        while (b2 > a2 && (toks.get(b2).low.equals("jr.") || toks.get(b2).low.equals("jr"))) {
            b2--;
        }
        String c = stripPossessive(joinText(a2, b2));
        String w = lower(c);
        if (Lexicon.TITLES.contains(w) || Lexicon.TIME_WORDS.contains(w) || SENTENCE_NOISE.contains(w)) {
            return null;
        }
        if (!c.contains(" ") && lastNameToFull.containsKey(c)) {
            c = lastNameToFull.get(c);
        }
        nm.canonical = c;
        nm.kind = SpeakerKind.PERSON;
        return nm;
    }

    private boolean isTitleOrNationality(Tok t) {
        String w = lower(t.text);
        return Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(w.replace(".", "")) || looksNationality(w);
    }

    private static boolean looksNationality(String w) {
        return w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                || w.endsWith("an") || w.equals("u.s.") || w.equals("us") || w.equals("u.n.") || w.endsWith("ic")
                || w.equals("french") || w.equals("dutch") || w.equals("greek") || w.equals("swiss")
                || w.equals("thai") || w.equals("kremlin") || w.equals("state") || w.equals("then");
    }

    private static boolean isAcronym(String w) {
        int up = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                up++;
            } else if (c != '.' && c != '-' && c != '&') {
                return false;
            }
        }
        return up >= 2 && !w.equals("U.S.") && !w.equals("US") && !w.equals("U.N.") && !w.equals("UK")
                && !w.equals("U.K.") && !w.equals("II") && !w.equals("III") && !w.equals("TV") && !w.equals("GOP") ? true
                : up >= 2 && (w.equals("GOP"));
    }

    private String joinText(int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k <= b; k++) {
            if (k > a) {
                sb.append(' ');
            }
            sb.append(toks.get(k).text);
        }
        return sb.toString();
    }

    // ================================================================ transcript "NAME:" paragraphs

    private final Map<Integer, int[]> labelParas = new HashMap<>(); // para -> [firstNameTok, lastNameTok, colonTok]

    private void markTranscriptParagraphs() {
        int size = toks.size();
        int i = 0;
        while (i < size) {
            int p = toks.get(i).para;
            int j = i;
            while (j < size && toks.get(j).para == p) {
                j++;
            }
            int k = i;
            if (toks.get(k).type == DQ) {
                k++;
            }
            int nameStart = k;
            int words = 0;
            boolean ok = true;
            while (k < j && toks.get(k).type == WORD && words < 5) {
                Tok t = toks.get(k);
                if (!t.cap && !t.low.equals("of") && !t.low.equals("de")) {
                    ok = false;
                    break;
                }
                words++;
                k++;
            }
            if (ok && words >= 1 && k < j && toks.get(k).text.equals(":") && j - k > 3
                    && !Lexicon.NOT_SPEAKER_LABELS.contains(toks.get(nameStart).low)) {
                boolean allCaps = true;
                for (int m = nameStart; m < k; m++) {
                    if (!toks.get(m).text.equals(toks.get(m).text.toUpperCase())) {
                        allCaps = false;
                    }
                }
                // all-caps speaker labels anywhere; Title Case labels only in a short first paragraph (headline)
                if (allCaps && words <= 4 || (p == 0 && words <= 3 && j - i <= 30)) {
                    labelParas.put(p, new int[]{nameStart, k - 1, k});
                    for (int m = i; m < j; m++) {
                        toks.get(m).covered = true;
                    }
                }
            }
            i = j;
        }
    }

    // ================================================================ cue lexicon access

    private boolean isCueTok(int i) {
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return false;
        }
        if (t.low.equals("according") && i + 1 < toks.size() && toks.get(i + 1).low.equals("to")) {
            return true;
        }
        if (!(Lexicon.SPEECH.contains(t.low) || Lexicon.WEAK.contains(t.low) || Lexicon.PARTICIPLE.contains(t.low))) {
            return false;
        }
        // `the reports`, `his calls`, `answering questions`: a noun, not a verb of saying
        if (i > 0 && t.low.endsWith("s") && !t.low.equals("says")) {
            Tok p = toks.get(i - 1);
            if (p.type == WORD && !p.cap && (NOUN_DETERMINERS.contains(p.low) || Lexicon.PREPOSITIONS.contains(p.low)
                    || p.low.endsWith("ing") && p.low.length() > 5 && !Lexicon.PARTICIPLE.contains(p.low))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> NOUN_DETERMINERS = Lexicon.words(
            "a an the his its their our my your these those some many several such no any");

    private boolean isSpeech(int i) {
        return Lexicon.SPEECH.contains(toks.get(i).low);
    }

    private boolean isParticiple(int i) {
        return Lexicon.PARTICIPLE.contains(toks.get(i).low);
    }

    private boolean isAccording(int i) {
        return toks.get(i).low.equals("according") && i + 1 < toks.size() && toks.get(i + 1).low.equals("to");
    }

    // ================================================================ subjects

    /** [start, end] token range of a noun phrase, or null. */
    private int[] subjectBefore(int k, int ss) {
        int j = k - 1;
        while (j >= ss && toks.get(j).type == WORD && (Lexicon.ADVERBS_AUX.contains(toks.get(j).low)
                || toks.get(j).low.endsWith("ly") && !toks.get(j).cap && toks.get(j).low.length() > 4)) {
            j--;
        }
        // trailing time expression: "on Thursday", "last week", "in 2010"
        while (j >= ss && toks.get(j).type == WORD && (Lexicon.TIME_WORDS.contains(toks.get(j).low)
                || isYear(toks.get(j).low))) {
            j--;
            if (j >= ss && toks.get(j).type == WORD && Lexicon.TIME_PREPS.contains(toks.get(j).low)) {
                j--;
            }
        }
        if (j < ss) {
            return null;
        }
        Tok t = toks.get(j);
        if (t.qrole != OUT) {
            return null;
        }
        if (t.type == PUNCT && t.text.equals(",")) {
            return appositiveSubject(j, ss);
        }
        if (t.type == PUNCT && t.text.equals(")")) {
            // "Rep. G.K. Butterfield (D-N.C.) said"
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
        if (t.low.equals("who") || t.low.equals("which") || t.low.equals("that")) {
            int[] np = relativeAntecedent(j, ss);
            // the mention is the relative pronoun itself; the noun phrase before it is what it resolves to
            return np == null ? null : new int[]{np[0], np[1], j};
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            return new int[]{j, j};
        }
        int[] np = npEndingAt(j, ss);
        int prep = np == null ? -1 : np[0] - 1;
        if (prep > ss && toks.get(prep).type == WORD && toks.get(prep).qrole == OUT
                && OBJECT_PREPS.contains(toks.get(prep).low) && !toks.get(np[0]).cap) {
            Tok head = toks.get(prep - 1);
            boolean verbBefore = head.type != WORD || head.qrole != OUT || isCueTok(prep - 1)
                    || !head.cap && (head.low.endsWith("ing") || head.low.endsWith("ed"));
            int[] left = verbBefore ? null : npEndingAt(prep - 1, ss);
            if (left != null) {
                return new int[]{left[0], np[1]}; // `Mr. Morgan of the Sierra Club said`
            }
            // `marching through the streets chanted`, `in a box labeled`: an object; the subject is further left
            return new int[]{-1, -1};
        }
        return np;
    }

    private static final Set<String> OBJECT_PREPS = Lexicon.words(String.join(" ", Lexicon.PREPOSITIONS)
            + " through across around toward towards along behind outside inside throughout within without upon");

    /**
     * What a relative pronoun at j stands for: the capitalised name ending right before it or before the
     * appositive in front of it (`McConnell, now the Senate majority leader, who`), else the noun phrase there.
     */
    private int[] relativeAntecedent(int j, int ss) {
        int end = j - 1;
        if (end >= ss && toks.get(end).text.equals(",")) {
            int m = end - 1;
            while (m >= ss && !toks.get(m).text.equals(",") && end - m < 30 && toks.get(m).qrole == OUT) {
                m--;
            }
            if (m < ss || !toks.get(m).text.equals(",")) {
                return null;
            }
            end = m - 1;
        }
        if (end < ss || toks.get(end).type != WORD || toks.get(end).qrole != OUT) {
            return null;
        }
        if (toks.get(end).cap) {
            int a = end;
            while (a - 1 >= ss && toks.get(a - 1).type == WORD && toks.get(a - 1).qrole == OUT && toks.get(a - 1).cap
                    && end - a < 6) {
                a--;
            }
            return new int[]{a, end};
        }
        return npEndingAt(end, ss);
    }

    /** A speaker from a subject; a relative pronoun (`which reported`) stays the mention. */
    private Speaker resolveSubject(int[] subj) {
        Speaker sp = resolve(subj[0], subj[1]);
        if (sp == null || subj.length < 3) {
            return sp;
        }
        Tok rel = toks.get(subj[2]);
        return new Speaker(rel.s, rel.e, rel.text, sp.name(), sp.kind(), sp.channel());
    }

    /** `what he called`, `which it calls`: a characterisation inside a relative clause. */
    private boolean isRelativeCharacterisation(int cue) {
        String w = toks.get(cue).low;
        if (!(w.equals("called") || w.equals("calls") || w.equals("described") || w.equals("describes")
                || w.equals("dubbed") || w.equals("termed") || w.equals("labeled"))) {
            return false;
        }
        for (int m = cue - 1; m >= 0 && cue - m <= 6; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.type != WORD) {
                return false;
            }
            if (t.low.equals("what") || t.low.equals("which")) {
                return m < cue - 1;
            }
        }
        return false;
    }

    /** A noun phrase that ends at token j, going left to a clause boundary. */
    private int[] npEndingAt(int j, int ss) {
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
        if (Lexicon.CLAUSE_WORDS.contains(last.low) || Lexicon.PREPOSITIONS.contains(last.low)
                || Lexicon.DETERMINERS.contains(last.low)) {
            return null;
        }
        int a = j;
        int lowerCount = last.cap ? 0 : 1;
        while (a - 1 >= ss) {
            Tok p = toks.get(a - 1);
            if (p.qrole != OUT || p.type != WORD) {
                break;
            }
            if (isCueTok(a - 1) || Lexicon.CLAUSE_WORDS.contains(p.low) || Lexicon.SUBJECT_PRONOUNS.contains(p.low)
                    || Lexicon.ADVERBS_AUX.contains(p.low) && !p.cap) {
                break;
            }
            if (Lexicon.DETERMINERS.contains(p.low) || isNumber(p.text)) {
                a--;
                break;
            }
            if (Lexicon.PREPOSITIONS.contains(p.low)) {
                // "Secretary of State Mike Pompeo", "a US official with knowledge of the incident"
                if (a - 2 >= ss && toks.get(a - 2).type == WORD && toks.get(a - 2).qrole == OUT
                        && (toks.get(a - 2).cap || !isCueTok(a - 2)) && j - a < 10
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
        return new int[]{a, j};
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    private boolean npHasDeterminerOrCapBefore(int j, int ss) {
        for (int m = j; m >= ss && j - m < 8; m--) {
            Tok t = toks.get(m);
            if (t.type != WORD || t.qrole != OUT || isCueTok(m) || Lexicon.CLAUSE_WORDS.contains(t.low)) {
                return m < j && (t.type == PUNCT && t.text.equals(",") || m < ss);
            }
            if (Lexicon.DETERMINERS.contains(t.low) || t.cap) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** "Angelique Brunner, a developer for X, said": the name before the appositive. */
    private int[] appositiveSubject(int comma, int ss) {
        int m = comma - 1;
        while (m >= ss && !(toks.get(m).type == PUNCT && toks.get(m).text.equals(",")) && comma - m < 30) {
            if (toks.get(m).qrole != OUT || isCueTok(m)) {
                return null;
            }
            m--;
        }
        if (m < ss || !(toks.get(m).type == PUNCT && toks.get(m).text.equals(","))) {
            return null;
        }
        // appositive (m+1 .. comma-1); the name ends at m-1
        int[] name = npEndingAt(m - 1, ss);
        if (name == null) {
            return null;
        }
        Tok h = toks.get(name[1]);
        if (!(h.cap || Lexicon.SUBJECT_PRONOUNS.contains(h.low))) {
            // `Another critic, Laurence H. Tribe, likened`: the name is the appositive
            if (toks.get(m + 1).cap && toks.get(comma - 1).cap && comma - m <= 6) {
                return new int[]{name[0], comma - 1};
            }
            return null;
        }
        return new int[]{name[0], comma - 1};
    }

    /** The subject of a sentence: its first noun phrase after any introductory phrase. */
    private int[] sentenceSubject(int ss, int limit) {
        int i = ss;
        if (i <= limit && toks.get(i).type == DQ && toks.get(i).qrole == OPEN) {
            return null;
        }
        // skip an introductory phrase closed by a comma within the first 12 tokens
        Tok first = toks.get(i);
        if (first.type == WORD && first.qrole == OUT && Lexicon.SUBJECT_PRONOUNS.contains(first.low)) {
            return new int[]{i, i}; // `He then defended the remark, saying ...`
        }
        if (first.type == WORD && (SENTENCE_NOISE.contains(first.low) || first.low.endsWith("ing")
                || first.low.endsWith("ly") || first.low.equals("once"))) {
            i = afterIntroComma(i, limit);
            // `Once in my early 20s, when my mother mentioned it, I laughed`: one subordinate clause after another
            for (int k = 0; k < 2 && i <= limit && toks.get(i).type == WORD && SUBORDINATORS.contains(toks.get(i).low);
                 k++) {
                i = afterIntroComma(i, limit);
            }
        }
        while (i <= limit && toks.get(i).type == WORD && (Lexicon.TIME_PREPS.contains(toks.get(i).low)
                || Lexicon.TIME_WORDS.contains(toks.get(i).low) || toks.get(i).low.equals("but")
                || toks.get(i).low.equals("and") || toks.get(i).low.equals("meanwhile"))) {
            i++;
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
        while (j <= limit) {
            Tok w = toks.get(j);
            if (w.type != WORD || w.qrole != OUT || isCueTok(j)) {
                break;
            }
            if (w.cap) {
                j++;
                if (endsWithPossessive(w) && j <= limit && toks.get(j).type == WORD && !toks.get(j).cap) {
                    j++; // "Netanyahu's office"
                    break;
                }
                continue;
            }
            if (det && lowerRun < 3 && !w.low.endsWith("ed") && !Lexicon.PREPOSITIONS.contains(w.low)
                    && !Lexicon.CLAUSE_WORDS.contains(w.low) && !Lexicon.ADVERBS_AUX.contains(w.low)) {
                lowerRun++;
                j++;
                continue;
            }
            break;
        }
        if (j - 1 < a || (det && j - 1 == a)) {
            return null;
        }
        return new int[]{a, j - 1};
    }

    private static final Set<String> SUBORDINATORS = Lexicon.words(
            "when while if as after before because since although though until once");

    /** The token after the comma closing an introductory phrase that starts at i (also `on,"`), or i. */
    private int afterIntroComma(int i, int limit) {
        for (int m = i + 1; m <= Math.min(limit, i + 22); m++) {
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

    /** Inverted subject after a verb: `said Maj. Gen. Igor Konashenkov, spokesperson for ...`. */
    private int[] subjectAfter(int k, int se) {
        int i = k + 1;
        if (i > se) {
            return null;
        }
        Tok t = toks.get(i);
        if (t.type != WORD || t.qrole != OUT) {
            return null;
        }
        if (Lexicon.SUBJECT_PRONOUNS.contains(t.low)) {
            return new int[]{i, i};
        }
        int j = i;
        int lowers = 0;
        while (j <= se) {
            Tok w = toks.get(j);
            if (w.type != WORD || w.qrole != OUT) {
                if (w.type == PUNCT && w.text.equals("(")) {
                    int m = j;
                    while (m <= se && !toks.get(m).text.equals(")") && m - j < 8) {
                        m++;
                    }
                    if (m <= se && toks.get(m).text.equals(")")) {
                        j = m + 1;
                        continue;
                    }
                }
                break;
            }
            if (j > i && (Lexicon.PREPOSITIONS.contains(w.low) && !(j + 1 <= se && toks.get(j + 1).cap && w.low.equals("of")))
                    || Lexicon.CLAUSE_WORDS.contains(w.low) || isCueTok(j) || Lexicon.TIME_WORDS.contains(w.low)) {
                break;
            }
            if (!w.cap && !Lexicon.DETERMINERS.contains(w.low)) {
                lowers++;
                if (lowers > 4) {
                    break;
                }
            }
            j++;
            if (j - i > 12) {
                break;
            }
        }
        if (j - 1 < i) {
            return null;
        }
        return new int[]{i, j - 1};
    }

    // ================================================================ speaker resolution

    private final List<Stmt> spoken = out; // statements in text order of creation

    private Speaker resolve(int a, int b) {
        if (a < 0 || b < a) {
            return null;
        }
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = s.substring(ms, me);
        Tok head = toks.get(a);
        if (a == b && Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            return resolvePronoun(head.low, ms, me, mention);
        }
        // cut the phrase at an appositive comma or a preposition followed by a lower-case word
        int end = b;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT && (t.text.equals(",") || t.text.equals("(") || t.text.equals("\u2014"))) {
                end = k - 1;
                break;
            }
            if (k > a && t.type == WORD && Lexicon.PREPOSITIONS.contains(t.low) && !t.low.equals("of")
                    && k + 1 <= b && !toks.get(k + 1).cap) {
                end = k - 1;
                break;
            }
            if (k > a && t.type == WORD && (t.low.equals("with") || t.low.equals("from") || t.low.equals("at")
                    || t.low.equals("who") || t.low.equals("familiar"))) {
                end = k - 1;
                break;
            }
        }
        if (end < a) {
            return null;
        }
        Tok last = toks.get(end);
        String lastLow = lower(stripPossessive(last.text));
        Channel ch = null;
        // document subject: "a military statement said", "the readout"
        if (!last.cap && Lexicon.DOC_NOUNS.contains(lastLow)) {
            ch = channelForNoun(lastLow);
            int[] run = lastCapRun(a, end);
            if (run != null) {
                Name nm = classify(run[0], run[1]);
                if (nm != null) {
                    return new Speaker(ms, me, mention, nm.canonical, nm.kind, ch);
                }
            }
            for (int k = a; k < end; k++) {
                String org = toks.get(k).cap ? null : findOrg(toks.get(k).low, ms);
                if (org != null) {
                    return new Speaker(ms, me, mention, org, SpeakerKind.ORGANIZATION, ch);
                }
            }
            String recentOrg = recentRealOrg(ms);
            if (recentOrg != null) {
                return new Speaker(ms, me, mention, recentOrg, SpeakerKind.ORGANIZATION, ch);
            }
            Speaker prev = lastSpeaker(ms, true);
            if (prev != null) {
                return new Speaker(ms, me, mention, prev.name, prev.kind, ch);
            }
            return new Speaker(ms, me, mention, null, null, ch);
        }
        if (last.cap || isAcronym(stripPossessive(last.text))) {
            int[] run = lastCapRun(a, end);
            if (run != null) {
                // a possessive run followed by a noun: "Netanyahu's office"
                Name nm = classify(run[0], run[1]);
                if (nm != null) {
                    return new Speaker(ms, me, mention, nm.canonical, nm.kind, null);
                }
            }
            return new Speaker(ms, me, mention, cleanCommon(a, end), SpeakerKind.PERSON, null);
        }
        // lower-case head
        if (Lexicon.ANAPHORIC_ORG_HEADS.contains(lastLow) || Lexicon.ORG_NOUNS.contains(lastLow)) {
            int[] run = lastCapRun(a, end);
            if (run != null && !endsWithPossessive(toks.get(run[1]))) {
                Name nm = classify(run[0], run[1]);
                if (nm != null && nm.kind == SpeakerKind.ORGANIZATION && !Lexicon.PLACES.contains(lower(nm.canonical))) {
                    return new Speaker(ms, me, mention, nm.canonical, SpeakerKind.ORGANIZATION, null);
                }
            }
            if (run != null) {
                return new Speaker(ms, me, mention, cleanCommon(a, end), SpeakerKind.ORGANIZATION, null);
            }
            String org = findOrg(lastLow, ms);
            if (org != null) {
                return new Speaker(ms, me, mention, org, SpeakerKind.ORGANIZATION, null);
            }
            return new Speaker(ms, me, mention, cleanCommon(a, end), SpeakerKind.ORGANIZATION, null);
        }
        SpeakerKind kind;
        if (Lexicon.ANON_NOUNS.contains(lastLow)) {
            kind = SpeakerKind.ANONYMOUS;
        } else {
            kind = SpeakerKind.GROUP;
        }
        return new Speaker(ms, me, mention, cleanCommon(a, end), kind, null);
    }

    private String cleanCommon(int a, int b) {
        int a2 = a;
        while (a2 < b && (Lexicon.DETERMINERS.contains(toks.get(a2).low) || isNumber(toks.get(a2).text))) {
            a2++;
        }
        return s.substring(toks.get(a2).s, toks.get(b).e);
    }

    private int[] lastCapRun(int a, int b) {
        int j = b;
        while (j >= a && !(toks.get(j).cap && toks.get(j).type == WORD)) {
            j--;
        }
        if (j < a) {
            return null;
        }
        int i = j;
        while (i - 1 >= a) {
            Tok p = toks.get(i - 1);
            if (p.type == WORD && p.cap && !endsWithPossessive(p)) {
                i--;
            } else if (p.type == WORD && (p.low.equals("of") || p.low.equals("in") || p.low.equals("for")
                    || p.low.equals("de") || p.low.equals("and")) && i - 2 >= a && toks.get(i - 2).cap) {
                i -= 2;
            } else {
                break;
            }
        }
        while (i < j && SENTENCE_NOISE.contains(toks.get(i).low)) {
            i++;
        }
        return new int[]{i, j};
    }

    private String findOrg(String head, int before) {
        for (int k = mentionBefore(before); k >= 0; k--) {
            int[] mp = mentionPos.get(k);
            if (mp[0] < before - 20000) {
                return null;
            }
            if (mp[0] >= before || mp[1] != SpeakerKind.ORGANIZATION.ordinal()) {
                continue;
            }
            String nm = lower(mentionName.get(k));
            if (nm.contains(head) || (head.equals("army") || head.equals("military"))
                    && (nm.contains("forces") || nm.contains("army") || nm.contains("military") || nm.contains("defense"))) {
                return mentionName.get(k);
            }
        }
        return null;
    }

    /** The most recent organisation named before a position (not a bare place name), within about two paragraphs. */
    private String recentRealOrg(int before) {
        for (int k = mentionBefore(before); k >= 0; k--) {
            int[] mp = mentionPos.get(k);
            if (mp[0] >= before) {
                continue;
            }
            if (before - mp[0] > 1200) {
                return null;
            }
            if (mp[1] == SpeakerKind.ORGANIZATION.ordinal() && !Lexicon.PLACES.contains(lower(mentionName.get(k)))) {
                return mentionName.get(k);
            }
        }
        return null;
    }

    /** Index of the last name mention that starts before a char position, or -1. */
    private int mentionBefore(int pos) {
        int lo = 0, hi = mentionPos.size() - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionPos.get(mid)[0] < pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    private Speaker lastSpeaker(int before, boolean preferOrg) {
        for (int k = spoken.size() - 1; k >= 0 && k >= spoken.size() - 200; k--) {
            Stmt st = spoken.get(k);
            if (st.cs < before && st.sp != null && st.sp.name != null && st.sp.kind != null) {
                return st.sp;
            }
        }
        return null;
    }

    private Speaker resolvePronoun(String p, int ms, int me, String mention) {
        Speaker prev = lastSpeaker(ms, false);
        int lastPersonPos = -1;
        String lastPerson = null;
        int lastOrgPos = -1;
        String lastOrg = null;
        for (int k = mentionBefore(ms); k >= 0; k--) {
            int[] mp = mentionPos.get(k);
            if (mp[0] < ms - 20000) {
                break;
            }
            if (mp[0] >= ms) {
                continue;
            }
            if (lastPerson == null && mp[1] == SpeakerKind.PERSON.ordinal()) {
                lastPerson = mentionName.get(k);
                lastPersonPos = mp[0];
            }
            if (lastOrg == null && mp[1] == SpeakerKind.ORGANIZATION.ordinal()) {
                lastOrg = mentionName.get(k);
                lastOrgPos = mp[0];
            }
            if (lastPerson != null && lastOrg != null) {
                break;
            }
        }
        switch (p) {
            case "he", "she" -> {
                if (prev != null && prev.kind == SpeakerKind.PERSON && (lastPersonPos < 0 || prev.ms >= lastPersonPos
                        || ms - prev.ms < 600)) {
                    return new Speaker(ms, me, mention, prev.name, prev.kind, null);
                }
                if (prev != null && prev.kind == SpeakerKind.ORGANIZATION && prev.ms > lastPersonPos) {
                    return new Speaker(ms, me, mention, prev.name, prev.kind, null);
                }
                if (lastPerson != null) {
                    return new Speaker(ms, me, mention, lastPerson, SpeakerKind.PERSON, null);
                }
                return new Speaker(ms, me, mention, null, SpeakerKind.PERSON, null);
            }
            case "they" -> {
                if (prev != null && prev.kind != SpeakerKind.PERSON) {
                    return new Speaker(ms, me, mention, prev.name, prev.kind, null);
                }
                return new Speaker(ms, me, mention, null, SpeakerKind.GROUP, null);
            }
            case "it" -> {
                if (prev != null && prev.kind == SpeakerKind.ORGANIZATION) {
                    return new Speaker(ms, me, mention, prev.name, prev.kind, null);
                }
                if (lastOrg != null) {
                    return new Speaker(ms, me, mention, lastOrg, SpeakerKind.ORGANIZATION, null);
                }
                return new Speaker(ms, me, mention, null, SpeakerKind.ORGANIZATION, null);
            }
            default -> {
                return new Speaker(ms, me, mention, null, null, null);
            }
        }
    }

    private static Channel channelForNoun(String w) {
        return switch (w) {
            case "tweet", "tweets" -> Channel.TWEET;
            case "readout" -> Channel.READOUT;
            case "statement", "statements", "release", "communique", "announcement" -> Channel.STATEMENT;
            default -> Channel.OTHER;
        };
    }

    // ================================================================ complements

    /** Start of the reported content after cue token(s) ending at kEnd; -1 when there is none. */
    private int complementStart(int k, int kEnd, int se) {
        int i = kEnd + 1;
        if (i > se) {
            return -1;
        }
        if (Lexicon.ADDRESSEE_VERBS.contains(toks.get(k).low)) {
            // skip the addressee: "told CNN", "told reporters", "told him"
            int j = i;
            while (j <= se && toks.get(j).type == WORD && toks.get(j).qrole == OUT && j - i < 6
                    && !toks.get(j).low.equals("that") && !isCueTok(j)
                    && (toks.get(j).cap || j == i || Lexicon.DETERMINERS.contains(toks.get(j - 1).low)
                    || isNumber(toks.get(j).text) && toks.get(j - 1).cap
                    || toks.get(j - 1).cap && !toks.get(j).cap && toks.get(j).low.endsWith("s") == false && false)) {
                j++;
                if (j <= se && Lexicon.TIME_WORDS.contains(toks.get(j).low)) {
                    j++;
                }
            }
            i = j;
        }
        // adjuncts before "that"/":" ("said in a statement that", "said Monday that")
        if (i <= se && toks.get(i).type == WORD && (Lexicon.TIME_PREPS.contains(toks.get(i).low)
                || Lexicon.TIME_WORDS.contains(toks.get(i).low) || toks.get(i).low.equals("in")
                || toks.get(i).low.equals("on") || toks.get(i).low.equals("at") || toks.get(i).low.equals("during")
                || toks.get(i).low.equals("after") || toks.get(i).low.equals("via"))) {
            for (int j = i; j <= Math.min(se, i + 12); j++) {
                Tok t = toks.get(j);
                if (t.qrole != OUT) {
                    break;
                }
                if (t.low.equals("that") || t.text.equals(":")) {
                    i = j + 1;
                    break;
                }
                if (t.text.equals(",") && j + 1 <= se && (toks.get(j + 1).type == DQ)) {
                    i = j + 1;
                    break;
                }
            }
        }
        while (i <= se && (toks.get(i).low.equals("that") || toks.get(i).text.equals(":")
                || toks.get(i).text.equals(",") || toks.get(i).text.equals("\u2014"))) {
            i++;
        }
        if (i > se) {
            return -1;
        }
        Tok t = toks.get(i);
        if (t.type == PUNCT && isTerminal(t)) {
            return -1;
        }
        return i;
    }

    /** Last token of the reported content that starts at token from (inclusive), or -1. */
    private int complementEnd(int from, int se) {
        int end = se;
        // cut trailing ", according to X" / ", X said" / ", said X"
        for (int j = from + 1; j <= se; j++) {
            Tok t = toks.get(j);
            if (t.qrole != OUT) {
                continue;
            }
            if (t.text.equals(",") || t.text.equals(";") || t.text.equals("\u2014") || t.low.equals("though")
                    || t.low.equals("although") || t.low.equals("but") || t.low.equals("while")) {
                // is the rest an attribution tail or a new attributed clause?
                int m = j + 1;
                while (m <= se && m - j < 14 && toks.get(m).qrole == OUT && !isCueTok(m)
                        && !isTerminal(toks.get(m))) {
                    m++;
                }
                if (m <= se && m - j < 14 && toks.get(m).qrole == OUT && isCueTok(m)
                        && (isSpeech(m) || isAccording(m)) && !isParticiple(m)) {
                    end = j - 1;
                    break;
                }
            }
        }
        while (end >= from && (toks.get(end).type == PUNCT && !toks.get(end).text.equals(")")
                && toks.get(end).qrole == OUT)) {
            end--;
        }
        return end >= from ? end : -1;
    }

    // ================================================================ per sentence

    private int lastGroupSent = -10;
    private int lastGroup = -1;
    private boolean lastGroupIsQuote;
    private Speaker lastGroupSpeaker;
    private int lastGroupCue = -1;
    private TextSpanChars lastGroupCueSpan;

    record TextSpanChars(int s, int e) {
    }

    private void processSentence(int si) {
        int ss = sentStart[si], se = sentEnd[si];
        Tok first = toks.get(ss);
        if (first.covered) {
            return;
        }
        // quotes opening in this sentence
        List<Quote> qs = new ArrayList<>();
        for (int i = ss; i <= se; i++) {
            Tok t = toks.get(i);
            if (t.qrole == OPEN && t.q >= 0 && t.q < quotes.size() && quotes.get(t.q).open == i) {
                qs.add(quotes.get(t.q));
            }
        }
        // cues outside quotes
        List<Integer> cues = new ArrayList<>();
        for (int i = ss; i <= se; i++) {
            if (isCueTok(i)) {
                cues.add(i);
            }
        }
        Map<Integer, Integer> cueGroup = new HashMap<>();
        Map<Integer, Speaker> cueSpeaker = new HashMap<>();
        List<Integer> usedCues = new ArrayList<>();
        boolean sentenceHasQuoteStatement = false;

        for (Quote q : qs) {
            if (toks.get(q.open).covered) {
                continue;
            }
            if (q.single && !hasCueNear(q, ss, se)) {
                continue; // headline quotes are resolved at the end
            }
            int qEndTok = q.close >= 0 ? q.close : q.lastInner;
            int closeSent = toks.get(qEndTok).sent;
            int cse = closeSent >= 0 && closeSent < sentEnd.length ? sentEnd[closeSent] : se;
            int words = wordCount(q);
            boolean startsSentence = q.open == ss;
            int li = q.lastInner;
            while (li > q.open + 1 && (toks.get(li).type == SQ || toks.get(li).type == DQ)) {
                li--;
            }
            Tok lastInner = toks.get(li);
            boolean endsComma = lastInner.text.equals(",") || lastInner.text.equals("?") || lastInner.text.equals("!")
                    || lastInner.text.equals("\u2014") || lastInner.text.equals("-")
                    || (qEndTok + 1 <= cse && toks.get(qEndTok + 1).text.equals(","));

            Stmt st = new Stmt();
            st.cs = q.cs;
            st.ce = q.ce;
            st.ls = q.cs;
            st.le = q.ce;
            st.sent = si;
            int cue = -1;
            int[] subj = null;
            boolean coordinated = false;
            Speaker outerSpeaker = null;

            // (a) attribution after the quote: `"...," X said` / `"...," said X` / `"..." ― X`
            int after = qEndTok + 1;
            if (after <= cse && (toks.get(after).text.equals("\u2015") || toks.get(after).text.equals("\u2014"))
                    && after + 1 <= cse && toks.get(after + 1).cap && startsSentence) {
                int[] np = subjectAfter(after, cse);
                if (np != null) {
                    cue = after;
                    subj = np;
                }
            }
            if (cue < 0 && endsComma) {
                int j = after;
                if (j <= cse && toks.get(j).text.equals(",")) {
                    j++;
                }
                for (int m = j; m <= cse && m - j < 16; m++) {
                    Tok t = toks.get(m);
                    if (t.qrole != OUT || isTerminal(t) || NEW_CLAUSE.contains(t.low)) {
                        break; // `"A," but she said ...` starts a new clause: no attribution of A
                    }
                    if (isCueTok(m) && (isSpeech(m) || Lexicon.WEAK.contains(t.low)) && !isAccording(m)) {
                        if (m == j) {
                            subj = subjectAfter(m, cse);
                        } else {
                            subj = subjectBefore(m, j);
                            if (subj != null && subj[0] < 0) {
                                subj = null;
                            }
                        }
                        if (subj != null || m == j) {
                            cue = m;
                        }
                        break;
                    }
                }
            }
            if (cue < 0) {
                // `"A" to drive up the price, she said,`: a post-posed attribution later in the sentence
                for (int m = after; m <= cse && m - after < 40; m++) {
                    Tok t = toks.get(m);
                    if (t.qrole != OUT) {
                        break;
                    }
                    if (isCueTok(m) && isSpeech(m)) {
                        int[] sb = subjectBefore(m, after);
                        if (sb != null && sb[0] > after && toks.get(sb[0] - 1).text.equals(",")
                                && tailIsAdjunct(m, cse)) {
                            cue = m;
                            subj = sb;
                        }
                        break;
                    }
                }
            }
            boolean post = cue >= 0;
            // (b) attribution before the quote in the same sentence
            if (cue < 0) {
                int firstTok = q.open;
                for (int m = firstTok - 1; m >= ss; m--) {
                    if (toks.get(m).qrole != OUT) {
                        // an earlier quote in the sentence that has an attribution: share it
                        Tok t = toks.get(m);
                        if (t.qrole == CLOSE && t.q >= 0) {
                            continue;
                        }
                        continue;
                    }
                    if (isCueTok(m)) {
                        cue = m;
                        break;
                    }
                }
                if (cue >= 0 && !cueSpeaker.containsKey(cue)) {
                    int outer = outerCue(cue, ss, se);
                    if (outer != cue && cueSpeaker.containsKey(outer)) {
                        outerSpeaker = cueSpeaker.get(outer); // keep the quotes apart, but with that speaker
                    } else {
                        cue = outer;
                    }
                }
                if (cue >= 0 && outerSpeaker == null && !cueSpeaker.containsKey(cue) && isRelativeCharacterisation(cue)) {
                    // `Ban Ki-moon condemned what he called a "brazen breach"`: the main clause's subject
                    int[] main = sentenceSubject(ss, cue - 1);
                    if (main != null && main[1] < cue - 2) {
                        outerSpeaker = resolve(main[0], main[1]);
                    }
                }
                if (cue >= 0) {
                    if (cueSpeaker.containsKey(cue)) {
                        subj = null;
                    } else if (isAccording(cue)) {
                        subj = accordingNP(cue, se);
                    } else if (isParticiple(cue)) {
                        Tok before = toks.get(cue - 1);
                        if (cue - 1 > ss && before.type == WORD && before.qrole == OUT && before.cap
                                && !Lexicon.TIME_WORDS.contains(before.low) && !toks.get(cue - 2).text.equals(",")) {
                            subj = npEndingAt(cue - 1, ss); // `footage of Hillary Clinton asking, "..."`
                        }
                        coordinated = subj == null;
                    } else {
                        subj = subjectBefore(cue, ss);
                        if (subj != null && subj[0] < 0) {
                            coordinated = true;
                            subj = null;
                        }
                        if (subj == null && !coordinated && isSpeech(cue)) {
                            int[] inv = subjectAfter(cue, se);
                            if (inv != null && inv[1] < q.open && (inv[1] + 1 == q.open
                                    || toks.get(inv[1] + 1).type == PUNCT)) {
                                subj = inv;
                            }
                        }
                    }
                }
            }
            Speaker sp = null;
            if (outerSpeaker != null) {
                sp = outerSpeaker;
            } else if (cue >= 0 && cueSpeaker.containsKey(cue)) {
                sp = cueSpeaker.get(cue);
            } else if (subj != null) {
                sp = resolveSubject(subj);
            } else if (cue >= 0 && coordinated) {
                // participle or coordinated verb: the sentence subject, or the speaker of an earlier quote
                Speaker earlier = null;
                for (Integer c2 : cueSpeaker.keySet()) {
                    if (c2 < cue) {
                        earlier = cueSpeaker.get(c2);
                    }
                }
                int[] sub = subordinateSubject(cue, ss);
                if (sub != null) {
                    sp = resolve(sub[0], sub[1]);
                } else if (earlier != null) {
                    sp = earlier;
                } else {
                    int[] ssub = coordinatedSubject(cue, ss, se, qEndTok);
                    if (ssub != null) {
                        sp = resolve(ssub[0], ssub[1]);
                    }
                }
            }
            if (cue >= 0 && sp == null && isAccording(cue)) {
                // "according to" with nothing usable
                sp = null;
            }
            if (cue >= 0) {
                st.cueS = toks.get(cue).s;
                st.cueE = isAccording(cue) ? toks.get(cue + 1).e : toks.get(cue).e;
                int g = cueGroup.computeIfAbsent(cue, c -> groupCounter++);
                st.group = g;
                if (sp != null) {
                    cueSpeaker.put(cue, sp);
                }
                usedCues.add(cue);
                // kind and clause
                if (post && subj != null && subj[0] > qEndTok + 3 && toks.get(subj[0] - 1).text.equals(",")) {
                    st.kind = StatementKind.PARTIAL;
                    st.ls = toks.get(ss).s;
                    st.le = Math.max(q.ce, toks.get(subj[0] - 2).e);
                } else if (post) {
                    if (startsSentence || toks.get(q.open - 1).text.equals(":")) {
                        st.kind = StatementKind.DIRECT;
                    } else {
                        st.kind = StatementKind.PARTIAL;
                        int cs0 = clauseStartBefore(q.open, ss);
                        st.ls = toks.get(cs0).s;
                    }
                } else {
                    int from = isAccording(cue) ? -1 : complementStart(cue, cue, se);
                    if (isAccording(cue)) {
                        int[] np = accordingNP(cue, se);
                        int afterNp = np == null ? cue + 2 : np[1] + 1;
                        if (afterNp <= se && toks.get(afterNp).text.equals(",")) {
                            afterNp++;
                        }
                        from = afterNp <= q.open ? afterNp : q.open;
                        if (cue > ss + 2) {
                            from = ss; // "X, according to Y" with the quote before
                        }
                    }
                    if (from >= 0 && from == q.open && Character.isUpperCase(firstLetter(q))) {
                        st.kind = StatementKind.DIRECT;
                    } else if (from >= 0 && from <= q.open) {
                        st.kind = StatementKind.PARTIAL;
                        st.ls = toks.get(from).s;
                        int end = complementEnd(from, se);
                        if (end >= 0 && toks.get(end).e >= q.ce) {
                            st.le = toks.get(end).e;
                        }
                    } else {
                        st.kind = words >= 8 && Character.isUpperCase(firstLetter(q)) ? StatementKind.DIRECT
                                : StatementKind.PARTIAL;
                    }
                }
                st.conf = (isSpeech(cue) || isAccording(cue) ? 0.9 : 0.7) * (sp == null || sp.name == null ? 0.6 : 1.0);
            } else {
                int intro = startsSentence ? colonIntroCue(si) : -1;
                int[] introSubj = intro >= 0 ? subjectBefore(intro, sentStart[si - 1]) : null;
                Speaker introSp = introSubj != null && introSubj[0] >= 0 ? resolve(introSubj[0], introSubj[1]) : null;
                // (c) a quote continuing the previous attribution: `"A," he said. "B."`
                if (introSp != null) {
                    // (c0) `Caddell continued:` closing the paragraph before: it introduces this quote
                    sp = introSp;
                    st.group = groupCounter++;
                    st.kind = StatementKind.DIRECT;
                    st.conf = isSpeech(intro) ? 0.85 : 0.7;
                    st.cueS = toks.get(intro).s;
                    st.cueE = toks.get(intro).e;
                } else if (startsSentence && lastGroup >= 0 && lastGroupSpeaker != null
                        && (si - lastGroupSent <= 1 || si - lastGroupSent <= 3 && paraGap(si) <= 1)) {
                    sp = lastGroupSpeaker;
                    st.group = lastGroup;
                    st.kind = StatementKind.DIRECT;
                    st.conf = 0.75;
                    if (lastGroupCueSpan != null) {
                        st.cueS = lastGroupCueSpan.s();
                        st.cueE = lastGroupCueSpan.e();
                    }
                    st.sp = sp;
                    if (!lastGroupIsQuote) {
                        st.group = groupCounter++;
                    }
                } else if (words >= 4) {
                    // (d) fallback: the subject of the sentence, else the last speaker nearby
                    int[] ssub = startsSentence ? null : sentenceSubject(ss, q.open - 1);
                    if (ssub != null) {
                        sp = resolve(ssub[0], ssub[1]);
                        st.kind = StatementKind.PARTIAL;
                        st.conf = 0.45;
                    } else {
                        Speaker prev = lastSpeaker(q.cs, false);
                        if (prev != null && startsSentence && lastGroupSent >= si - 4) {
                            sp = new Speaker(prev.ms, prev.me, prev.mention, prev.name, prev.kind, null);
                            st.conf = 0.4;
                        } else {
                            sp = null;
                            st.conf = 0.3;
                        }
                        st.kind = startsSentence ? StatementKind.DIRECT : StatementKind.PARTIAL;
                    }
                    st.group = groupCounter++;
                } else {
                    continue; // short quote without attribution: scare quotes, titles
                }
            }
            st.sp = sp;
            fillChannelVia(st, ss, cse, cue);
            out.add(st);
            sentenceHasQuoteStatement = true;
            lastGroup = st.group;
            lastGroupIsQuote = true;
            lastGroupSent = toks.get(qEndTok).sent;
            if (sp != null) {
                lastGroupSpeaker = sp;
            }
            lastGroupCueSpan = st.cueS >= 0 ? new TextSpanChars(st.cueS, st.cueE) : null;
        }

        // indirect speech: cues not used by a quote
        for (int cue : cues) {
            if (usedCues.contains(cue)) {
                continue;
            }
            try {
                indirect(cue, ss, se, sentenceHasQuoteStatement, cues);
            } catch (RuntimeException ex) {
                // skip
            }
        }
    }

    /**
     * The subject a participle or a coordinated verb hangs on: that of the subordinate clause it continues
     * (`... after she attacked the police and blamed "..."`), else the sentence subject, which for a sentence
     * opening with a subordinate clause comes after it (`After saying "...," she was taken to hospital`).
     */
    private int[] coordinatedSubject(int cue, int ss, int se, int quoteEnd) {
        int[] sub = subordinateSubject(cue, ss);
        if (sub != null) {
            return sub;
        }
        Tok first = toks.get(ss);
        if (first.type == WORD && SUBORDINATORS.contains(first.low)) {
            int[] after = sentenceSubject(ss, se);
            if (after != null && after[0] > quoteEnd) {
                return after;
            }
        }
        return sentenceSubject(ss, cue - 1);
    }

    /** The subject of the subordinate clause a coordinated verb continues: `after she attacked X and blamed`. */
    private int[] subordinateSubject(int cue, int ss) {
        for (int m = cue - 1; m > ss && cue - m < 25; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.text.equals(",") || t.text.equals(";")) {
                break;
            }
            if (t.type == WORD && SUBORDINATORS.contains(t.low) && m + 1 < cue) {
                Tok n = toks.get(m + 1);
                if (n.type == WORD && n.qrole == OUT && (Lexicon.SUBJECT_PRONOUNS.contains(n.low) || n.cap)) {
                    return sentenceSubject(m + 1, cue - 1);
                }
                return null;
            }
        }
        return null;
    }

    /** Words that open a new clause after a quote, so that a cue after them is not the quote's attribution. */
    private static final Set<String> NEW_CLAUSE = Lexicon.words(
            "but though although while whereas because when after before since until unless if");

    /**
     * `Ditto said she expects the campaign "to ..."`, `Clinton says she appreciated what she calls a "war"`: when the
     * cue nearest a quote sits in the reported clause of an earlier verb of saying, the quote belongs to that outer
     * attribution (the inner one repeats its speaker as a pronoun, or only characterises). Returns the outer cue, or
     * {@code cue} itself.
     */
    private int outerCue(int cue, int ss, int se) {
        if (isAccording(cue) || isParticiple(cue)) {
            return cue; // a participle already hangs on the main clause
        }
        int[] inner = subjectBefore(cue, ss);
        if (inner != null && inner[0] < 0) {
            return cue; // coordinated: already the main clause's subject
        }
        boolean innerPronoun = inner != null && inner[0] == inner[1]
                && Lexicon.SUBJECT_PRONOUNS.contains(toks.get(inner[0]).low);
        if (isSpeech(cue) && inner != null && !innerPronoun) {
            return cue; // `X said Y told him "..."`: Y is a speaker in their own right
        }
        for (int m = cue - 1; m >= ss && cue - m < 40; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.text.equals(";") || isTerminal(t)) {
                return cue;
            }
            if (isCueTok(m) && isSpeech(m) && !isParticiple(m)) {
                int from = complementStart(m, m, se);
                int innerStart = inner == null ? cue : inner[0];
                int[] outerSubj = subjectBefore(m, ss);
                if (from > m && from <= innerStart && outerSubj != null) {
                    return m;
                }
                return cue;
            }
        }
        return cue;
    }

    /** A cue in the sentence before si when that sentence ends with a colon closing its paragraph, or -1. */
    private int colonIntroCue(int si) {
        if (si == 0) {
            return -1;
        }
        int ps = sentStart[si - 1], pe = sentEnd[si - 1];
        if (!toks.get(pe).text.equals(":") || toks.get(pe).qrole != OUT || toks.get(pe).covered
                || toks.get(sentStart[si]).para - toks.get(pe).para != 1) {
            return -1;
        }
        for (int m = pe - 1; m >= ps && pe - m < 12; m--) {
            if (toks.get(m).qrole != OUT) {
                return -1;
            }
            if (isCueTok(m) && !isParticiple(m) && !isAccording(m)) {
                return m;
            }
        }
        return -1;
    }

    private int paraGap(int si) {
        if (lastGroupSent < 0 || lastGroupSent >= sentStart.length) {
            return 99;
        }
        return toks.get(sentStart[si]).para - toks.get(sentStart[lastGroupSent]).para;
    }

    private boolean hasCueNear(Quote q, int ss, int se) {
        for (int i = ss; i <= se; i++) {
            if (isCueTok(i) && isSpeech(i)) {
                return true;
            }
        }
        return false;
    }

    private char firstLetter(Quote q) {
        for (int i = q.cs; i < q.ce; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return c;
            }
        }
        return 'a';
    }

    private int wordCount(Quote q) {
        int c = 0;
        int end = q.close >= 0 ? q.close : q.lastInner + 1;
        for (int i = q.open + 1; i < end && i < toks.size(); i++) {
            if (toks.get(i).type == WORD) {
                c++;
            }
        }
        return c;
    }

    /** Start of the clause a mid-sentence quote belongs to (for `X were expected to "...," the army said`). */
    private int clauseStartBefore(int open, int ss) {
        return ss;
    }

    private int[] accordingNP(int cue, int se) {
        int i = cue + 2;
        int j = i;
        while (j <= se && toks.get(j).qrole == OUT && !toks.get(j).text.equals(",") && !isTerminal(toks.get(j))
                && !toks.get(j).text.equals(";") && !toks.get(j).text.equals(")") && j - i < 15) {
            j++;
        }
        if (j - 1 < i) {
            return null;
        }
        return new int[]{i, j - 1};
    }

    static final Set<String> WEAK_INDIRECT = Lexicon.words(System.getProperty("weak.indirect",
            "believes believe believed thinks think thought feels felt knows estimated estimates concluded concludes found showed shows expects expected worries worried fears feared denied denies wants wanted hopes hoped called calls accused criticized praised blamed condemned denounced rejected dismissed defended disputed cited supports backs backed endorsed endorses opposes opposed plans"));

    private void indirect(int cue, int ss, int se, boolean sentHasQuote, List<Integer> cues) {
        Tok ct = toks.get(cue);
        boolean speech = isSpeech(cue);
        boolean according = isAccording(cue);
        boolean participle = isParticiple(cue);
        boolean weak = !speech && !according && !participle;
        if (weak && !WEAK_INDIRECT.contains(ct.low)) {
            return; // other weak cues only attach quotes
        }
        Stmt st = new Stmt();
        st.kind = StatementKind.INDIRECT;
        st.sent = toks.get(cue).sent;
        Speaker sp = null;
        int from, to;
        if (according) {
            int[] np = accordingNP(cue, se);
            if (np == null) {
                return;
            }
            if (cue == ss || cue <= ss + 1) {
                from = np[1] + 1;
                while (from <= se && toks.get(from).text.equals(",")) {
                    from++;
                }
                to = complementEnd(from, se);
            } else if (toks.get(cue - 1).text.equals(",")) {
                from = ss;
                to = cue - 2;
                while (to >= from && toks.get(to).type == PUNCT) {
                    to--;
                }
            } else {
                return;
            }
            // when the sentence has its own speech verb with a subject, "according to" is only the channel
            for (int c2 : cues) {
                if (c2 != cue && isSpeech(c2)) {
                    return;
                }
            }
            sp = resolve(np[0], np[1]);
            st.cueS = ct.s;
            st.cueE = toks.get(cue + 1).e;
        } else {
            int[] subj = participle ? null : subjectBefore(cue, ss);
            boolean postposed = false;
            int[] pp = participle ? null : postposedSubject(cue, ss, se);
            if (pp != null) {
                subj = pp;
            }
            if (subj != null && subj[0] >= 0 && subj[0] > ss + 2 && toks.get(subj[0] - 1).text.equals(",")) {
                postposed = tailIsAdjunct(cue, se);
            }
            if (subj == null && !participle && cue > ss + 2 && toks.get(cue - 1).text.equals(",")) {
                // "CLAUSE, said X."
                int[] inv = subjectAfter(cue, se);
                if (inv != null && tailIsAdjunct(inv[1], se)) {
                    subj = inv;
                    postposed = true;
                }
            }
            if (postposed) {
                from = ss;
                int comma = Math.min(subj[0], cue) - 1;
                to = comma - 1;
                while (to >= from && toks.get(to).type == PUNCT) {
                    to--;
                }
                // the content must not itself start with an attribution
                if (toks.get(from).qrole != OUT) {
                    return;
                }
            } else {
                from = complementStart(cue, cue, se);
                if (from < 0) {
                    return;
                }
                to = complementEnd(from, se);
            }
            if (subj == null) {
                if (participle || (subjectBefore(cue, ss) != null && subjectBefore(cue, ss)[0] < 0)) {
                    Speaker earlier = null;
                    for (int k = out.size() - 1; k >= 0; k--) {
                        if (out.get(k).sent == st.sent && out.get(k).sp != null) {
                            earlier = out.get(k).sp;
                            break;
                        }
                    }
                    if (earlier != null) {
                        sp = earlier;
                    } else {
                        int[] ssub = sentenceSubject(ss, cue - 1);
                        if (ssub == null) {
                            return;
                        }
                        sp = resolve(ssub[0], ssub[1]);
                    }
                } else {
                    return;
                }
            } else {
                sp = resolveSubject(subj);
            }
            st.cueS = ct.s;
            st.cueE = ct.e;
        }
        if (from < 0 || to < from || from > se) {
            return;
        }
        int wc = 0;
        for (int i = from; i <= to; i++) {
            if (toks.get(i).type == WORD) {
                wc++;
            }
            if (toks.get(i).qrole != OUT && sentHasQuote) {
                return; // the quote statement already covers it
            }
        }
        if (wc < 3) {
            return;
        }
        if (sp == null) {
            return;
        }
        st.cs = toks.get(from).s;
        st.ce = toks.get(to).e;
        st.ls = st.cs;
        st.le = st.ce;
        st.sp = sp;
        st.group = groupCounter++;
        st.conf = (speech || according ? 0.6 : 0.5) * (sp.name == null ? 0.6 : 1.0);
        fillChannelVia(st, ss, se, cue);
        out.add(st);
        if (toks.get(to).sent == toks.get(se).sent) {
            lastGroup = st.group;
            lastGroupIsQuote = false;
            lastGroupSent = st.sent;
            lastGroupSpeaker = sp;
            lastGroupCueSpan = new TextSpanChars(st.cueS, st.cueE);
        }
    }

    /** `CLAUSE, a US official with knowledge of the incident told CNN Monday.`: the noun phrase between a comma and the cue. */
    private int[] postposedSubject(int cue, int ss, int se) {
        if (!tailIsAdjunct(cue, se)) {
            return null;
        }
        for (int m = cue - 1; m > ss + 2 && cue - m <= 14; m--) {
            Tok t = toks.get(m);
            if (t.qrole != OUT) {
                return null;
            }
            if (t.type == PUNCT && t.text.equals(",")) {
                if (m == cue - 1) {
                    return null;
                }
                Tok f = toks.get(m + 1);
                if (f.type == WORD && (f.cap || Lexicon.DETERMINERS.contains(f.low) || isNumber(f.text))) {
                    int end = cue - 1;
                    while (end > m + 1 && Lexicon.ADVERBS_AUX.contains(toks.get(end).low)) {
                        end--;
                    }
                    return new int[]{m + 1, end};
                }
                return null;
            }
            if (t.type != WORD || isCueTok(m) || t.low.equals("that") || t.low.equals("which")
                    || t.low.equals("and") || t.low.equals("but") || t.low.equals("who")) {
                return null;
            }
        }
        return null;
    }

    /** True when what follows the speaker (up to the sentence end) is only an adjunct: "on Monday", "in a statement". */
    private boolean tailIsAdjunct(int k, int se) {
        int m = k + 1;
        int count = 0;
        if (m + 1 <= se && toks.get(m).text.equals(",") && toks.get(m + 1).type == WORD
                && toks.get(m + 1).qrole == OUT && toks.get(m + 1).low.endsWith("ing") && !toks.get(m + 1).cap) {
            return true; // `..., she said, referencing the bank's drive to "cross-sell"`: a participial tail
        }
        if (m <= se && !isTerminal(toks.get(m))) {
            Tok f = toks.get(m);
            boolean ok = f.type == PUNCT && (f.text.equals(",") || f.text.equals("(") || f.text.equals(")"))
                    || f.type == WORD && (Lexicon.PREPOSITIONS.contains(f.low) || Lexicon.TIME_WORDS.contains(f.low)
                    || Lexicon.TIME_PREPS.contains(f.low) || Lexicon.ADVERBS_AUX.contains(f.low)
                    || f.low.endsWith("ly") || f.low.equals("according") || f.low.equals("citing")
                    || Lexicon.PARTICIPLE.contains(f.low) || Lexicon.ADDRESSEE_VERBS.contains(toks.get(k).low)
                    && (f.cap || f.low.equals("reporters") || Lexicon.DETERMINERS.contains(f.low)
                    || f.low.equals("him") || f.low.equals("her") || f.low.equals("them") || f.low.equals("us")));
            if (!ok) {
                return false;
            }
        }
        while (m <= se && !isTerminal(toks.get(m))) {
            Tok t = toks.get(m);
            if (t.qrole != OUT || t.low.equals("that")) {
                return false;
            }
            count++;
            m++;
        }
        return count <= 14;
    }

    private void labelStatement(int p) {
        int[] lp = labelParas.get(p);
        int size = toks.size();
        int from = lp[2] + 1;
        int to = from;
        while (to + 1 < size && toks.get(to + 1).para == p) {
            to++;
        }
        while (to > from && (toks.get(to).type == DQ || toks.get(to).type == SQ)) {
            to--;
        }
        if (from > to) {
            return;
        }
        Stmt st = new Stmt();
        st.kind = StatementKind.DIRECT;
        st.cs = toks.get(from).s;
        st.ce = toks.get(to).e;
        st.ls = st.cs;
        st.le = st.ce;
        st.cueS = toks.get(lp[2]).s;
        st.cueE = toks.get(lp[2]).e;
        st.sp = resolveLabel(lp[0], lp[1]);
        st.group = groupCounter++;
        st.conf = 0.7;
        st.sent = toks.get(from).sent;
        out.add(st);
    }

    private Speaker resolveLabel(int a, int b) {
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = s.substring(ms, me);
        String key = mention.length() > 1 ? mention.charAt(0) + lower(mention.substring(1)) : mention;
        String name = key;
        if (lastNameToFull.containsKey(key)) {
            name = lastNameToFull.get(key);
        } else {
            Name nm = classify(a, b);
            if (nm != null && nm.canonical != null && !nm.canonical.equals(mention)) {
                name = nm.canonical;
            }
        }
        return new Speaker(ms, me, mention, name, SpeakerKind.PERSON, null);
    }

    // ================================================================ channel and via

    private void fillChannelVia(Stmt st, int ss, int se, int cue) {
        Channel ch = st.sp != null ? st.sp.channel : null;
        String via = null;
        int pri = ch == null ? 99 : priority(ch);
        for (int i = ss; i <= se; i++) {
            Tok t = toks.get(i);
            if (t.qrole != OUT || t.type != WORD) {
                continue;
            }
            if (t.s >= st.ls && t.e <= st.le && st.kind == StatementKind.INDIRECT) {
                continue; // inside the reported clause
            }
            if (t.s >= st.cs && t.e <= st.ce) {
                continue;
            }
            Channel c = null;
            String w = t.low;
            String nx = i + 1 <= se ? toks.get(i + 1).low : "";
            switch (w) {
                case "readout" -> c = Channel.READOUT;
                case "statement", "release", "communique" -> c = Channel.STATEMENT;
                case "tweet", "tweeted", "twitter", "tweets", "tweeting" -> c = Channel.TWEET;
                case "conference", "briefing" -> c = Channel.PRESS_CONFERENCE;
                case "interview", "interviews" -> c = Channel.INTERVIEW;
                case "phone", "telephone", "call" -> c = Channel.PHONE_CALL;
                case "speech", "rally", "address", "remarks" -> c = Channel.SPEECH;
                case "email", "letter", "facebook", "instagram", "blog", "op-ed", "memo", "post" -> c = Channel.OTHER;
                default -> {
                }
            }
            if (w.equals("conference") && !(i > ss && (toks.get(i - 1).low.equals("press")
                    || toks.get(i - 1).low.equals("news")))) {
                c = null;
            }
            if (w.equals("call") && !(i > ss && (toks.get(i - 1).low.equals("phone")
                    || toks.get(i - 1).low.equals("the") || toks.get(i - 1).low.equals("a")))) {
                c = null;
            }
            if (w.equals("address") && !(i > ss && Lexicon.DETERMINERS.contains(toks.get(i - 1).low))) {
                c = null;
            }
            if (c != null && priority(c) < pri) {
                ch = c;
                pri = priority(c);
            }
            // via: according to X (not the speaker)
            if (w.equals("according") && nx.equals("to")) {
                int[] np = accordingNP(i, se);
                if (np != null && (st.sp == null || st.sp.ms < 0 || toks.get(np[0]).s != st.sp.ms)) {
                    via = s.substring(toks.get(np[0]).s, toks.get(np[1]).e);
                    String vl = lower(via);
                    if (vl.contains("readout")) {
                        ch = Channel.READOUT;
                        pri = 0;
                    } else if (vl.contains("statement") && pri > 1) {
                        ch = Channel.STATEMENT;
                        pri = 1;
                    }
                }
            }
            // told CNN / told The Washington Post
            if (i == cue && Lexicon.ADDRESSEE_VERBS.contains(w) && i + 1 <= se) {
                int a = i + 1;
                int b = a;
                while (b + 1 <= se && (toks.get(b + 1).cap || isNumber(toks.get(b + 1).text))
                        && toks.get(b + 1).type == WORD && toks.get(b + 1).qrole == OUT) {
                    b++;
                }
                if (toks.get(a).cap || toks.get(a).low.equals("the") && a + 1 <= se && toks.get(a + 1).cap) {
                    String cand = s.substring(toks.get(a).s, toks.get(b).e);
                    if (isMedia(a, b)) {
                        via = cand;
                        if (pri > 4) {
                            ch = Channel.INTERVIEW;
                            pri = 4;
                        }
                    }
                }
            }
            // "..., RIA reported."
            if (w.equals("reported") && i > ss && toks.get(i - 1).cap && via == null && i != cue) {
                int[] np = npEndingAt(i - 1, ss);
                if (np != null) {
                    via = s.substring(toks.get(np[0]).s, toks.get(np[1]).e);
                }
            }
        }
        st.channel = ch;
        st.via = via;
    }

    private boolean isMedia(int a, int b) {
        for (int k = a; k <= b; k++) {
            String w = lower(stripPossessive(toks.get(k).text));
            if (Lexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return a == b && isAcronym(toks.get(a).text);
    }

    private static int priority(Channel c) {
        return switch (c) {
            case READOUT -> 0;
            case STATEMENT -> 1;
            case TWEET -> 2;
            case PRESS_CONFERENCE -> 3;
            case INTERVIEW -> 4;
            case PHONE_CALL -> 5;
            case SPEECH -> 6;
            case OTHER -> 7;
        };
    }

    // ================================================================ headline quotes

    /** A quote in a headline gets the speaker of the body sentence that says the same thing. */
    private void headlineQuotes() {
        int budget = 20;
        for (Quote q : quotes) {
            if (!q.single || toks.get(q.open).covered) {
                continue;
            }
            if (budget-- <= 0) {
                break;
            }
            boolean done = false;
            for (Stmt st : out) {
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
            if (qw.size() < 2) {
                continue;
            }
            Stmt best = null;
            double bestScore = 0;
            int seen = 0;
            for (Stmt st : out) {
                if (st.sp == null || st.sp.name == null || st.cs <= q.ce) {
                    continue;
                }
                if (++seen > 300) {
                    break;
                }
                int ss = sentStart[st.sent], se = sentEnd[st.sent];
                int hits = 0;
                for (String w : qw) {
                    for (int i = ss; i <= se; i++) {
                        Tok t = toks.get(i);
                        if (t.type == WORD && prefixMatch(w, t.low.replace("-", ""))) {
                            hits++;
                            break;
                        }
                    }
                }
                int insideHits = 0;
                for (String w : inside) {
                    for (int i = ss; i <= se; i++) {
                        Tok t = toks.get(i);
                        if (t.type == WORD && prefixMatch(w, t.low.replace("-", ""))) {
                            insideHits++;
                            break;
                        }
                    }
                }
                double score = hits / (double) qw.size()
                        + (inside.isEmpty() ? 0 : 0.5 * insideHits / (double) inside.size());
                if (score > bestScore) {
                    bestScore = score;
                    best = st;
                }
            }
            if (best != null && bestScore >= 0.6) {
                Stmt st = new Stmt();
                st.kind = StatementKind.PARTIAL;
                st.cs = q.cs;
                st.ce = q.ce;
                st.ls = q.cs;
                st.le = q.ce;
                st.sp = new Speaker(best.sp.ms, best.sp.me, best.sp.mention, best.sp.name, best.sp.kind, null);
                st.cueS = best.cueS;
                st.cueE = best.cueE;
                st.group = groupCounter++;
                st.conf = 0.5;
                st.sent = toks.get(q.open).sent;
                st.channel = best.channel;
                st.via = best.via;
                out.add(st);
            }
        }
    }

    private static boolean prefixMatch(String a, String b) {
        int k = Math.min(5, Math.min(a.length(), b.length()));
        if (k < 3) {
            return a.equals(b);
        }
        return a.regionMatches(0, b, 0, k) && Math.abs(a.length() - b.length()) <= 4;
    }

    String text() {
        return s;
    }
}
