package io.statements.extraction.core;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Word lists the rules use. Everything is lower case. */
final class Lexicon {
    private Lexicon() {
    }

    static Set<String> set(String... words) {
        return new WordListSet(Arrays.asList(words)); // a HashSet whose look-up probes an array of hashes
    }

    static Set<String> words(String spaceSeparated) {
        return set(spaceSeparated.trim().split("\\s+"));
    }

    /** Finite verbs of saying: strong attribution cues. */
    static final Set<String> SPEECH = words("""
            said says say told tells tell added adds wrote writes noted explained explains asked asks stated
            declared declares announced announces argued argues insisted insists warned warns recalled recalls
            replied replies responded responds tweeted acknowledged acknowledges admitted admits conceded concedes
            emphasized emphasised emphasizes emphasises stressed stresses reiterated urged urges cautioned predicted predicts contended
            contends maintained maintains complained charged alleged alleges countered quipped joked observed
            remarked testified confirmed confirms vowed vows promised promises pledged pledges asserted asserts
            shouted yelled chanted sang sings lamented boasted bragged mused wondered answered disclosed revealed
            mentioned texted emailed posted continued continues agreed agrees echoed reported reports
            claimed suggested suggests proclaimed proclaims exclaimed retorted conceded demanded demands
            thundered blasted slammed yells shouts screamed screams cried whispered whispers chants
            barked fumed snapped scoffed sneered griped groused marveled marvelled gushed raged ranted pleaded
            opined mocked teased grumbled muttered bellowed hollered interjected argue insist claim suggest
            contend maintain concede admit acknowledge predict allege complain notes
            clarified clarifies reasoned""");

    /**
     * Base forms among the cues (`Democrats insist that ...`, `critics argue ...`): after a determiner or a
     * preposition they are nouns or infinitives of someone else's clause (`his claim`, `to argue`), not cues.
     */
    static final Set<String> BASE_FORMS = words("""
            argue insist claim suggest contend maintain concede admit acknowledge predict allege complain hope fear
            expect worry""");

    /**
     * Verbs that attribute a quote only right after it (`"...," the letter read`, `"...!" he beamed`): alone they
     * introduce no content (`he read the report`, `she laughed off the claim`).
     */
    static final Set<String> AFTER_QUOTE_ONLY = words("""
            read reads beamed laughed sighed assured assures riffed smiled pressed elaborated reacted remembered
            recounted surmised retaliated demurred concludes conclude confessed confesses answers mocks shot started
            commented ruled rules"""); // n57a ruling-verb: `"...," ruled Judge President X`, not `ruled out`

    /** Other verbs that introduce attributed content (opinion, characterisation, belief). Weaker cues. */
    static final Set<String> WEAK = words("""
            called calls described describes expressed expresses condemned condemns denounced denounces hailed
            hails labeled labelled dubbed termed likened reaffirmed reaffirms restated restates praised praises criticized
            criticised accused accuses blamed blames questioned questions believes believe believed thinks think thought feels felt knows
            estimated estimates concluded concludes found showed shows predicted projected warned insisted
            wants wanted hopes hoped expects expected worries worried fears feared denied denies
            attacked defended defends touted touts promised called acknowledged accused rejected rejects
            disputed disputes dismissed dismisses characterized characterizes referred refers cited cites
            highlighted welcomed welcomes supports backs backed endorsed endorses opposes opposed plans vowed
            hope fear expect worry supported proposed offered sought seeks decried derided lambasted assailed chided
            rebuked applauded lauded challenged pointed
            indicated indicates considers referenced invoked implied bemoaned portrayed portray portrays preferred recommended
            voiced railed lashed boasts speculated proposes hints unveiled unleashed sided balked distanced
            repeated assured assures issued ordered characterised characterises branded"""); // n72e (not `brands`: a noun)

