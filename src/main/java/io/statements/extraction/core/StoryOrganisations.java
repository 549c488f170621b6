package io.statements.extraction.core;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Session n53b, rule trade-noun-story: `the company`, `the firm`, `the group`, `the charity` and a trade noun for a
 * business (`the telco`, `the payments processor`, `the chipmaker`, `the e-commerce giant`) that nothing nearer
 * resolved ({@link OrgAnaphora}, {@link NearbyOrganisations}, {@link OrganisationKinds}, the article's own
 * description) is the organisation the whole story is about: news copy names its organisation again and again, in the
 * headline and after the mention too (`"...," the telco wrote` after the headline and two sentences name the telco;
 * `the company said` before the firm's name comes back twice). Counted over the whole text, that organisation leads
 * clearly ({@link StoryLeader}; a two-word name the index read as a person's counts as a rival); a school, court or
 * ministry is no business, and a kind noun (`the airline`) wants a name of its kind or one that says no kind. Two
 * firms named as often as each other, or one named once in passing: none (the description stays). Not `the platform`
 * (a party's), `the maker` or `the producer` (mostly people). Session n69b: also the body nouns of {@link
 * BodyKindNouns} (`the party`, `the club`), counting only names the index typed as bodies, and names read as persons'
 * that the article introduces as companies ({@link BodyRoleIntroductions}: `X CEO Name`, `shares in X`).
 */
final class StoryOrganisations {
    /** Nouns for any organisation ({@link NearbyOrganisations#HEADS}) and for a business by its trade. */
    private static final Set<String> TRADES = Lexicon.union(NearbyOrganisations.HEADS, Lexicon.words("""
            telco telecom carrier processor provider manufacturer giant
            conglomerate startup start-up retailer chain lender insurer airline automaker carmaker chipmaker
            brand business outfit fintech supplier distributor exporter miner utility bank
            brokerage multinational charity nonprofit non-profit"""));

    private StoryOrganisations() {
    }

    /** The organisation the definite mention [a, end] with head noun {@code head} stands for, or null. */
    static String find(Doc d, int a, int end, String head) {
        boolean body = BodyKindNouns.is(head); // n69b: `the party`, `the club`: the body that spoke, else the story's
        if (!TRADES.contains(head) && !body || !definite(d, a, end) || d.names == null || body && end != a + 1) {
            return null;
        }
        int ms = d.toks.get(a).s;
        String spoken = body ? BodyKindNouns.lastSpoken(d, head, ms) : null;
        if (spoken != null) {
            return spoken;
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> rivals = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        // n69b: `Harlow Finch CEO Ida Berg`: names read as persons' that the article introduces as companies
        Set<String> companies = BodyRoleIntroductions.names(d);
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            int[] mp = d.names.mentionPos.get(k);
            String name = BodyRoleIntroductions.unglued(d.names.mentionName.get(k)); // `Harlow Finch CEO`: the firm
            boolean typed = !body || mp[1] == SpeakerKind.ORGANIZATION.ordinal(); // a party: never a word read as a surname
            if (typed && (NearbyOrganisations.organisation(d, mp, name, true)
                    || companies.contains(name) && mp[1] == SpeakerKind.PERSON.ordinal())) {
                counts.merge(name, 1, Integer::sum);
                before.merge(name, mp[0] < ms ? 1 : 0, Integer::sum);
            } else if (firmLike(d, mp, name)) {
                rivals.merge(name, 1, Integer::sum);
            }
        }
        int rival = rivals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String best = StoryLeader.of(counts, before, rival);
        return best != null && OrganisationKinds.mayBe(best, head) && BodyKindNouns.fits(best, head) ? best : null;
    }

    /**
     * A rival the index read as a person's but that may be a firm (`Kestrel Mobile`): outside quotes, no known first
     * name first, no gender, no place; counted only against the story's organisation, never taken.
     */
    private static boolean firmLike(Doc d, int[] mp, String name) {
        if (name == null || name.isEmpty() || mp[1] != SpeakerKind.PERSON.ordinal()
                || d.toks.get(mp[2]).qrole != Tok.OUT || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        int sp = name.indexOf(' ');
        String first = Lexicon.lower(sp > 0 ? name.substring(0, sp) : name);
        return !PersonGenders.isFirstName(first) && d.genders.of(name) == null
                && !Lexicon.PLACES.contains(Lexicon.lower(name)) && !Lexicon.isRegion(name);
    }

    /** `the telco`, `the payments processor`: `the` and lower-case words only (`the Harbour firm` is a name's). */
    private static boolean definite(Doc d, int a, int end) {
        if (!d.toks.get(a).low.equals("the") || end == a) {
            return false;
        }
        for (int k = a + 1; k <= end; k++) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || t.cap && (k == end || !Demonyms.adjective(t.low) && !BodyRecords.describing(t))) {
                return false; // n66b: `the Norwegian company` is described by its country, no name; n71b: `the Norland-owned firm`
            }
        }
        return true;
    }
}
