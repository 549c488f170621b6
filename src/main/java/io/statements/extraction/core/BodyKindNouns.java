package io.statements.extraction.core;

import java.util.Map;
import java.util.Set;

/**
 * Session n69b, rule body-kind-noun: `the party`, `the club`, `the league`, `the federation`, `the board`, `the
 * foundation` as speakers, when no body named with that word, called so, or named later resolved them. News copy
 * names the body once or twice (`Chamisa's Harbour Alliance said in a statement ...`, `... leave Tarnholm`) and then
 * calls it by its kind, as it calls a firm `the company`: the mention is
 * <ol>
 * <li>the body that spoke last, within about a paragraph ({@link LastSpeakers}): the subject of the story's
 * statements goes on speaking under its kind noun;</li>
 * <li>else the body the whole story is about ({@link StoryOrganisations}).</li>
 * </ol>
 * Either way the name must fit the noun: it holds no word of another kind of body (`the party` is never the
 * `Constitutional Court`, `the club` never the `Football Federation`); for a party a coalition's or a movement's word
 * fits (`Alliance`, `Front`, `Movement`); a name that says no kind at all fits any.
 */
final class BodyKindNouns {
    /** Each body noun and the organisation words its names may hold. */
    private static final Map<String, Set<String>> FITTING = Map.of(
            "party", Lexicon.words("party alliance front movement congress coalition"),
            "club", Lexicon.words("club"),
            "league", Lexicon.words("league"),
            "federation", Lexicon.words("federation association union"),
            "board", Lexicon.words("board"),
            "foundation", Lexicon.words("foundation trust fund"));

    /** How far (chars) back the body that spoke last may have spoken: about a paragraph. */
    private static final int SPOKEN_REACH = 800;

    private BodyKindNouns() {
    }

    static boolean is(String head) {
        return FITTING.containsKey(head);
    }

    /** The body that spoke last, within about a paragraph before ms, when its name fits the noun; else null. */
    static String lastSpoken(Doc d, String head, int ms) {
        Speaker prev = LastSpeakers.before(d, ms);
        return prev != null && prev.kind() == SpeakerKind.ORGANIZATION && prev.name() != null && ms - prev.ms() < SPOKEN_REACH
                && prev.ms() < ms && fits(prev.name(), head) && !Lexicon.PLACES.contains(Lexicon.lower(prev.name()))
                && !Lexicon.isRegion(prev.name()) ? prev.name() : null;
    }

    /** Whether a name may be the body the noun describes: no organisation word of another kind, a capital first. */
    static boolean fits(String name, String head) {
        Set<String> allowed = FITTING.get(head);
        if (allowed == null) {
            return true;
        }
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        String[] words = Lexicon.lower(name).split(" ");
        if (PersonGenders.isFirstName(words[0])) {
            return false;
        }
        for (String w : words) { // `VP Ana Ruiz` typed a body by mistake: a title is a person's
            if (Lexicon.ORG_WORDS.contains(w) && !allowed.contains(w) || Lexicon.TITLES.contains(w.replace(".", ""))
                    || RoleWords.ROLES.contains(w) || media(w)) {
                return false;
            }
        }
        return OrganisationKinds.mayBe(name, head);
    }

    /**
     * An outlet's word, whole or one part of a hyphenated word (`Harbour-TV`): the outlet that reported the story is
     * the article's source, never the party, board or foundation it reports on.
     */
    private static boolean media(String w) {
        if (Lexicon.MEDIA_WORDS.contains(w)) {
            return true;
        }
        for (int h = w.indexOf('-'); h > 0; h = w.indexOf('-', h + 1)) {
            int next = w.indexOf('-', h + 1);
            if (Lexicon.MEDIA_WORDS.contains(w.substring(h + 1, next < 0 ? w.length() : next))) {
                return true;
            }
        }
        return Lexicon.MEDIA_WORDS.contains(w.substring(0, Math.max(0, w.indexOf('-'))));
    }

    /**
     * Session n72c: a kind noun another kind noun of another class follows before any `of` modifies it: an English
     * name's head is its last noun (`University and College Union`, `Union Bank`, `Harbour Commission of Inquiry`).
     */
    static boolean modifier(String[] words, int w) {
        String[] own = BodyRecords.classesOf(words[w].replace(".", ""));
        if (own.length == 0) {
            return false;
        }
        for (int k = w + 1; k < words.length && !words[k].equals("of"); k++) {
            String[] later = BodyRecords.classesOf(words[k].replace(".", ""));
            if (later.length > 0 && !java.util.Arrays.asList(later).contains(own[0])) {
                return true;
            }
        }
        return false;
    }
}
