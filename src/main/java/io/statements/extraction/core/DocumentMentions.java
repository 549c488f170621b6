package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Words.channelForNoun;

/**
 * A document or medium as the subject (`a military statement said`, `the readout`, `the letter read`; split out of
 * {@link SpeakerResolver}): the author the mention names (`a statement from the city`, `the Kremlin readout`), an
 * organisation named before whose head the mention shares, the issuer a sentence before names ({@link
 * DocumentIssuers}), for a statement or readout the organisation just named or the last speaker; else nobody, with
 * the document's channel.
 */
final class DocumentMentions {
    private final String s;
    private final List<Tok> toks;
    private final NameIndex names;
    private final SpeakerResolver resolver;
    private final DocumentIssuers issuers;
    private final PossessorAuthors possessors;
    private final NamedDocuments named;
    private final TypedOrgAntecedents papers;
    private final SuitPlaintiffs plaintiffs;
    private final Doc d;
    /** How far (chars) before `the statement` the responder may be named: the sentence before, about. */
    private static final int RESPONSE_REACH = 400;

    DocumentMentions(Doc d, SpeakerResolver resolver, DocumentIssuers issuers) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.names = d.names;
        this.resolver = resolver;
        this.issuers = issuers;
        this.possessors = new PossessorAuthors(d);
        this.named = new NamedDocuments(d);
        this.papers = new TypedOrgAntecedents(d, resolver.described);
        this.plaintiffs = new SuitPlaintiffs(d);
    }

    /**
     * Session names32, rule published-by-author: `A report published by the Civic Monitor group on Monday found`,
     * `A study released on Monday by the Kelso Institute said`: a mention that ends at its noun (the participle after
     * it was left out) is the document of the name after `by`: capitalised words (`of`, `for`, `and` between them)
     * and an organisation noun after them (`group`), without the article; null when the words after say otherwise.
     */
    private int[] authorAfter(int b) {
        int k = b + 1, sent = toks.get(b).sent;
        if (k >= toks.size() || toks.get(k).cap || !(toks.get(k).low.endsWith("ed") || toks.get(k).low.equals("written")
                || toks.get(k).low.equals("read"))) {
            return null;
        }
        k++;
        if (k < toks.size() && toks.get(k - 1).low.equals("read") && toks.get(k).low.equals("out")) {
            k++; // session names36: `the statement read out by X said`: the one who read it speaks for its authors
        }
        while (k < toks.size() && k - b <= 5 && (Lexicon.TIME_WORDS.contains(toks.get(k).low)
                || toks.get(k).low.equals("on") || toks.get(k).low.equals("in") || toks.get(k).low.equals("last"))) {
            k++; // `released on Monday by`, `published last week by`, `released in March by` (names38)
        }
        if (k + 1 >= toks.size() || !toks.get(k).low.equals("by") || toks.get(k).sent != sent) {
            return null;
        }
        int from = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1, to = from - 1;
        for (int m = from; m < toks.size() && toks.get(m).sent == sent && toks.get(m).type == Tok.WORD; m++) {
            Tok t = toks.get(m);
            boolean joint = (t.low.equals("of") || t.low.equals("for") || t.low.equals("and")) && m > from
                    && m + 1 < toks.size() && toks.get(m + 1).cap;
            if (t.cap || joint) {
                to = m;
            } else {
                to = to >= from && Lexicon.ORG_NOUNS.contains(t.low) ? m : to; // `the Civic Monitor group`
                break;
            }
        }
        if (to < from) { // n61d: `signed by the chairman, Marko Lint`: the title's holder named after it
            return PublishedDocuments.titledAuthor(toks, k + 1);
        }
        return toks.get(to).cap || to > from ? new int[]{from, to} : null;
    }

    /** Where a body publishes: `on the ministry's channel`, `on the party's website`. */
    private static final Set<String> OUTLETS = Lexicon.words("channel website site page account feed blog");

    /**
     * Session names36, rule document-on-channel: `the statement on the ministry's Telegram channel read`, `a post on the
     * party's website`, `a tweet from the club's official account` (n61d): the owner of the channel the document is
     * on or comes from, [first, possessive token], or null.
     */
    private int[] channelHost(int end, int b) {
        String link = end + 3 > b ? "" : toks.get(end + 1).low; // n61d: `a tweet from the club's official account`
        if (!(link.equals("on") || link.equals("in") || link.equals("from")) || !OUTLETS.contains(toks.get(b).low)) {
            return null;
        }
        for (int m = Math.max(end + 2, b - 4); m < b; m++) { // the owner within four words of the outlet
            if (Words.endsWithPossessive(toks.get(m))) {
                return new int[]{end + 2, m};
            }
        }
        return DocumentHosts.attributive(toks, end + 2, b); // n74c: `a statement on the Harbour Board website`
    }

    /** Words that pick one document of several: `One letter`, `Another post`. */
    private static final Set<String> ONE_OF = Lexicon.words("one another");

    /** The speaker of the document mention [a, b] whose head, {@code lastLow}, is at {@code end}. */

    Speaker resolve(int a, int end, int b, String lastLow) {
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = s.substring(ms, me);
        Channel ch = channelForNoun(lastLow);
        // n65c: `..., said a statement by the federation.`: the mention stopped at its noun, the author follows it
        int tail = end == b && b + 2 < toks.size() && toks.get(b + 2).sent == toks.get(b).sent
                && !Lexicon.TIME_WORDS.contains(toks.get(b + 2).low) ? PublishedDocuments.phraseEnd(toks, b) : b;
        if (end + 2 <= tail && (toks.get(end + 1).low.equals("from") || toks.get(end + 1).low.equals("by"))) {
            // `a statement from the city`, `a letter by Mayor Holt`: the author is named in the mention
            Speaker author = resolver.resolve(end + 2, tail);
            if (author != null && author.name() != null) {
                return new Speaker(ms, me, mention, author.name(), author.kind(), ch);
            }
        }
        // n61d, rule issued-by-mention: `said a statement issued by the board`, the mention cut after its participle
        int[] by = end == b || end + 1 == b ? authorAfter(end) : null;
        if (by != null) { // `A report published by the Civic Monitor group on Monday found`
            Speaker author = resolver.resolve(by[0], by[1]);
            if (author != null && author.name() != null) {
                return new Speaker(ms, me, mention, author.name(), author.kind(), ch);
            }
        }
        int[] owner = possessors.possessor(a, end);
        if (owner != null) { // `Bush's Facebook post`: Bush's, not Facebook's
            Speaker author = resolver.resolve(owner[0], owner[1]);
            if (author != null && author.name() != null) {
                return new Speaker(ms, me, mention, author.name(), author.kind(), ch);
            }
        }
        if (lastLow.endsWith("s") && end > a && d.cueLex.quantifierOpening(a)) {
            // `Several reports said`, `Multiple news reports`: documents by several hands, named by the phrase
            return new Speaker(ms, me, mention, Lexicon.lower(toks.get(a).text) + s.substring(toks.get(a).e, toks.get(end).e),
                    SpeakerKind.GROUP, ch);
        }
        int[] run = FindingNouns.filedWith(lastLow) ? null : names.lastCapRun(a, end); // n68b: `FEC filings`
        if (run != null && run[1] == a && (d.cueLex.quantifierOpening(a) || ONE_OF.contains(toks.get(a).low))) {
            run = null; // session names36: `One letter read "..."`: a count of documents, no author named `One`
        }
        if (run != null) {
            Name nm = names.classify(run[0], run[1]);
            if (nm != null) {
                return new Speaker(ms, me, mention, nm.canonical, nm.kind, ch);
            }
        }
        for (int k = a; k < end; k++) {
            String org = toks.get(k).cap ? null : names.findOrg(toks.get(k).low, ms);
            if (org != null) {
                return new Speaker(ms, me, mention, org, SpeakerKind.ORGANIZATION, ch);
            }
        }
        Speaker kind = PublishedDocuments.kindIssuer(d, resolver, a, end, ms, me, mention, ch);
        if (kind != null) { // n61d: `a police statement`: the police, never the organisation named last
            return kind;
        }
        // session names26, rule editorial-paper: `the editorial said` is the newspaper named before (`The Harbour
        // Herald ... the editorial read`), not whoever a sentence naming the editorial quoted or addressed
        String paper = lastLow.equals("editorial") ? papers.find(a, end, "newspaper", ms) : null;
        if (paper != null) {
            return new Speaker(ms, me, mention, paper, SpeakerKind.ORGANIZATION, ch);
        }
        int[] after = end == b ? DocumentHosts.after(toks, b) : null; // n59b: `read a post on the page of X`
        Name page = after == null ? null : names.classify(after[0], after[1]);
        if (page != null && page.canonical != null && Character.isUpperCase(page.canonical.codePointAt(0))) {
            return new Speaker(ms, me, mention, page.canonical, page.kind, ch);
        }
        int[] host = channelHost(end, end == b ? PublishedDocuments.phraseEnd(toks, b) : b);
        Speaker hosted = host == null ? null : resolver.resolve(host[0], host[1]);
        if (hosted != null && hosted.name() != null && Character.isUpperCase(hosted.name().codePointAt(0))) {
            // names36: `the report on the ministry's channel`: the ministry named before, never a word `ministry's`
            return new Speaker(ms, me, mention, hosted.name(), hosted.kind(), ch);
        }
        int[] publisher = issuers.publisherOf(end); // n68b: `X wrote a letter to Y asking ...`: the writer, never Y
        Speaker put = publisher == null ? null : resolver.resolveSubject(publisher);
        if (put != null && put.name() != null && DocumentIssuers.author(put)) {
            return new Speaker(ms, me, mention, put.name(), put.kind(), ch);
        }
        if (DocumentIssuers.joint(toks, a, end)) { // n58a, rule joint-document-unnamed: named issuers or nobody
            Speaker joint = issuers.jointIssuer(lastLow, ms);
            return new Speaker(ms, me, mention, joint == null ? null : joint.name(), joint == null ? null : joint.kind(), ch);
        }
        // names38, rule document-first-author: `a report from the inspector general` ... `the report says`: that
        // author, before a statement whose sentence merely names a report (it may quote someone the report cites)
        Speaker author = end == a + 1 && toks.get(a).low.equals("the") ? named.authorAtLastMention(lastLow, ms) : null;
        author = author != null ? author : RulingCourts.author(d, resolver, lastLow, ms); // n68b: the court that ruled
        author = author != null ? author : FindingNouns.notByCommenter(toks, a, end, b, lastLow)
                ? issuers.jointIssuer(lastLow, ms) : issuers.author(lastLow, ms); // n68b: only who issued one
        if (author == null && toks.get(a).low.equals("the") && !FindingNouns.filedWith(lastLow)) {
            author = named.author(lastLow, ms); // `A Harlow Institute report ...` ... `the report`
        }
        if (author == null) {
            author = plaintiffs.plaintiff(lastLow, ms); // `The union will sue the port ...` ... `the lawsuit says`
        }
        if (author == null && toks.get(a).low.equals("the")) { // n71c: the issuer the article ties to one
            author = DocumentRecords.of(d).issuerOf(lastLow, a);
        }
        if (author != null) {
            return new Speaker(ms, me, mention, author.name(), author.kind(), ch);
        }
        if (end == a + 1 && JointDocuments.takesUpJoint(d, a, lastLow)) { // n74c: no single party, nor the last body
            return new Speaker(ms, me, mention, null, null, ch);
        }
        String court = CourtParts.documentCourt(d, lastLow, ms); // n52d: `said the verdict`: the court named
        if (court != null) {
            return new Speaker(ms, me, mention, court, SpeakerKind.ORGANIZATION, ch);
        }
        Speaker judge = JudgeRulings.judge(d, lastLow, ms); // n63c: `Judge X dismissed the claim ... the ruling said`
        if (judge != null) {
            return new Speaker(ms, me, mention, judge.name(), judge.kind(), ch);
        }
        if (ch == Channel.STATEMENT || ch == Channel.READOUT) {
            // "the statement said": issued by the organisation just named
            int org = names.recentRealOrg(ms);
            Speaker prev = LastSpeakers.before(d, ms);
            if (prev != null && prev.name() != null && (org < 0 || prev.ms() > names.mentionPos.get(org)[0])
                    && ms - prev.ms() < RESPONSE_REACH && DocumentIssuers.author(prev)) {
                // session names25, rule statement-of-responder: `The Ida Marsh campaign responded that it had
                // moved. "...," the statement said`: the one whose response the sentence before reports issued
                // it, not an organisation named before them (`according to FEC records`)
                return new Speaker(ms, me, mention, prev.name(), prev.kind(), ch);
            }
            Speaker own = org < 0 ? null : StatementSpeakers.overNamedBody(d, names.mentionPos.get(org)[0], ms, RESPONSE_REACH);
            if (own != null) { // n55b: the body was named in the last speaker's own words or relays them
                return new Speaker(ms, me, mention, own.name(), own.kind(), ch);
            }
            if (org >= 0) {
                return new Speaker(ms, me, mention, names.mentionName.get(org), SpeakerKind.ORGANIZATION, ch);
            }
            if (prev != null) {
                return new Speaker(ms, me, mention, prev.name(), prev.kind(), ch);
            }
        }
        Speaker actor = StoryActors.documentIssuer(d, a, end, lastLow, ms); // n54b: the story's person or firm
        if (actor != null) {
            return new Speaker(ms, me, mention, actor.name(), actor.kind(), ch);
        }
        return new Speaker(ms, me, mention, null, null, ch); // a letter, a video, a report: author unknown
    }
}
