package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** Channel (tweet, statement, interview, ...) and intermediary ("according to X", "told CNN") of a statement. */
final class ChannelVia {
    private static final Set<String> WEEKDAYS = Lexicon.words("monday tuesday wednesday thursday friday saturday sunday");
    /** Lower-case nouns that introduce an outlet's name: `told the broadcaster ZDF`, `the German daily Bild`. */
    private static final Set<String> MEDIA_NOUNS = Lexicon.words("""
            broadcaster newspaper daily weekly magazine channel station network agency outlet tabloid website""");

    /**
     * Every word {@link #fillChannelVia} acts on: the channel nouns and verbs of its switch, `according`, `reported`
     * and the verbs whose object is the addressee. Any other token is skipped with one bit test.
     */
    static final Set<String> CHANNEL_WORDS = Lexicon.words("""
            readout statement release communique tweet tweeted twitter tweets tweeting conference briefing interview
            interviews phone telephone call speech rally address remarks email letter facebook instagram telegram blog
            op-ed memo post according reported""");

    static {
        CHANNEL_WORDS.addAll(Lexicon.ADDRESSEE_VERBS);
    }

    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    private final Subjects subjects;
    private final Complements complements;

    ChannelVia(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.subjects = d.subjects;
        this.complements = d.complements;
    }

    void fillChannelVia(Stmt st, int ss, int se, int cue) {
        Channel ch = st.sp != null ? st.sp.channel() : null;
        String via = null;
        int pri = ch == null ? 99 : priority(ch);
        for (int i = ss; i <= se; i++) {
            Tok t = toks.get(i);
            if (t.qrole != OUT || t.type != WORD || !t.has(WordBits.CHANNEL_WORD)) {
                continue; // the words below act on nothing else
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
                // names38: Telegram, where ministries and militaries post, is a medium like Facebook
                case "email", "letter", "facebook", "instagram", "telegram", "blog", "op-ed", "memo", "post" -> c = Channel.OTHER;
                default -> {
                }
            }
            if (w.equals("telegram") && !t.cap) {
                c = null; // a telegram is a cable; the medium is the capitalised platform
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
                int[] np = complements.accordingNP(i, se);
                if (np != null && (st.sp == null || st.sp.ms() < 0 || toks.get(np[0]).s != st.sp.ms())) {
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
            // in an interview with the Berliner Zeitung: the outlet that interviewed the speaker
            if (w.equals("interview") && nx.equals("with") && via == null) {
                int[] outlet = outletAt(i + 2, se, false);
                if (outlet != null) {
                    via = s.substring(toks.get(outlet[0]).s, toks.get(outlet[1]).e);
                }
            }
            // told CNN / told The Washington Post / told the broadcaster ZDF
            if (i == cue && Lexicon.ADDRESSEE_VERBS.contains(w) && i + 1 <= se) {
                int[] described = outletAt(i + 1, se, true);
                if (described != null) {
                    via = s.substring(toks.get(described[0]).s, toks.get(described[1]).e);
                    if (pri > 4) {
                        ch = Channel.INTERVIEW;
                        pri = 4;
                    }
                    continue;
                }
                int a = i + 1;
                int b = a;
                while (b + 1 <= se && (toks.get(b + 1).cap || isNumber(toks.get(b + 1).text))
                        && toks.get(b + 1).type == WORD && toks.get(b + 1).qrole == OUT
                        && !WEEKDAYS.contains(toks.get(b + 1).low)) { // `told CNN Monday`: CNN (not `NBC's Today`)
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
                int[] np = subjects.npEndingAt(i - 1, ss);
                if (np != null) {
                    via = s.substring(toks.get(np[0]).s, toks.get(np[1]).e);
                }
            }
        }
        st.channel = ch;
        st.via = via;
    }

    /**
     * The news outlet named from {@code at} on: after a media noun (`the broadcaster ZDF`, `the German daily Bild`),
     * or, unless {@code afterNounOnly}, a name with a media word (`CNN`, `the Berliner Zeitung`) with its article;
     * null for anything else (`French television`, `CNN's` before a lower-case word, a person).
     */
    private int[] outletAt(int at, int se, boolean afterNounOnly) {
        int a = at;
        while (a <= se && Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            a++;
        }
        int noun = -1;
        for (int k = a; k <= se && k - a < 4 && toks.get(k).type == WORD && toks.get(k).qrole == OUT; k++) {
            if (!toks.get(k).cap && MEDIA_NOUNS.contains(toks.get(k).low)) {
                noun = k;
                break;
            }
        }
        if (noun < 0 && afterNounOnly) {
            return null;
        }
        int from = noun >= 0 ? noun + 1 : a;
        if (from > se || !toks.get(from).cap || toks.get(from).type != WORD || toks.get(from).qrole != OUT
                || Lexicon.TIME_WORDS.contains(toks.get(from).low)) {
            return null;
        }
        int b = from;
        while (b + 1 <= se && toks.get(b + 1).cap && toks.get(b + 1).type == WORD && toks.get(b + 1).qrole == OUT
                && !Lexicon.TIME_WORDS.contains(toks.get(b + 1).low) && !endsWithPossessive(toks.get(b))) {
            b++;
        }
        if (endsWithPossessive(toks.get(b)) || noun < 0 && !isMedia(from, b)) {
            return null;
        }
        return new int[]{noun < 0 && from > at ? from - 1 : from, b}; // `the Berliner Zeitung` keeps its article
    }

    boolean isMedia(int a, int b) {
        for (int k = a; k <= b; k++) {
            String w = lower(stripPossessive(toks.get(k).text));
            if (Lexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return a == b && isAcronym(toks.get(a).text);
    }

    /**
     * Rule platform-x (session names34): `wrote on X`, `a post by the minister on X`, `posted to X`: the lone capital
     * `X` after `on` or `to` is the platform once called Twitter, no one's name.
     */
    static boolean platformX(List<Tok> toks, int a, int b) {
        if (a != b || a == 0 || !toks.get(a).text.equals("X")) {
            return false;
        }
        String before = toks.get(a - 1).low;
        return before.equals("on") || before.equals("to") || before.equals("via");
    }

    private static final Set<String> PLATFORMS = Lexicon.words("twitter facebook telegram instagram tiktok");

    /** `on X`, `on Telegram` ending at {@code k}: where someone posted, after the poster (rule platform-x). */
    static boolean onPlatform(List<Tok> toks, int k) {
        return k > 0 && toks.get(k - 1).low.equals("on")
                && (platformX(toks, k, k) || toks.get(k).cap && PLATFORMS.contains(toks.get(k).low));
    }
}
