package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Session n72c, rule body-description-salience: among the named bodies a body description may stand for, the one the
 * article is about. News copy names its own body again and again (headline, lead, the sentences after) and the
 * others it brings in once or twice in passing: the opponent, the lender, the union, the regulator. A reader takes
 * `the company said` for the company the story follows, not for the safety agency named beside it; `the bank said`
 * for the central bank the story is about, not the lender mentioned once. The candidates are the recorded bodies
 * whose kind fits the noun ({@link BodyRecords#fits}); when none fits, the bodies whose name says no kind at all
 * (`Ardent`, `Kestrel`), never a body of another kind (`the company` is no commission). The leader is named clearly
 * most often among the candidates and before the mention ({@link StoryLeader}); two of the kind named about as often:
 * none, and the resolver's answer stands.
 */
final class SalientBodies {
    /** A body of the firm class, to ask whether a noun may mean a business (`the telco`, `the lender`). */
    private static final BodyRecords.Body FIRM = new BodyRecords.Body("", java.util.Set.of("firm"), java.util.Set.of(), 0,
            true);

    private SalientBodies() {
    }

    /** The candidate body the article is clearly about, or null; {@code fit}: the recorded bodies the noun fits. */
    static String leader(Doc d, BodyRecords records, List<BodyRecords.Body> fit, String head, int ms) {
        Map<String, Integer> counts = counts(d, records);
        Map<String, Integer> cand = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        if (fit.isEmpty()) {
            for (BodyRecords.Body b : records.bodies()) {
                if (b.classes().isEmpty() && OrganisationKinds.mayBe(b.name(), head) && BodyKindNouns.fits(b.name(), head)
                        && !outlet(b)) {
                    cand.put(b.name(), counts.getOrDefault(b.name(), 0));
                }
            }
        } else {
            for (BodyRecords.Body b : fit) {
                cand.put(b.name(), counts.getOrDefault(b.name(), 0));
            }
        }
        for (String n : cand.keySet()) {
            before.put(n, records.named(n).first() < ms ? 1 : 0);
        }
        if (fit.isEmpty()) {
            introduced(d, head, ms, cand, before);
        }
        return cand.isEmpty() ? null : StoryLeader.of(cand, before, 0);
    }

    /**
     * A bare description (`the club`) an earlier rule gave to a body of its kind the article names only once, in
     * passing (`a 3-0 defeat at Westbury Rovers`), when another body of the kind is clearly the story's: that one.
     */
    static String passedOver(Doc d, BodyRecords records, String name, String[] words, int ms) {
        BodyRecords.Body given = records.named(name);
        String head = words[words.length - 1];
        if (words.length != 1 || given == null || !BodyRecords.fits(given, head)) {
            return null;
        }
        Map<String, Integer> counts = counts(d, records);
        if (counts.getOrDefault(given.name(), 0) > 1) {
            return null;
        }
        String about = null;
        int top = 1;
        boolean tie = false;
        for (BodyRecords.Body b : records.bodies()) {
            int n = counts.getOrDefault(b.name(), 0);
            if (b != given && BodyRecords.fits(b, head) && b.first() < ms && n >= top) {
                tie = n == top && about != null;
                about = n > top || about == null ? b.name() : about;
                top = n;
            }
        }
        // named again and first, before the one met in passing: the story's body (`the Central Bank` of the lead)
        return about != null && !tie && top > 1 && records.named(about).first() < given.first() ? about : null;
    }

    /**
     * A description no recorded body's kind fits (`the telco`, `the Norland-owned miner`), given to nobody or to a
     * person or a body of another kind: the body whose name says no kind (`Kestrel`) that the article is about.
     * Modifiers only describing ones (`Norland-owned`): `the rival firm` is someone else.
     */
    static String unmarked(Doc d, BodyRecords records, String[] words, int ms) {
        String head = words[words.length - 1];
        if (!trade(head)) {
            return null; // `the inquiry`, `the court`, `the union`: a name that says no kind is rarely one
        }
        for (int k = 0; k < words.length - 1; k++) {
            if (!Character.isUpperCase(words[k].charAt(0)) && words[k].indexOf('-') < 0) {
                return null;
            }
        }
        for (BodyRecords.Body b : records.bodies()) {
            if (BodyRecords.fits(b, head)) {
                return null; // a body of the kind is named: choose() decides, or leaves it
            }
        }
        return leader(d, records, List.of(), head, ms);
    }

    /**
     * Names the index read as persons' that the article introduces as companies ({@link BodyRoleIntroductions}:
     * `Kestrel CEO Ida Berg`, `shares in Kestrel`): candidates for a business noun too, counted where named.
     */
    private static void introduced(Doc d, String head, int ms, Map<String, Integer> cand, Map<String, Integer> before) {
        java.util.Set<String> companies = BodyRoleIntroductions.names(d);
        if (companies.isEmpty() || !BodyRecords.fits(FIRM, head)) {
            return;
        }
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            int[] mp = d.names.mentionPos.get(k);
            String name = BodyRoleIntroductions.unglued(d.names.mentionName.get(k));
            if (mp[1] == SpeakerKind.PERSON.ordinal() && companies.contains(name)) {
                cand.merge(name, 1, Integer::sum);
                before.merge(name, mp[0] < ms ? 1 : 0, Integer::sum);
            }
        }
    }

    /** A noun for a business, a bank or a club: what a name that says no kind (`Kestrel`, `Westbury`) mostly is. */
    private static boolean trade(String head) {
        for (String c : BodyRecords.classesOf(head)) {
            if (c.equals("firm") || c.equals("bank") || c.equals("club")) {
                return true;
            }
        }
        return false;
    }

    /** An outlet (`Harbour Business News`): the article's source, never the body it reports on. */
    private static boolean outlet(BodyRecords.Body b) {
        return outlet(b.name()) || b.words().stream().anyMatch(Lexicon.MEDIA_WORDS::contains);
    }

    /** A name with an outlet's word (`Harbour Business News`, `CNN Business`). */
    static boolean outlet(String name) {
        for (String w : Lexicon.lower(name).split(" ")) {
            if (Lexicon.MEDIA_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** How often the article names each recorded body (an acronym tied to a name counts for the name). */
    private static Map<String, Integer> counts(Doc d, BodyRecords records) {
        Map<String, Integer> counts = new HashMap<>();
        if (d.names == null) {
            return counts;
        }
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            String name = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] != SpeakerKind.ORGANIZATION.ordinal() || name == null) {
                continue;
            }
            BodyRecords.Body b = records.named(name);
            if (b != null) {
                counts.merge(b.name(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
