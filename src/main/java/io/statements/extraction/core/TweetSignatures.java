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

    private void add(int from, int end, Matcher m) {
        int a = d.tokenAt(m.start(1));
        int b = d.tokenAt(m.end(1) - 1);
        Speaker sp = d.resolver.resolve(a, b);
        if (sp == null) {
            return;
        }
        Stmt st = new Stmt();
        st.kind = StatementKind.DIRECT;
        st.cs = from;
        st.ce = end;
        st.ls = from;
        st.le = end;
        Tok dash = d.toks.get(d.tokenAt(m.start()));
        st.cueS = dash.s;
        st.cueE = dash.e;
        st.sp = sp;
        st.channel = Channel.TWEET;
        st.group = d.newGroup();
        st.conf = 0.7;
        st.sent = d.toks.get(d.tokenAt(from)).sent;
        st.sieve = NAME;
        d.out.add(st);
    }
}