    /**
     * Judgement and pursuit verbs that make reported speech in the progressive only (`the union is touting its plan`,
     * `Holt was backing the bid`): after a form of `be` they are the clause's verb; elsewhere (`touting his plan, he
     * ...`) their subject is too often someone else's to be a cue.
     */
    static final Set<String> PROGRESSIVE_WEAK = words("""
            touting backing seeking defending demanding pushing criticizing attacking praising blaming endorsing
            opposing supporting rejecting welcoming hoping proposing promoting""");

    /**
     * Verbs of talking, cues only with what they are about (`Holt spoke about the fares`, `she talks of a new quay`,
     * `he was talking about the strike`): alone they say nothing (`she spoke for an hour`).
     */
    static final Set<String> TALK_VERBS = words("spoke speaks spoken talked talks talking speaking"); // n72e: `had spoken of`

    /** Present-tense verbs headlines attribute with: `Lawmakers Rip Trump As A 'Fraud'`. */
    static final Set<String> HEADLINE_VERBS = words("""
            rip rips slam slams blast blasts call calls say says tell tells reveal reveals speak speaks warn warns
            urge urges accuse accuses praise praises attack attacks bash bashes knock knocks hit hits mock mocks
            defend defends declare declares vow vows question questions deny denies claim claims insist insists
            admit admits argue argues threaten threatens demand demands dismiss dismisses label labels brand brands
            """);

    /** Participles that hang an attribution on the subject of the main clause. */
    static final Set<String> PARTICIPLE = words("""
            saying adding noting arguing claiming insisting warning explaining telling calling asking writing
            declaring stating citing urging accusing describing suggesting stressing emphasizing emphasising
            predicting promising vowing acknowledging complaining blasting slamming tweeting responding recalling
            questioning replying admitting conceding contending maintaining pointing referring
            mentioning dismissing referencing announcing denouncing portraying repeating believing expecting
            asserting boasting pledging proclaiming reiterating"""); // names45: `..., asserting that it was "..."`

    /** Verbs whose object is the addressee: "told CNN that ...". */
    static final Set<String> ADDRESSEE_VERBS = words("""
            told tells tell telling asked asks asking urged urges urging warned warns warning assured informed
            reminded""");

    /** Quantifiers that float after a plural subject to its verb: `both`, and since session names26 `each`, `all`. */
    static final Set<String> FLOATING_QUANTIFIERS = words("both each all");

    // `cannot` since session names36 (rule modal-no-subject): `he cannot predict X but said "..."` had a speaker `cannot`
    static final Set<String> ADVERBS_AUX = words("""
            also later then had has have would will previously repeatedly recently once further publicly often
            never just still was is were are again earlier already privately openly reportedly allegedly
            frequently initially subsequently quickly flatly firmly simply even first last finally did does do not
            n't could should may might can must has've always reportedly originally separately directly sharply
            angrily bluntly told eventually similarly likewise herself himself themselves itself only alone rather
            ultimately specifically explicitly emphatically long having cannot""");

    static final Set<String> TIME_WORDS = words("""
            monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon
            evening night week weekend month year earlier later recently january february march april may june july
            august september october november december jan feb mar apr jun jul aug sept sep oct nov dec""");

    static final Set<String> TIME_PREPS = words("on last this early late earlier later next in during at by");

    static final Set<String> CLAUSE_WORDS = words("""
            that and but or while because although though which who whom whose when where after before since as
            if whether so than until unless nor yet whereas whilst""");

    static final Set<String> SUBJECT_PRONOUNS = words("he she they it we i you");

    /**
     * Session names37: speech verbs no reader takes for a plural noun (`the farmers' demands`, `her usual notes`);
     * with any speech verb in -ed ({@link #isUnambiguousSpeechVerb}), what the single-mark and postposed-subject
     * rules ask before reading a word after a possessive or a long subject as the attribution's verb.
     */
    static final Set<String> ATTRIBUTING_VERBS = words("said says told tells wrote writes adds insists warns explains");

