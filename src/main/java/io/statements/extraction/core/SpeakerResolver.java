package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Words.lowStripped;

/**
 * From a mention to a speaker: names, titles, pronouns, organisation anaphora, documents, anonymous sources. One
 * rule family a class, asked in this order (the first that decides wins): pronouns and long organisation names,
 * {@link SpelledOutSpeakers}, polls, {@link PrepositionalHeads}; then, on the noun phrase {@link MentionPhraseEnds}
 * cuts, counsel, described groups, {@link PossessorHeads}, documents, {@link OfficeHeads}, tied descriptions,
 * {@link CapitalisedHeads}, {@link RoleHeads}, {@link OrganisationHeads}, {@link DescriptionHeads}.
 */
final class SpeakerResolver {
    private final Doc d;
    private final String s;
    private final List<Tok> toks;
    private final NameIndex names;
    private final PronounResolver pronouns;
    private final DocumentIssuers issuers;
    private final CoordinatedNames coordinated;
    private final DocumentMentions documents;
    private final PollSources polls;
    private final CommonHeads common;
    private final OrgAnaphora orgs;
    private final AppositiveHosts hosts;
    private final RoleMentions roles;
    final DescribedNames described;
    private final SpelledOutSpeakers spelledOut;
    private final PrepositionalHeads prepositional;
    private final PossessorHeads possessed;
    private final OfficeHeads offices;
    private final CapitalisedHeads capitalised;
    private final RoleHeads roleHeads;
    private final OrganisationHeads orgHeads;
    private final DescriptionHeads descriptionHeads;

    SpeakerResolver(Doc d) {
        this.d = d;
        this.s = d.s;
        this.toks = d.toks;
        this.names = d.names;
        this.pronouns = new PronounResolver(d, this);
        QuantifiedSubjects shares = new QuantifiedSubjects(d.toks, d.cueLex);
        this.issuers = new DocumentIssuers(d);
        MentionHeads heads = new MentionHeads(d);
        this.coordinated = new CoordinatedNames(d);
        this.polls = new PollSources(d);
        this.common = new CommonHeads(d);
        TitleAppositives appositives = new TitleAppositives(d);
        DefiniteDescriptions descriptions = new DefiniteDescriptions(d, this, pronouns);
        PossessorAuthors possessors = new PossessorAuthors(d);
        this.described = new DescribedNames(d);
        this.documents = new DocumentMentions(d, this, issuers); // after `described`: it reads the papers named
        this.orgs = new OrgAnaphora(d, this);
        this.hosts = new AppositiveHosts(d);
        this.roles = new RoleMentions(d, descriptions, described);
        LongTitleNames longTitles = new LongTitleNames(d.toks);
        this.spelledOut = new SpelledOutSpeakers(d, this, shares, longTitles, appositives);
        this.prepositional = new PrepositionalHeads(d, this, heads);
        this.possessed = new PossessorHeads(d.toks, this, possessors);
        this.offices = new OfficeHeads(d, this, roles, descriptions);
        this.capitalised = new CapitalisedHeads(d, this);
        this.roleHeads = new RoleHeads(d, this, pronouns, roles);
        this.orgHeads = new OrganisationHeads(d, this, orgs, described);
        this.descriptionHeads = new DescriptionHeads(d, this, pronouns, descriptions, orgs);
    }

    Speaker resolve(int a, int b) {
        if (a < 0 || b < a) {
            return null;
        }
        b = KinAppositives.widened(toks, a, b); // n73d: `Mia's father, Paul Harlow,`: the named person
        int[] span = MentionSpans.trim(names, toks, a, b); // tails, a stand-in span and openers trimmed
        a = span[0];
        b = span[1];
        Speaker org = HonorificAbbreviations.at(toks, a)
                ? HonorificAbbreviations.speaker(this, d, a, b) // n67e `HH the Sultan`
                : BenchMembers.court(d, a, b); // n66a: `a bench comprising Justices X and Y observed`: the court
        // names41 (a spokesperson for a body), n61c (a body's part), n66b (joint bodies)
        org = org != null ? org : JointBodies.or(d, this, a, b,
                PossessedBodyParts.or(d, a, b, SpokespersonFor.organisation(this, toks, s, a, b)));
        Speaker sp = hosts.host(a, org != null ? org : resolveMention(a, b)); // names21: `Tom Fitton, the president,`
        // n74b: `by deputy secretary for fisheries, Tom Reyes.`: the name after the title's field
        String holder = sp != null && sp.kind() != SpeakerKind.ORGANIZATION && sp.name() != null
                && !sp.name().isEmpty() && Character.isLowerCase(sp.name().charAt(0))
                ? LongTitleAppositives.trailingHolder(d, a, b) : null;
        return holder == null ? sp
                : new Speaker(sp.ms(), sp.me(), sp.mention(), holder, SpeakerKind.PERSON, sp.channel());
    }

