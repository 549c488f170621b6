package io.statements.extraction.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session names35, rule tweet-signature: an embedded post keeps the signature line web pages print under it,
 * `<post words> — Jane Roe (@janeroe) May 3, 2016`. The words before the signature are the signer's statement, with
 * or without quotation marks: nobody else's cue introduces them, so no sieve found them. The post starts after the
 * embed's opening tag (`<tweet ...>`) or at its paragraph; a trailing picture or short link and a newsletter banner
 * the page pasted in are no words of the post.
 */
final class TweetSignatures {

    static final String NAME = "tweet-signature";

    /** `— Name (@handle) Month D, YYYY`: a dash, a name of at most 60 characters, the handle, the date. */
    private static final Pattern SIGNATURE = Pattern.compile("[\u2014\u2013] ?([^\u2014\u2013()<>\\n]{1,60}?) "
            + "\\(@\\w{1,30}\\) (?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December) \\d{1,2}, \\d{4}");
    /** What a page pastes after the post's words: picture and short links, a newsletter banner. */
    private static final Pattern TRAILER = Pattern.compile("(?:\\s+(?:pic\\.twitter\\.com/\\S+|https?://\\S+"
            + "|SIGN UP FOR OUR NEWSLETTER))+\\s*$");
    /** A post is short; a longer stretch back to the tag or paragraph start is prose, not one post. */
    private static final int MAX_POST_CHARS = 400;

    private final Doc d;

    TweetSignatures(Doc d) {
        this.d = d;
    }

    void signedPosts() {
        if (d.s.indexOf("(@") < 0) {
            return; // no handle in the text: no signature line (most articles), and no regex scan
        }
        Matcher m = SIGNATURE.matcher(d.s);
        while (m.find()) {
            int from = Math.max(d.s.lastIndexOf('>', m.start()), d.s.lastIndexOf('\n', m.start())) + 1;
            if (m.start() - from > MAX_POST_CHARS) {
                continue;
            }
            String post = d.s.substring(from, m.start());
            Matcher trailer = TRAILER.matcher(post);
            int end = from + (trailer.find() ? trailer.start() : post.length());
            while (end > from && Character.isWhitespace(d.s.charAt(end - 1))) {
                end--;
            }
            while (from < end && Character.isWhitespace(d.s.charAt(from))) {
                from++;
            }
            if (end - from < 2 || !coversNothing(from, end)) {
                continue;
            }
            add(from, end, m);
        }
    }

    /** A post another rule already attributed (a quoted post with its own cue) keeps that statement. */
    private boolean coversNothing(int from, int end) {
        for (Stmt o : d.out) {
            if (o.cs <= from && end <= o.ce) {
                return false;
            }
        }
        return true;
    }

    /** Quoted words in a post: a mark that opens at a word's start and closes at its end (not `He's`). */
    private static final Pattern QUOTED = Pattern.compile("(?<![\\w])[\u201C\"\u2018'][^\u201C\u201D\"\u2018\u2019']{2,120}[\u201D\"\u2019'](?![\\w])");
    /** Verbs by which a post reports what someone said: `X decries`, `X denounced ... as`, `X says`. */
    private static final java.util.Set<String> RELAYING = Lexicon.words("decries decried slammed blasted");

    /**
     * Session n59b, rule tweet-relayed-speaker: a post that opens with a name and a verb of saying and holds quoted
     * words reports what that one said (`Netanyahu decries 'attempted coup' ... — Jim Roberts (@...)`, `Mara Holt
     * denounced the ruling as a "farce" — Harbour News (@...)`): the quote is the named one's, the signer relays it
     * (kept as `via`). A label before the name (`BREAKING:`) is skipped; a post in the signer's own voice (`I`, no
     * name first, no verb of saying, no quoted words) stays the signer's. Null when the post is no such report.
     */
    private Speaker relayed(int from, int end) {
        if (!QUOTED.matcher(d.s.substring(from, end)).find()) {
            return null;
        }
        int k = d.tokenAt(from), n = d.toks.size();
        if (k + 1 < n && d.toks.get(k + 1).text.equals(":") && d.toks.get(k).text.equals(d.toks.get(k).text.toUpperCase())) {
            k += 2; // `BREAKING: X says`
        }
        int b = k;
        while (b < n && d.toks.get(b).type == Tok.WORD && d.toks.get(b).cap && d.toks.get(b).e <= end && b - k < 5) {
            b++;
        }
        Tok verb = b < n ? d.toks.get(b) : null;
        if (b == k || verb == null || verb.cap || verb.e > end || !(Lexicon.HEADLINE_VERBS.contains(verb.low)
                || Lexicon.ATTRIBUTING_VERBS.contains(verb.low) || Lexicon.WEAK.contains(verb.low) || RELAYING.contains(verb.low))) {
            return null;
        }
        Speaker sp = d.resolver.resolve(k, b - 1);
        return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON && sp.kind() != SpeakerKind.ORGANIZATION
                || !SpeakerNames.isName(sp.name(), sp.kind()) ? null : sp;
    }

    private void add(int from, int end, Matcher m) {
        int a = d.tokenAt(m.start(1));
        int b = d.tokenAt(m.end(1) - 1);
        Speaker sp = d.resolver.resolve(a, b);
        if (sp == null) {
            return;
        }
        Speaker relayed = relayed(from, end);
        Stmt st = new Stmt();
        st.words(from, end);
        Tok dash = d.toks.get(d.tokenAt(m.start()));
        st.cueS = dash.s;
        st.cueE = dash.e;
        st.decide(relayed != null ? relayed : sp, StatementKind.DIRECT, d.newGroup(), 0.7);
        st.via = relayed != null && sp.name() != null ? sp.name() : null;
        st.channel = Channel.TWEET;
        st.sent = d.toks.get(d.tokenAt(from)).sent;
        st.sieve = NAME;
        d.out.add(st);
    }
}