    /** A speech verb that is no plural noun: past forms (`said`, `added`, `noted`) and {@link #ATTRIBUTING_VERBS}. */
    static boolean isUnambiguousSpeechVerb(Tok t) {
        return t.has(WordBits.SPEECH_VERB) && (t.low.endsWith("ed") || ATTRIBUTING_VERBS.contains(t.low));
    }

    /** Quantifiers that stand alone as a subject: `Several said`, `another said`. */
    static final Set<String> INDEFINITE_SUBJECTS = words("several some many others another both most few");

    static final Set<String> DETERMINERS = words("""
            the a an this these those two three four five six seven eight nine ten several some many other both
            all most one his her its their our my your any no each another few dozens hundreds thousands""");

    static final Set<String> PREPOSITIONS = words("""
            of in on at for with from by to about into over under after before during between among against via
            per near like""");

    /** Particles of phrasal verbs that put words out: `put out`, `sent out`, `fired off`, `sent back`. */
    static final Set<String> VERB_PARTICLES = words("out off back up");

    /** Nouns for documents and messages: "a military statement said", "the readout". */
    static final Set<String> DOC_NOUNS = words("""
            statement statements report reports readout letter memo memorandum tweet tweets release complaint ad
            advertisement post filing transcript email e-mail document study survey poll polls analysis lawsuit
            suit indictment ruling order note message video website site blog editorial column op-ed petition
            brief motion affidavit data record records book article story paper proposal plan bill notice
            communique announcement""");

    /** Heads of unnamed sources. */
    static final Set<String> ANON_NOUNS = words("""
            official officials source sources aide aides spokesman spokeswoman spokesperson spokespeople diplomat
            diplomats officer officers person people insider insiders adviser advisers advisor advisors staffer
            staffers analyst analysts expert experts witness witnesses resident residents observer observers
            insider employee employees member members operative operatives strategist strategists""");

    /** Heads that stand for an organisation: "the ministry", "the army". */
    static final Set<String> ORG_NOUNS = words("""
            ministry army military office embassy government agency department campaign committee administration
            company firm council party police court commission bureau forces force navy institute university
            board union organization organisation group network newspaper paper station channel team federation
            kremlin regime coalition alliance service center centre foundation association corporation senate
            house congress parliament cabinet authority authorities""");

    /** Words that make a capitalised run an organisation. */
    static final Set<String> ORG_WORDS = words("""
            ministry embassy department republic forces force office army navy police committee council party campaign
            agency commission court house senate congress administration government association institute
            university center centre bureau foundation coalition union service network news times post journal
            corp corp. inc inc. co co. ltd group board kremlin pentagon ministry parliament assembly organization
            organisation federation league reserve bank fund trust command corps guard tribune herald gazette
            magazine press media radio tv television broadcasting channel school college hospital company
            church caucus agency bureau council cabinet authority tribunal secretariat nations fbi cia nsa report
            elysee élysée downing whitehall laboratory laboratories observatory academy society alliance""");

    /**
     * Session names32, rule hyphenated-title: `Secretary-General Ana Ferreira`, `Director-General`, `Vice-President`,
     * `Commander-in-Chief`: a hyphenated word of title words (and `in`) is a title, stripped like its parts.
     */
    static boolean hyphenatedTitle(String w) {
        int dash = w.indexOf('-');
        if (dash <= 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (!TITLES.contains(part) && !part.equals("in")) {
                return false;
            }
        }
        return true;
    }

    /** Title and function words stripped from the front of a person's name. */
    static final Set<String> TITLES = TitleWords.TITLES;

