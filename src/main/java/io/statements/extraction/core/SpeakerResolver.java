package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/** From a mention to a speaker: names, titles, pronouns, organisation anaphora, documents, anonymous sources. */
final class SpeakerResolver {
    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    private final NameIndex names;
    private final PronounResolver pronouns;
    private final QuantifiedSubjects shares;
    private final DocumentIssuers issuers;
    private final MentionHeads heads;
    private final CoordinatedNames coordinated;
    private final DocumentMentions documents;
    private final PollSources polls;
    private final CommonHeads common;
    private final TitleAppositives appositives;
    private final DefiniteDescriptions descriptions;
    private final PossessorAuthors possessors;
    private final OrgAnaphora orgs;
    private final AppositiveHosts hosts;
    private final RoleMentions roles;
    private final LongTitleNames longTitles;
    final DescribedNames described;

    SpeakerResolver(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.names = d.names;
        this.pronouns = new PronounResolver(d, this);
        this.shares = new QuantifiedSubjects(d.toks, d.cueLex);
        this.issuers = new DocumentIssuers(d);
        this.heads = new MentionHeads(d);
        this.coordinated = new CoordinatedNames(d);
        this.polls = new PollSources(d);
        this.common = new CommonHeads(d);
        this.appositives = new TitleAppositives(d);
        this.descriptions = new DefiniteDescriptions(d, this, pronouns);
        this.possessors = new PossessorAuthors(d);
        this.described = new DescribedNames(d);
        this.documents = new DocumentMentions(d, this, issuers); // after `described`: it reads the papers named
        this.orgs = new OrgAnaphora(d, this);
        this.hosts = new AppositiveHosts(d);
        this.roles = new RoleMentions(d, descriptions, described);
        this.longTitles = new LongTitleNames(d.toks);
    }

    Speaker resolve(int a, int b) {
        if (a < 0 || b < a) {
            return null;
        }
        int[] span = MentionSpans.trim(names, toks, a, b); // tails, a stand-in span and openers trimmed
        a = span[0];
        b = span[1];
        Speaker org = HonorificAbbreviations.at(toks, a) ? HonorificAbbreviations.speaker(this, d, a, b) // n67e `HH the Sultan`
                : BenchMembers.court(d, a, b); // n66a: `a bench comprising Justices X and Y observed`: the court
        org = org != null ? org : JointBodies.or(d, this, a, b,
                PossessedBodyParts.or(d, a, b, SpokespersonFor.organisation(this, toks, s, a, b))); // names41, n61c, n66b
        return hosts.host(a, org != null ? org : resolveMention(a, b)); // names21: `Tom Fitton, the president of X,`
    }

