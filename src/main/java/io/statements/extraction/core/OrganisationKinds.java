package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session names43, rule organisation-kind: `the airline`, `the carrier`, `the lender`, `the insurer`, `the miner`,
 * `the regulator`, `the watchdog`, `the union`, `the league`, `the club`, `the broadcaster` as speakers. News writing
 * names a firm once and then calls it by its trade; the noun is the organisation of that kind the article named
 * before, known by
 * <ol>
 * <li>the words of its own name (`X Airways`, `X Bank`, `X Assurance`, `X Mining`, `X Authority`, `X Rovers`): the
 * nearest such name before, within a few paragraphs;</li>
 * <li>else, for a name that says no kind at all (`Qantara has cancelled ...`, then `the airline`), the one such
 * organisation the article has named before as a sentence's subject, when no other organisation without a kind word
 * was named in between (two candidates: neither).</li>
 * </ol>
 * A person, a place or a region is never taken; a name whose words say another kind (`X Bank` for `the airline`) is
 * passed over. The article's own description of a name (`X, the country's largest lender`, `low-cost airline X`) is
 * read first by {@link OrgAnaphora#describedAs}.
 */
final class OrganisationKinds {
    /** How far back (in characters) the organisation may be named: a few paragraphs of news copy. */
    private static final int REACH = 3000;

    /** Each kind noun and the words an organisation's name of that kind carries. */
    private static final Map<String, Set<String>> NAME_WORDS = new HashMap<>();
    /** Every kind noun's name words together: a name holding none of them says no kind. */
    private static final Set<String> ANY_KIND_WORD = new java.util.HashSet<>();

    private static void kind(String nouns, String nameWords) {
        Set<String> words = Lexicon.words(nameWords);
        for (String noun : nouns.split(" ")) {
            NAME_WORDS.put(noun, words);
        }
        ANY_KIND_WORD.addAll(words);
    }

    static {
        kind("airline carrier", "airlines airline airways air aviation jet");
        kind("lender bank", "bank banks banking bancorp");
        kind("insurer", "insurance assurance insurers insurer");
        kind("miner", "mining mines minerals resources metals copper gold coal diamonds");
        kind("regulator watchdog", "authority commission office regulator ombudsman");
        kind("union", "union unions association federation workers guild teamsters");
        kind("league", "league division federation conference");
        // n63c, rule club-name-words: the words that end football and rugby clubs' names across the English-speaking
        // world (`X United`, `X Albion`, `X Rangers`, `X Hotspur`), not `City` or `Town`, which end places' names
        kind("club", "fc afc cf sc club rovers athletic wanderers united albion rangers hotspur");
        kind("broadcaster", "broadcasting corporation tv television radio channel bbc abc cbs nbc");
        kind("carmaker automaker", "motors motor auto automotive cars");
        kind("retailer supermarket", "stores supermarkets retail mart");
        kind("utility", "power energy electric electricity water utilities");
        // n59a, rule organisation-kind-classes: the trades and institutions news copy names a body by once it has
        // been named, by class (any firm, any country): makers of one product (`the Swiss drugmaker`), institutions
        // of culture, care and law (`the museum`, `the orchestra`, `the hospital`, `the tribunal`); a word that is as
        // often a person (`the publisher`, `the developer`, `the builder`) or a thing (`the operator`) is left out
        kind("drugmaker pharma", "pharmaceuticals pharmaceutical pharma therapeutics biotech laboratories labs");
        kind("chipmaker", "semiconductor semiconductors microelectronics micro chips electronics");
        kind("steelmaker", "steel steels");
        kind("planemaker", "aerospace aircraft aviation");
        kind("shipbuilder shipyard", "shipbuilding shipyard shipyards marine");
        kind("brewer brewery", "brewery breweries brewing brewers beer");
        kind("distiller", "distillers distillery distilleries spirits");
        kind("refiner", "refining refinery petroleum oil");
        kind("shipper", "shipping lines maritime logistics");
        kind("telecom", "telecom telecommunications telecoms mobile communications");
        kind("museum gallery", "museum gallery galleries");
        kind("orchestra", "orchestra philharmonic symphony sinfonia");
        kind("theatre theater", "theatre theater playhouse opera");
        kind("hospital", "hospital clinic infirmary medical");
        kind("tribunal", "tribunal court");
        kind("militia", "militia brigade brigades front");
        kind("studio", "studios studio pictures films");
        kind("zoo", "zoo");
    }

    private final Doc d;
    private final List<Tok> toks;

    OrganisationKinds(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    static boolean isKind(String head) {
        return NAME_WORDS.containsKey(head);
    }

    /**
     * Last words that make a capitalised run of two words or more an institution's or a firm's name, not a person's.
     * n66b, rule firm-head-name: a firm's legal or trade head (`X Corporation`, `X Motors`, `X Industries`, `X
     * Holdings`) ends no person's name either; read as a person's, a title word opening it was stripped (`General
     * Motors` → `Motors`, `National Copper Corporation` → `Copper Corporation`).
     */
    private static final Set<String> NAME_HEADS = Lexicon.words("""
            museum gallery galleries orchestra philharmonic sinfonia theatre theater playhouse opera pharmaceuticals
            therapeutics biotech brewery breweries brewing distillery distillers refinery shipyard shipyards studios
            zoo aerospace airlines airways telecom telecommunications semiconductor semiconductors
            corporation motors industries holdings enterprises incorporated""");

    /**
     * Rule kind-head-name (n59a): `The Pellworth Symphony Orchestra`, `Halvex Pharmaceuticals`, `Carrow Brewery`: a
     * capitalised run ending in a word for an institution or a trade (no surname or first name is one) names an
     * organisation; read as a person, a run opening with `The` was taken for a book's title and no body was indexed.
     */
    static boolean kindName(List<Tok> toks, int a, int b) {
        Tok last = toks.get(b); // asked of every name run: the cheap tests first, the possessive stripped only if any
        return b > a && last.cap && (NAME_HEADS.contains(last.low) || last.low.endsWith("s") && NAME_HEADS.contains(
                Words.lowStripped(last))) && !PersonGenders.isFirstName(toks.get(a).low);
    }

    /** The organisation the kind noun `head` at char position ms stands for, or null. */
    String find(String head, int ms) {
        Set<String> words = NAME_WORDS.get(head);
        if (words == null) {
            return null;
        }
        NameIndex names = d.names;
        String unmarked = null;
        boolean twoUnmarked = false, subject = false;
        int times = 0;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - REACH) {
                break;
            }
            String name = names.mentionName.get(k);
            if (name == null || Lexicon.isRegion(name) || Lexicon.PLACES.contains(Lexicon.lower(name))
                    || dateline(mp[2], name)) {
                continue;
            }
            if (toks.get(mp[2]).para == 0) {
                times += name.equals(unmarked) ? 1 : 0; // the headline's `Qantara cancels flights`
                continue; // its capitalised words (`Port Workers Blame Harbour Board`) are no name to take
            }
            String[] nameWords = Lexicon.lower(name).split(" ");
            boolean person = mp[1] == SpeakerKind.PERSON.ordinal();
            // `Mwale Assurance` may read as a person's name; a known first name makes it one (`Ann Gold`)
            if (carries(nameWords, words) && nameWords.length > 1
                    && !(person && PersonGenders.isFirstName(nameWords[0]))) {
                return trimmed(name); // `Harbridge Bank` for `the lender`
            }
            // `Qantara` alone reads as a surname to the name index; a name the text never gives a first name is no one's
            boolean firm = !person || nameWords.length == 1 && !PersonGenders.isFirstName(nameWords[0]);
            if (unmarked(nameWords) && firm) {
                unmarked = unmarked == null ? name : unmarked;
                twoUnmarked |= !unmarked.equals(name);
                subject |= unmarked.equals(name) && subjectAt(mp[2]);
                times += unmarked.equals(name) ? 1 : 0;
            }
        }
        // one word at a sentence's start may be any noun (`Production has stopped`): a firm's name comes back
        return twoUnmarked || !subject || times < 2 && unmarked.indexOf(' ') < 0 ? null : unmarked;
    }

    /** `the union`: the one of its kind by its name's words ({@link #find}), else the one the article called so. */
    String findOrLearned(int a, int end, String head, int ms) {
        String byName = end - a <= 2 ? find(head, ms) : null;
        return byName != null ? byName : learned(a, end, head, ms);
    }

    /** n65c: the body the article itself called of this kind ({@link LearnedBodyKinds}), else one it names later. */
    String learnedOrLater(int a, int end, String head, int ms) {
        String byKind = learned(a, end, head, ms);
        String later = byKind != null ? byKind : LaterNamedBodies.find(d, a, end, head, ms);
        // n69b: `the party`, `the board`: else the body that spoke last or the story's body, when its name fits
        return later != null || !BodyKindNouns.is(head) ? later : StoryOrganisations.find(d, a, end, head);
    }

    /**
     * n65c: `the company` after the last speaker was a run of capitalised words taken for a group only because no
     * first name was known (`Shopper Anna Gott`): the body the article called a company, when it called one so.
     */
    String overGuess(String last, int a, int end, String head, int ms) {
        String byKind = NearbyOrganisations.namelessRun(d, last) ? learned(a, end, head, ms) : null;
        return byKind != null ? byKind : last;
    }

    private String learned(int a, int end, String head, int ms) {
        return LearnedBodyKinds.of(d).find(a, end, head, ms);
    }

    /** `of Corrow Bank` (a sentence-initial `Customers of ...` run): the name from its first capitalised word. */
    private static String trimmed(String name) {
        int k = 0;
        while (k < name.length() && Character.isLowerCase(name.charAt(k))) {
            k = name.indexOf(' ', k) + 1;
            if (k == 0) {
                return name;
            }
        }
        return name.substring(k);
    }

    private static boolean carries(String[] nameWords, Set<String> words) {
        for (String w : nameWords) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Institutions that are no business: a school is never `the firm` or `the bank` a story turns to. */
    private static final Set<String> NOT_FIRMS = Lexicon.words(
            "school university college court hospital ministry department government police army church museum");

    /**
     * Session lead49 (merging n49a and n49d): whether a name may be the one `the [words] head` describes: a kind noun
     * (`the bank`) wants a name of its kind or one that says no kind; any other organisation noun (`the firm`) any
     * name but an institution's (`Fenmore Law School` is no investment bank).
     */
    static boolean mayBe(String name, String head) {
        String[] words = Lexicon.lower(name).split(" ");
        return !carries(words, NOT_FIRMS) && (!isKind(head) || carries(words, NAME_WORDS.get(head)) || unmarked(words));
    }

    /** A name that says no kind: no organisation word (`ministry`, `party`, `bank`) and no kind noun's name word. */
    private static boolean unmarked(String[] nameWords) {
        for (String w : nameWords) {
            if (Lexicon.ORG_WORDS.contains(w) || ANY_KIND_WORD.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** `LUSAKA -` opening a paragraph: the dateline's place, whatever the name index made of it. */
    private boolean dateline(int t, String name) {
        return t >= 0 && t < toks.size() && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() > 4
                && (t == 0 || toks.get(t - 1).para != toks.get(t).para);
    }

    /** Whether the name at token t opens its sentence (or follows a dateline's dash): the clause is about it. */
    private boolean subjectAt(int t) {
        if (t <= 0 || t >= toks.size()) {
            return t == 0;
        }
        Tok prev = toks.get(t - 1);
        return prev.sent != toks.get(t).sent || prev.text.equals("-") || prev.text.equals("\u2014")
                || prev.text.equals("\u2013");
    }
}