    /** Two word lists as one (the lists of world names and places join the older ones so). */
    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return new WordListSet(all); // was Set.copyOf, whose probe compares every word it passes
    }

    static final Set<String> PLACES = union(WorldPlaces.NAMES, words("""
            israel russia syria iran iraq moscow washington jerusalem tehran damascus beijing china ukraine kyiv
            kiev turkey ankara london britain england france paris germany berlin japan tokyo india pakistan
            egypt cairo lebanon jordan gaza america canada mexico brazil europe nato korea pyongyang seoul
            afghanistan kabul saudi qatar yemen libya cuba venezuela poland spain italy rome greece taiwan
            vietnam australia brussels geneva vienna"""));

    /**
     * US states and cities: as a one-word mention a place, never a person ("he" is not "Florida"), and never what
     * a later "it" stands for.
     */
    /** Places of more than one word, as their words joined by a space. */
    static final Set<String> MULTIWORD_REGIONS = set("new york", "new jersey", "new hampshire", "new mexico",
            "north carolina", "south carolina", "north dakota", "south dakota", "west virginia", "rhode island",
            "los angeles", "san francisco", "san diego", "san antonio", "las vegas", "new orleans", "des moines",
            "salt lake city", "kansas city", "st. louis", "el paso", "fort worth");

    /**
     * Session names42, rule world-place-not-first-name: places of two words outside the US that the name pre-pass
     * reads as a person (`Hong Kong`): never a first name or a last name to resolve a one-word mention by (`Hong
     * said` after `spokesman Hong Lei`, a family name first, was ambiguous between two `Hong`s).
     */
    static final Set<String> WORLD_PLACES = set("hong kong", "sri lanka", "new delhi", "new zealand",
            "south africa", "south korea", "north korea", "south sudan", "saudi arabia", "abu dhabi", "buenos aires",
            "kuala lumpur", "tel aviv", "sao paulo", "cape town", "costa rica", "puerto rico", "el salvador",
            "sierra leone", "west bank", "addis ababa", "phnom penh", "santo domingo", "port moresby");

    /** The first words of {@link #MULTIWORD_REGIONS} (`new`, `san`): a run of words opening with another is none. */
    static final Set<String> MULTIWORD_REGION_STARTS = new HashSet<>();

    static {
        MULTIWORD_REGIONS.forEach(r -> MULTIWORD_REGION_STARTS.add(r.substring(0, r.indexOf(' '))));
    }

    static final Set<String> REGIONS = words("""
            alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
            indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
            missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin
            wyoming chicago boston miami philadelphia atlanta houston denver seattle detroit cleveland baltimore
            raleigh orlando tampa milwaukee pittsburgh""");

    static final Set<String> MEDIA_WORDS = words("""
            cnn nbc abc cbs fox msnbc npr pbs bbc reuters ap afp bloomberg ria ria-novosti tass interfax
            news times post journal radio tv television magazine newspaper network press agency tribune herald
            gazette daily politico axios breitbart huffpost huffington cnbc c-span guardian telegraph""");

    /** Paragraph labels that look like "NAME:" but are not speakers. */
    static final Set<String> NOT_SPEAKER_LABELS = words("""
            update updated note correction watch read more related photos photo video breaking exclusive
            editor's editors source sources transcript advertisement also see listen opinion analysis
            file image images picture pictures pic caption credit credits graphic map reporting editing""");

    static final Set<String> ANAPHORIC_ORG_HEADS = words("""
            ministry army military office embassy government agency department campaign committee administration
            company council party police court commission bureau forces navy institute board kremlin regime
            coalition service center foundation association""");

    static final Set<String> STOP_OVERLAP = words("""
            the a an and or but of to in on at for with from by as is are was were be been it its this that
            these those he she they we you i his her their our not no""");

    /**
     * Rule common-acronym (session lead49): capitals that name a thing, not an organisation (`state TV reported` is
     * an unnamed broadcaster, not one called `TV`; `GDP`, `DNA`). Four letters at most: the pre-pass looks them up
     * only for words that short.
     */
    static final Set<String> COMMON_ACRONYMS = set("TV", "GDP", "DNA", "HIV", "IQ", "UFO", "SUV", "VIP", "GPS", "USB");

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A region's name (`Midwest`, `New England`): never a person or an organisation. */
    static boolean isRegion(String name) {
        if (name == null) {
            return false;
        }
        String low = lower(name);
        return REGIONS.contains(low) || MULTIWORD_REGIONS.contains(low);
    }
}