    private Speaker resolveMention(int a, int b) {
        if (b - 2 >= a && ChannelVia.onPlatform(toks, b)) {
            return resolveMention(a, b - 2); // rule platform-x: `the minister on X accusing`: the poster
        }
        int ms = toks.get(a).s, me = toks.get(b).e;
        String mention = s.substring(ms, me);
        Speaker direct = a == b ? PronounMentions.resolve(d, pronouns, a, ms, me, mention) // `he`, `According to him`
                : LongOrganisationNames.speaker(d, a, b, ms, me, mention); // names46: `the Ministry of A, B and C`
        direct = direct != null ? direct : spelledOut.holderOrNobody(a, b, ms, me, mention); // `DGP Rawal`, `Several`
        if (direct != null) {
            return direct;
        }
        int[] poll = polls.pollFor(a, b);
        if (poll != null) {
            return resolve(poll[0], poll[1]); // `In a Herald poll, 31% of voters said`: the poll reports them
        }
        Speaker named = spelledOut.groupOrNamed(a, b, ms, me, mention); // `Six in 10 voters`, `the mayor, Anna Holt`
        named = named != null ? named : prepositional.speaker(a, b, ms, me, mention); // `Mr. Reyes of the Trust`
        if (named != null) {
            return named;
        }
        int end = MentionPhraseEnds.end(toks, a, b); // the head word: the last before the cut
        String counsel = end < a ? null : orgs.counselOf(a, end); // names38: `his attorneys said`: the client's lawyers
        if (end < a || counsel != null) {
            return end < a ? null : new Speaker(ms, me, mention, counsel,
                    counsel.endsWith("s") ? SpeakerKind.GROUP : SpeakerKind.PERSON, null);
        }
        Speaker group = WeighedEvidence.court(d, this, a, end, ms, me, mention); // n66a: `the woman's deposition`
        group = group != null ? group : KindCompounds.speaker(d, a, end, ms, me, mention); // n61b: `the apex court`
        group = group != null ? group : BodyStandIns.speaker(d, a, end, ms, me, mention); // n50b, n51g: a panel
        group = group != null ? group : common.speaker(a, end, ms, me, mention);
        if (group != null) {
            return group; // `Officials said`, `supporters of Rosa Ibarra`: people described, nobody named
        }
        Tok last = toks.get(end);
        String lastLow = lowStripped(last);
        Speaker owner = possessed.owner(a, end, last, lastLow, ms, me, mention); // `Berg's language in the memo`
        if (owner != null) {
            return owner;
        }
        if (!last.cap && (Lexicon.DOC_NOUNS.contains(lastLow) || CourtParts.DOCUMENTS.contains(lastLow)
                || FindingNouns.is(lastLow))) {
            return documents.resolve(a, end, b, lastLow); // `a military statement said`, `the readout`
        }
        Speaker headed = offices.speaker(a, end, b, last, ms, me, mention); // `the PM`, `The Mayor`
        headed = headed != null ? headed : possessed.poster(a, end, b, last, ms, me, mention); // `Bush's Facebook`
        if (headed != null) {
            return headed;
        }
        String tied = roles.tiedPerson(a, end, ms); // session names20: `the retired neurosurgeon` the article names
        if (tied != null) {
            return new Speaker(ms, me, mention, tied, SpeakerKind.PERSON, null);
        }
        if (CapitalisedHeads.applies(last)) {
            return capitalised.speaker(a, end, ms, me, mention);
        }
        // lower-case head
        Speaker role = roleHeads.speaker(a, end, lastLow, ms, me, mention); // `the then-principal`, `the mayor`
        if (role != null) {
            return role;
        }
        if (OrganisationHeads.applies(lastLow)) {
            return orgHeads.speaker(a, end, lastLow, ms, me, mention); // `His office`, `the ministry`
        }
        return descriptionHeads.speaker(a, end, lastLow, ms, me, mention); // `the lawmaker`, `the utility`
    }

    /** `her remark`, `his words`: the possessive pronoun at k read as its subject form, with k as the mention. */
    Speaker resolvePossessivePronoun(int k) {
        Tok t = toks.get(k);
        String subject = switch (t.low) {
            case "his" -> "he";
            case "her" -> "she";
            case "their" -> "they";
            default -> "it";
        };
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
