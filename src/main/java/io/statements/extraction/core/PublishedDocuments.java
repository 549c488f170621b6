package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n61d, rule published-document-participle: `In a statement posted on its website, the firm apologised for
 * "..."`, `"...," said a statement emailed to reporters`, `a video tweeted by the mayor`: a participle of
 * publishing right after a document noun is a reduced passive relative (the statement WAS posted), never the
 * document's own verb of saying: a statement, letter or tweet does not post, e-mail or tweet anything, someone posts
 * it. Read as a cue, `posted` made the document the speaker of the clause's quote and its place (`on its website`)
 * a statement's content, over the sentence's real subject. Outlets that do publish (`the website posted`, `the
 * blog posted`, `the channel posted`) are not document nouns here.
 */
final class PublishedDocuments {

    private PublishedDocuments() {
    }

    /** Participles of making a text public that are also verbs of saying (`posted`, `tweeted`, `emailed`). */
    private static final Set<String> PUBLISHING = Lexicon.words("posted tweeted emailed e-mailed texted");

    /** The documents someone publishes (not the outlets that publish them: `website`, `blog`, `site`, `page`). */
    private static final Set<String> PUBLISHED = Lexicon.words("""
            statement statements report reports readout letter letters memo memorandum tweet tweets release
            releases post posts message messages note notes video videos email emails e-mail e-mails notice
            communique announcement comment comments photo photos picture image clip document documents""");

    /**
     * Session n61d, rule signed-by-title: `"...," said a letter signed by the chairman, Marko Lint`, `a statement
     * released by its director, Ana Ruiz`: after `by` a lower-case title whose holder follows it in an appositive is
     * the document's author; the span [the title's first word, the name's last], or null when the words after `by`
     * are no title with a capitalised name set off by a comma.
     */
    static int[] titledAuthor(List<Tok> toks, int from) {
        int sent = toks.get(from).sent, m = from;
        while (m < toks.size() && m - from < 6 && toks.get(m).type == Tok.WORD && !toks.get(m).cap
                && toks.get(m).sent == sent && toks.get(m).qrole == Tok.OUT) {
            m++;
        }
        if (m == from || m - from >= 6 || m + 1 >= toks.size() || !toks.get(m).text.equals(",")) {
            return null;
        }
        int r = m + 1;
        while (r < toks.size() && toks.get(r).type == Tok.WORD && toks.get(r).cap && toks.get(r).sent == sent) {
            r++;
        }
        boolean closed = r >= toks.size() || toks.get(r).sent != sent || toks.get(r).type != Tok.WORD;
        return r - (m + 1) >= 2 && closed ? new int[]{from, r - 1} : null;
    }

    /**
     * Session n61d, rule body-kind-document: `A police statement said`, `an army statement`, `a government
     * statement`, `a campaign statement`: a lower-case organisation noun modifying the document names the kind of
     * body that issued it, so its issuer is that body as the resolver reads `the police` or `the government` (the one
     * so named before, else the noun itself, a body nobody named), never the different organisation the text named
     * last (`the United Nations sent aid ... A government statement said`). Null without such a modifier.
     */
    static Speaker kindIssuer(Doc d, SpeakerResolver resolver, int a, int end, int ms, int me, String mention,
                              Channel ch) {
        for (int k = a; k < end; k++) {
            Tok t = d.toks.get(k);
            String low = t.type != Tok.WORD || t.cap ? null : Words.lowStripped(t); // n65c: `the force's statement`
            if (low == null || !ISSUING_BODIES.contains(low)) {
                continue;
            }
            Speaker body = resolver.resolve(k, k);
            String name = body == null || body.name() == null ? low : body.name();
            boolean described = name.equals(low) || name.equals(t.low); // no body named: the noun itself
            String learned = described ? LearnedBodyKinds.of(d).ofKind(low, ms) : null;
            if (described && learned == null && !low.equals(t.low)) {
                continue; // `The campaign's statement`: whose campaign, the later rules tell
            }
            name = learned != null ? learned : name; // n65c: `a company statement` after `X, the state oil company,`
            return new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, ch);
        }
        return null;
    }

    /**
     * Bodies that issue statements in their own name (`a police statement`); not `press`, `joint`, `written`, nor
     * `court` (`a court filing` is a party's, filed with the court).
     */
    private static final Set<String> ISSUING_BODIES = Lexicon.words("""
            ministry army military embassy government agency department campaign committee administration company
            council party police commission bureau navy board union team federation regime coalition
            alliance association palace club cabinet force authority firm corporation""");

    /**
     * Where the prepositional phrase right after a document noun ends when the mention stopped at the noun (`said a
     * tweet | from the club's official account.`): the last word before punctuation, at most seven words on, in the
     * same sentence; {@code b} itself when no word follows.
     */
    static int phraseEnd(List<Tok> toks, int b) {
        int k = b;
        while (k + 1 < toks.size() && k - b < 7 && toks.get(k + 1).type == Tok.WORD && toks.get(k + 1).qrole == Tok.OUT
                && toks.get(k + 1).sent == toks.get(b).sent) {
            k++;
        }
        return k;
    }

    /**
     * Whether {@code low} is one of the participles above (`posted`, `tweeted`): after a document noun it ends the
     * document's mention (`A video posted online showed`), as it did when it was read as the cue, so the head stays
     * the document and not the place it was posted.
     */
    static boolean publishing(String low) {
        return PUBLISHING.contains(low);
    }

    /** Whether the cue word at {@code i} is a publishing participle right after a document noun of its sentence. */
    static boolean participle(List<Tok> toks, int i) {
        if (i == 0 || !PUBLISHING.contains(toks.get(i).low)) {
            return false;
        }
        Tok p = toks.get(i - 1);
        return p.type == Tok.WORD && p.sent == toks.get(i).sent && PUBLISHED.contains(p.low);
    }
}