    private Speaker resolveMention(int a, int b) {
        if (b - 2 >= a && ChannelVia.onPlatform(toks, b)) {
            return resolveMention(a, b - 2); // rule platform-x: `the minister on X accusing`: the poster
        }
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = s.substring(ms, me);
        Speaker direct = a == b ? PronounMentions.resolve(d, pronouns, a, ms, me, mention) // `he`, `According to him`
                : LongOrganisationNames.speaker(d, a, b, ms, me, mention); // names46: `the Ministry of A, B and C`
        if (direct != null) {
            return direct;
        }
        String unpunctuated = OfficeInitials.holder(d, a, b); // n55a: `DGP Rawal`, `the CJN`: the office's holder
        unpunctuated = unpunctuated != null ? unpunctuated : UnpunctuatedAppositives.person(d, a); // `Musa Bello the spokesman`
        unpunctuated = unpunctuated != null ? unpunctuated : OfficeOfOrgTopics.person(d, a, b); // lead49: `the CEO of X`
        if (unpunctuated != null) {
            return new Speaker(ms, me, mention, unpunctuated, SpeakerKind.PERSON, null);
        }
        if (FormerLatter.is(toks, a, b)) { // names42: `the latter said`: the second of the two just named together
            return new Speaker(ms, me, mention, FormerLatter.person(d, a, b), SpeakerKind.PERSON, null);
        }
        if (a == b && Lexicon.INDEFINITE_SUBJECTS.contains(toks.get(a).low)) {
            return new Speaker(ms, me, mention, null, SpeakerKind.GROUP, null); // `Several said`: nobody named
        }
        int[] poll = polls.pollFor(a, b);
        if (poll != null) {
            return resolve(poll[0], poll[1]); // `In a Herald poll, 31% of voters said`: the poll reports them
        }
        Speaker share = QuantifiedPlurals.or(d, a, b, OneOfNamedMembers.or(d, this, a, b, shares.speaker(a, b, s))); // n56a, n67a
        if (share != null) {
            return share; // `Six in 10 voters`, `Many of her supporters`: a group, never a person named `Six`
        }
        String pair = JointAppositives.pair(d, a, b); // n66d: `the leader and deputy leader, A and B`: both
        if (pair != null) {
            return new Speaker(ms, me, mention, pair, SpeakerKind.GROUP, null);
        }
        int titled = longTitles.nameStart(a, b);
        if (titled > 0) { // `Deputy Minister for Water of the Eastern Province Lena Okafor`: the person
            return new Speaker(ms, me, mention, LongTitleNames.name(titled, b, names), SpeakerKind.PERSON, null);
        }
        Name appositive = appositives.named(a, b);
        if (appositive != null) { // `the mayor, Anna Holt`, `The steel maker, Salzgitter AG,`
            return new Speaker(ms, me, mention, appositive.canonical, appositive.kind, null);
        }
        int byAuthor = heads.documentAuthor(a, b);
        if (byAuthor > 0) { // `a report released Monday by the River Trust`: the author's document
            Speaker by = resolve(byAuthor, heads.authorEnd(byAuthor, b));
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), null);
            }
        }
        int of = heads.personBeforeOf(a, b);
        if (of > 0) { // `Mr. Reyes of the Heron Trust`: the person, not the trust
            Speaker person = resolve(a, of - 1);
            return new Speaker(ms, me, mention, person.name(), person.kind(), null);
        }
        int associate = heads.associatePreposition(a, b);
        if (associate > 0) { // `a top aide to Senator X`: the aide, who is not X
            // `the mayor of Eastbrook`: a title alone, never the town; not the last person called mayor, who may
            // hold the office somewhere else (`the president of Judicial Watch` is not the president named before);
            // but `said the attorney general of Oklahoma, Mike Hunter`: the name the mention's comma introduces
            String named = heads.holderNamed(associate, b, d.titles); // `..., Mike Hunter`; lead48: `... unit Lena Park`
            return new Speaker(ms, me, mention, named != null ? named : cleanCommon(a, associate - 1),
                    SpeakerKind.PERSON, null);
        }
        // cut the phrase at an appositive comma or a preposition followed by a lower-case word
        int end = FindingNouns.headEnd(toks, a, DocumentModifiers.documentEnd(toks, a, b)); // n51a, n68b: `a X report on`, `a letter to Y`
        for (int k = a; k <= end; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT && (t.text.equals(",") || t.text.equals("(") || t.text.equals("\u2014"))) {
                end = k - 1 > a ? MentionTails.beforeTimeWord(toks, a, k - 1) : k - 1;
                break;
            }
            if (k > a && t.type == WORD && Lexicon.PREPOSITIONS.contains(t.low) && !t.low.equals("of")
                    && k + 1 <= b && !toks.get(k + 1).cap && !NameParticles.inBeforeArticle(toks, k, b)) {
                end = k - 1 > a ? MentionTails.beforeTimeWord(toks, a, k - 1) : k - 1; // n66b: `The KFA today in a`
                break;
            }
            if (k > a + 1 && t.type == WORD && !t.cap && t.low.endsWith("ing") && k + 1 <= b && CommonHeads.personNoun(toks.get(k - 1))
                    && (Lexicon.PREPOSITIONS.contains(toks.get(k + 1).low) || Lexicon.DETERMINERS.contains(toks.get(k + 1).low))) {
                end = k - 1; // `a port source speaking to the Herald`; n50e: `the premier praising the work`
                break;
            }
            if (k > a && t.type == WORD && (t.low.equals("with") || t.low.equals("from") || t.low.equals("at")
                    || t.low.equals("who") || t.low.equals("familiar"))) {
                end = k - 1;
                break;
            }
        }
        String counsel = end < a ? null : orgs.counselOf(a, end); // names38: `his attorneys said`: the client's lawyers
        if (end < a || counsel != null) {
            return end < a ? null : new Speaker(ms, me, mention, counsel, counsel.endsWith("s") ? SpeakerKind.GROUP : SpeakerKind.PERSON, null);
        }
        Speaker group = WeighedEvidence.court(d, this, a, end, ms, me, mention); // n66a: `the woman's deposition`
        group = group != null ? group : KindCompounds.speaker(d, a, end, ms, me, mention); // n61b: `the apex court`
        group = group != null ? group : BodyStandIns.speaker(d, a, end, ms, me, mention); // n50b, n51g: a panel, a citation
        group = group != null ? group : common.speaker(a, end, ms, me, mention);
        if (group != null) {
            return group; // `Officials said`, `supporters of Rosa Ibarra`: people described, nobody named
        }
        Tok last = toks.get(end);
        String lastLow = lowStripped(last);
        int[] owner = !last.cap && PossessorAuthors.WORDS_NOUNS.contains(lastLow) ? possessors.owner(a, end) : null;
        if (owner != null) { // `Berg's language in the memo shows`: Berg's words
            Speaker by = resolve(owner[0], owner[1]);
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), null);
            }
        }
        if (!last.cap && (Lexicon.DOC_NOUNS.contains(lastLow) || CourtParts.DOCUMENTS.contains(lastLow) || FindingNouns.is(lastLow))) {
            return documents.resolve(a, end, b, lastLow); // `a military statement said`, `the readout`
        }
        String office = roles.office(a, end, b, ms); // also n51c: `the PM`, `the TSC CJ`
        if (office != null) {
            return new Speaker(ms, me, mention, office, SpeakerKind.PERSON, null);
        }
        if (last.cap && RoleWords.isRole(last) && RoleWords.titleOnly(toks, a, end) && !FunctionWordSurnames.named(d, a, end)) {
            String role = Presidents.role(toks, end, RoleWords.role(last)); // `Vice President`; `the PM`: minister
            String holder = roles.capitalHolder(a, end, role, ms); // "The Mayor": given to; n65e: of its rank
            holder = holder != null || end != a + 1 ? holder : descriptions.antecedent(a, end, ms); // lead49: `the PM`
            return new Speaker(ms, me, mention, holder != null ? holder : cleanCommon(a, end), SpeakerKind.PERSON, null);
        }
        Tok next = b + 1 < toks.size() ? toks.get(b + 1) : null;
        int[] poster = last.cap && !endsWithPossessive(last) && end == b && next != null && !next.cap && Lexicon.DOC_NOUNS.contains(next.low)
                ? possessors.possessor(a, b + 1) : null;
        if (poster != null) { // `From Bush's Facebook post: "..."`, `post` read as a verb: Bush's post, not Facebook
            Speaker by = resolve(poster[0], poster[1]);
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), Words.channelForNoun(next.low));
            }
        }
        String tied = roles.tiedPerson(a, end, ms); // session names20: `the retired neurosurgeon` the article names
        if (tied != null) {
            return new Speaker(ms, me, mention, tied, SpeakerKind.PERSON, null);
        }
        if (last.cap || isAcronym(stripPossessive(last.text))) {
            int[] run = names.lastCapRun(a, end);
            if (run != null) {
                // a possessive run followed by a noun: "Netanyahu's office"
                Name nm = names.classify(run[0], run[1]);
                if (nm != null) { // n60a: `The Court said` is the Court the text named; n68a: `Police said` the qualified one
                    return PlaceQualifiedBodies.headed(d, a, end, new Speaker(ms, me, mention, nm.canonical, nm.kind, null));
                }
            }
            return PlaceQualifiedBodies.headed(d, a, end, new Speaker(ms, me, mention, cleanCommon(a, end), SpeakerKind.PERSON, null));
        }
        // lower-case head
        String thenRole = lastLow.startsWith("then-") ? lastLow.substring(5) : ""; // n66d, rule then-title
        String thenHolder = RoleWords.ROLES.contains(thenRole) ? roles.holder(a, end, thenRole, ms) : null;
        if (thenHolder != null) { // `the then-principal` is whom the text gave `principal`
            return new Speaker(ms, me, mention, thenHolder, SpeakerKind.PERSON, null);
        }
        if (RoleWords.ROLES.contains(lastLow)) {
            String holder = roles.holder(a, end, lastLow, ms); // "the mayor": the one the article gave the title
            if (holder != null) {
                return new Speaker(ms, me, mention, holder, SpeakerKind.PERSON, null);
            }
            if (!Lexicon.ANON_NOUNS.contains(lastLow)) { // n50b: `the 35-year-old striker`: the story's person
                return EpithetTopics.speaker(d, this, pronouns, a, end, ms, me, mention, SpeakerKind.PERSON);
            }
        }
        if (Lexicon.ANAPHORIC_ORG_HEADS.contains(lastLow) || Lexicon.ORG_NOUNS.contains(lastLow)) {
            String officeHolder = orgs.officeOwner(a, end);
            if (officeHolder != null) {
                return new Speaker(ms, me, mention, officeHolder, SpeakerKind.PERSON, null); // `His office said`
            }
            int[] run = names.lastCapRun(a, end);
            if (run != null && (run[1] == a && Lexicon.DETERMINERS.contains(toks.get(a).low) || Demonyms.only(toks, run))) {
                run = null; // `The ministry said` opening a sentence: its article is no name; n66b: `The Norwegian company`
            }
            if (run != null && !endsWithPossessive(toks.get(run[1]))) {
                Name nm = names.classify(run[0], run[1]);
                if (nm != null && nm.kind == SpeakerKind.ORGANIZATION && !Lexicon.PLACES.contains(lower(nm.canonical))
                        && !Lexicon.REGIONS.contains(lower(nm.canonical))) {
                    return new Speaker(ms, me, mention, nm.canonical, SpeakerKind.ORGANIZATION, null);
                }
            }
            if (run != null) { // n56b: `The Veyland-linked Coastal militant group` retells a body's description
                return new Speaker(ms, me, mention, described.retoldOr(a, end, cleanCommon(a, end)), SpeakerKind.ORGANIZATION, null);
            }
            String org = orgs.find(a, end, lastLow, ms); // `the ministry`, `the company`, `his campaign`
            org = org == null ? PlaceQualifiedBodies.find(d, a, end, lastLow, ms) : org; // n68a: `Romania's police`
            if (org != null) {
                return new Speaker(ms, me, mention, org, SpeakerKind.ORGANIZATION, null);
            }
            return new Speaker(ms, me, mention, cleanCommon(a, end), SpeakerKind.ORGANIZATION, null);
        }
        if ((DefiniteDescriptions.PERSON_NOUNS.contains(lastLow) || DefiniteDescriptions.TRADE_NOUNS.contains(lastLow))
                && descriptions.isDescription(a, end)) {
            String meant = descriptions.tradeAntecedent(a, end, ms); // `The lawmaker, who represents ..., said`
            return new Speaker(ms, me, mention, meant != null ? meant : cleanCommon(a, end), SpeakerKind.PERSON, null);
        }
        Speaker described = orgs.describedAs(a, end, mention); // names41: `the utility`, the text's `utility Zamlight`
        String full = described == null ? NamedHeadBodies.find(d, a, end, lastLow, ms) : null;
        if (full != null) { // n67b: `the Silver Fir Hotel` ... `the hotel`
            return new Speaker(ms, me, mention, full, SpeakerKind.ORGANIZATION, null);
        }
        SpeakerKind kind = AgeDescriptions.unresolvedKind(toks, a, end, lastLow); // names46: `the 34-year-old` of two
        return described != null ? described : EpithetTopics.speaker(d, this, pronouns, a, end, ms, me, mention, kind);
    }

    /** `her remark`, `his words`: the possessive pronoun at k read as its subject form, with k as the mention. */
    Speaker resolvePossessivePronoun(int k) {
        Tok t = toks.get(k);
        String subject = switch (t.low) { case "his" -> "he"; case "her" -> "she"; case "their" -> "they"; default -> "it"; };
        return pronouns.resolve(subject, t.s, t.e, t.text);
    }

    /** A speaker from a subject; a relative pronoun (`which reported`) stays the mention. */
    Speaker resolveSubject(int[] subj) {
        Speaker inner = subj.length < 3 ? coordinated.pairWithin(subj[0], subj[1], this) : null;
        if (inner != null) {
            return inner; // `said Ann Cole and Ray Dunn`
        }
        int[] publisher = subj.length > 2 && !toks.get(subj[2]).low.equals("who") ? issuers.publisherOf(subj[1]) : null;
        if (publisher != null) {
            return resolveSubject(publisher); // `Holt released a video that said "..."`: Holt, through the video
        }
        Speaker sp = resolve(subj[0], subj[1]);
        if (sp == null || subj.length < 3) {
            Speaker pair = coordinated.widen(subj[0], sp, this);
            return pair != null ? pair : sp;
        }
        Tok rel = toks.get(subj[2]);
        return new Speaker(rel.s, rel.e, rel.text, sp.name(), sp.kind(), sp.channel());
    }

    /** The words of a common-noun mention without its leading determiners and numbers ({@link CommonMentions}). */
    String cleanCommon(int a, int b) {
        return CommonMentions.clean(s, toks, a, b);
    }
}
