package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * `his campaign`, `the campaign` as speakers (session names16; issue 12's `"the ministry" → the organisation named
 * earlier`): when no organisation named before holds the word ({@link NameIndex#findOrg}), a campaign is a
 * candidate's: `his campaign` the pronoun's (of its known gender), `the campaign` the one last written as `Sanders'
 * campaign`, `her campaign` or `the Clinton campaign` in the body. `the company`, `the group`, `the organization` is
 * the organisation that spoke last in about a paragraph, or the one the sentence before (same paragraph) is about;
 * the organisation merely named last was wrong twice as often as right. Else {@link LaterNamedBodies}.
 */
final class OrgAnaphora {
    /** How far back (in characters) `the campaign` looks for whose campaign it is. */
    private static final int CAMPAIGN_REACH = 3000;
    /** `al-Shabaab`, `el-Nour`: compiled once (String.matches compiles it on every call). */
    private static final java.util.regex.Pattern ARABIC_ARTICLE_NAME = java.util.regex.Pattern.compile("(al|el)-\\p{Lu}.*");

    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;
    private final TypedOrgAntecedents typedOrgs;
    private final OrganisationKinds kinds;
    private final RelativeOrgAntecedents relativeOrgs;
    private final PossessiveOwners owners;
    private Set<String> afterIn;
    private List<Board> boards; // each `X editorial board`, in text order

    private record Board(int pos, String name) {
    }

    OrgAnaphora(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = resolver;
        this.typedOrgs = new TypedOrgAntecedents(d, resolver.described);
        this.kinds = new OrganisationKinds(d);
        this.relativeOrgs = new RelativeOrgAntecedents(d, resolver);
        this.owners = new PossessiveOwners(d, resolver);
    }

    /** The organisation the mention [a, end] (head at end) stands for, or null. */
    String find(int a, int end, String head, int ms) {
        String before = findBefore(a, end, head, ms); // n65c: else the body called of this kind; n62a: one named later
        return before != null ? before : kinds.learnedOrLater(a, end, head, ms);
    }

    private String findBefore(int a, int end, String head, int ms) {
        if (head.equals("board") && end > a && toks.get(end - 1).low.equals("editorial")) {
            String board = editorialBoard(ms);
            if (board != null) {
                return board; // `the editorial board writes`: the paper's, as the text named it
            }
        }
        if (head.equals("campaign") && end == a + 1 && POSSESSIVES.contains(toks.get(a).low)) {
            return campaign(a, end, ms); // names35: `his campaign` is the candidate's, never `Campaign Legal Center`
        }
        String named = ModifierMatchedBodies.nearer(d, head, ms, d.names.findOrg(head, ms)); // n63c
        boolean spoken = NearbyOrganisations.HEADS.contains(head);
        if (named == null && !spoken && TypedOrgAntecedents.typed(head)) {
            named = typedOrgs.find(a, end, head, ms); // `the newspaper` → the Orlando Sentinel named before
        }
        named = named == null && end - a <= 2 && definite(a, end) ? kinds.find(head, ms) : named; // `the union`
        if (named != null || end > a + 3) {
            return named;
        }
        if (head.equals("campaign")) {
            return campaign(a, end, ms);
        }
        String last = spoken && definite(a, end) ? lastOrganisationSpeaker(ms) : null;
        // `the firm` after the dockworkers' federation spoke: not the federation; n65c: a body called so over a guess
        last = last == null || TypedOrgAntecedents.otherType(last, head) ? null : kinds.overGuess(last, a, end, head, ms);
        // session names20: else the company or group the text typed by its name or described so (`Acme Corp.`)
        if (last != null || !spoken) {
            return last;
        }
        String typed = typedOrgs.find(a, end, head, ms);
        // session names30: `Harlow, which opposed the bill` or a two-word subject the sentence before
        String relative = typed == null && definite(a, end) ? relativeOrgs.find(a, head) : typed;
        // n52b: else the organisation the sentence or the one before just named (`for what the organisation called`)
        return relative == null && definite(a, end) ? NearbyOrganisations.find(d, a, end, head, ms) : relative;
    }

    /**
     * Session names23, rule editorial-board: `the editorial board` is the paper the text names with its board (`the
     * Harbour Times editorial board`, which itself resolves to the paper): the one named last before, else the first
     * one after (a headline's); null when none. Looked up once per text.
     */
    private String editorialBoard(int ms) {
        if (boards == null) {
            boards = new ArrayList<>();
            for (int k = 1; k + 1 < toks.size(); k++) {
                if (toks.get(k).low.equals("editorial") && toks.get(k + 1).low.equals("board")) {
                    int r = k;
                    while (r - 1 >= 0 && toks.get(r - 1).type == WORD && toks.get(r - 1).cap
                            && !Lexicon.DETERMINERS.contains(toks.get(r - 1).low) && k - r < 5) {
                        r--; // `the Kestrel Ledger opinion desk`: the paper's capitalised words
                    }
                    if (r < k) {
                        boards.add(new Board(toks.get(r).s, d.s.substring(toks.get(r).s, toks.get(k - 1).e)));
                    }
                }
            }
        }
        String found = null;
        for (Board b : boards) {
            if (found == null || b.pos() < ms) {
                found = b.name();
            }
        }
        return found;
    }

    /**
     * `Maersk said ... The company said`: the organisation that spoke last, within about a paragraph, when the last
     * speaker is one (not a place); the organisation merely named last was wrong twice as often as right.
     */
    private String lastOrganisationSpeaker(int ms) {
        Speaker prev = LastSpeakers.before(d, ms);
        int si = toks.get(d.tokenAt(ms)).sent;
        if (si > 0 && d.clauses != null && (toks.get(d.sentStart[si - 1]).para == toks.get(d.tokenAt(ms)).para
                || subjectSpeaks(si - 1))) { // `The Harbour Audit Trust ... reached much the same view. ..., the group said`
            int[] subj = d.clauses.sentenceSubject(d.sentStart[si - 1], d.sentEnd[si - 1]);
            Speaker topic = subj == null ? null : resolver.resolve(subj[0], subj[1]);
            if (topic != null && (orgLike(topic) || namelessRun(topic)) && topic.name() != null
                    && toks.get(subj[1]).cap && (prev == null || topic.ms() > prev.ms())) {
                prev = topic;
            }
        }
        return prev != null && (orgLike(prev) || namelessRun(prev)) && prev.name() != null && ms - prev.ms() < 800
                && (Character.isUpperCase(prev.name().codePointAt(0)) || ARABIC_ARTICLE_NAME.matcher(prev.name()).matches())
                && !Lexicon.isRegion(prev.name()) // n56b: `al-Shabaab` spoke, then `the group said`
                && !Lexicon.PLACES.contains(Lexicon.lower(prev.name())) ? prev.name() : null;
    }

    /**
     * Rule group-that-spoke (session names22): the sentence before, in the paragraph before, has its subject speak:
     * a cue right after a capitalised subject (`Tidewater Watch put out a notice saying ...`). Its speaker is not
     * yet stored when a later sieve reads it, so `"...," the group said in a notice` in the next paragraph found
     * no organisation that spoke; a sentence merely naming one stays out (the organisation named last was wrong twice
     * as often as right).
     */
    private boolean subjectSpeaks(int si) {
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        return subj != null && toks.get(subj[1]).cap && subj[1] + 1 <= d.sentEnd[si]
                && d.cueLex.isCueTok(subj[1] + 1);
    }

    /**
     * Session names20: an organisation, or one capitalised word the name index read as a person's that is nobody's
     * name in the text (`Twitter said ... The company said`): no full name ends with it, it is no first name, no
     * contraction (`Don't`) and no place the text writes after `in` (`in Indianapolis`).
     */
    private boolean orgLike(Speaker sp) {
        String name = sp.name();
        if (sp.kind() == SpeakerKind.ORGANIZATION) {
            return true;
        }
        return sp.kind() == SpeakerKind.PERSON && name != null && !name.isEmpty() && name.indexOf(' ') < 0
                && NearbyOrganisations.nobodysWord(d, name) && !placesAfterIn().contains(name);
    }

    /**
     * Rule group-that-spoke: a run of three or more capitalised words the index read as a person's but that is
     * nobody's name (`Black Lives Matter`: no known first name, no gender, no title) may be the group that just spoke;
     * two such words are mostly a person whose first name the lists lack (`Geert Supré`, taken by a first version).
     */
    private boolean namelessRun(Speaker sp) {
        return sp.kind() == SpeakerKind.PERSON && sp.name() != null && NearbyOrganisations.namelessRun(d, sp.name());
    }

    /** Capitalised words the text writes right after `in`: places, built once per text on first use. */
    private Set<String> placesAfterIn() {
        if (afterIn == null) {
            afterIn = new java.util.HashSet<>();
            for (int next : d.capitalisedWords()) { // a capitalised word, then the word before it
                if (next >= 1 && toks.get(next - 1).low.equals("in")) {
                    afterIn.add(toks.get(next).text);
                }
            }
        }
        return afterIn;
    }

    /**
     * Rule described-organisation (session names41): `the utility`, `the airline`, `the club`, nouns for an
     * organisation of a kind no list holds, are the organisation the article itself described with that noun nearby
     * (`The state power utility Zamlight`, `Skyrover, the budget airline,`, `budget airline Skyrover`); `the club` is
     * else the club named before whose name says it is one (`Harbor City FC`, {@link TypedOrgAntecedents}); else (names43)
     * the organisation of that kind ({@link OrganisationKinds}); else null. The mention [a, end] reads {@code mention}.
     */
    Speaker describedAs(int a, int end, String mention) {
        String retold = resolver.described.retold(a, end); // n56b: `the Norwick-based online retail giant`
        // n59a, rule national-kind-noun: `the Swiss drugmaker`, `the German carmaker`: a nationality is no name
        if (retold != null || !definite(a, end) && !(national(a, end) && OrganisationKinds.isKind(toks.get(end).low)) || end == a) {
            return retold == null ? null
                    : new Speaker(toks.get(a).s, toks.get(end).e, mention, retold, SpeakerKind.ORGANIZATION, null);
        }
        String head = toks.get(end).low;
        DescriptionTies.Tie tie = tiedBefore(end) ? resolver.described.organisation(a, end) : null; // or `Zamlight`
        // `the club`: else the club named before by its type word (`Harbor City FC`), as `the newspaper` is
        String name = tie != null ? tie.name() : TypedOrgAntecedents.CLUB_HEADS.contains(head)
                ? typedOrgs.find(a, end, head, toks.get(a).s) : null;
        name = name == null ? kinds.findOrLearned(a, end, head, toks.get(a).s) : name; // n65c: or called so
        name = name == null ? StoryOrganisations.find(d, a, end, head) : name; // n53b: `the telco`, the story's firm
        return name == null ? null
                : new Speaker(toks.get(a).s, toks.get(end).e, mention, name, SpeakerKind.ORGANIZATION, null);
    }

    /**
     * Whether the head word at h is written before it in its paragraph or the one before (the body's): only there can
     * a tie be, so most `the report`s build no ties (a scan of the text); party words come from `(R-Utah)` tags too.
     */
    private boolean tiedBefore(int h) {
        Tok head = toks.get(h);
        String word = Words.low(head);
        if (DescriptionTies.PARTY_HEADS.contains(word)) {
            return true;
        }
        for (int k = h - 1; k >= 0 && toks.get(k).para >= head.para - 1 && toks.get(k).para > 0; k--) {
            if (Words.low(toks.get(k)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** `the Swiss drugmaker`: `the`, one nationality adjective, the head. */
    private boolean national(int a, int end) {
        return end == a + 2 && toks.get(a).low.equals("the") && Demonyms.adjective(toks.get(a + 1).low);
    }

    private boolean definite(int a, int end) {
        if (!toks.get(a).low.equals("the")) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            if (toks.get(k).type != WORD || toks.get(k).cap && !Demonyms.adjective(toks.get(k).low)) {
                return false; // `the Harbour group`: a name the other rules read; n66b: `the Norwegian firm` is not
            }
        }
        return true;
    }

    private static final Set<String> POSSESSIVES = Lexicon.words("his her");

    /**
     * Session names35, rule possessed-office: `His office sent out a note`, `her office said`: an office held by
     * the person the pronoun means speaks for that person, under the person's name (of the pronoun's gender); null
     * for any other mention; a person's office by name too (names47 and lead48, {@link NamedOffices}).
     */
    String officeOwner(int a, int end) {
        if (!toks.get(end).low.equals("office")) {
            return null;
        }
        return end == a + 1 && POSSESSIVES.contains(toks.get(a).low) ? owners.ownerBefore(end, true)
                : NamedOffices.owner(toks, resolver, a, end); // names47: `Varga's office`, `the mayor's office`
    }

    /** Who speaks for a person in court: `his lawyers`, `Ms. Hale's attorney`. */
    private static final Set<String> COUNSEL = Lexicon.words("lawyer lawyers attorney attorneys");

    /**
     * Session names38, rule counsel-of-person: `his attorneys said`, `Mr. Hale's lawyers said`, `Clinton's lawyer`: the
     * client by full name and the noun (`Gordon Hale's lawyers`), as `his office` is its holder's; null otherwise.
     */
    String counselOf(int a, int end) {
        Tok head = toks.get(end);
        if (head.cap || !COUNSEL.contains(head.low) || end - a > 2) {
            return null;
        }
        String owner = null;
        if (end == a + 1 && (POSSESSIVES.contains(toks.get(a).low) || toks.get(a).cap && Words.endsWithPossessive(toks.get(a)))) {
            owner = owners.ownerBefore(end, false); // `his attorneys`, `Clinton's lawyers`
        } else if (end == a + 2 && toks.get(a).cap && toks.get(a).dotted && Words.endsWithPossessive(toks.get(a + 1))) {
            Speaker client = resolver.resolve(a, a + 1); // `Mr. Hale's lawyers`: the Hale the honorific means
            owner = client != null && client.kind() == SpeakerKind.PERSON && client.name() != null
                    && client.name().contains(" ") && !client.name().contains("'") ? client.name() : null;
        }
        return owner == null ? null : owner + "'s " + head.text;
    }

    /** `his campaign` / `the campaign` (head at end): the candidate's name and `campaign`, or null. */
    private String campaign(int a, int end, int ms) {
        String owner = owners.ownerBefore(end, false);
        if (owner == null && definite(a, end)) {
            for (int k = a - 1; k > 0 && ms - toks.get(k).s < CAMPAIGN_REACH && owner == null; k--) {
                if (toks.get(k).low.equals("campaign") && toks.get(k).qrole == OUT && toks.get(k).para > 0) {
                    owner = owners.ownerBefore(k, false);
                }
            }
        }
        return owner == null ? null : owner + " campaign";
    }
}
