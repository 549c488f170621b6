package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Session n71b, rule body-description-record: a statement whose speaker every earlier rule left as a body
 * description (`the committee`, `the union`, `the Norland-owned firm`, `the police watchdog`), or whose body
 * description an earlier rule gave to a body of another kind or to a person (`the company` given to a commission),
 * is the one named body of the article whose kind fits the description's noun ({@link BodyRecords}: the kinds its
 * name, its appositions and the descriptions before it give it). A reader resolves `the committee said` to the one
 * committee the story names, whatever the outlet; with two such bodies, to the one that spoke last, else to neither.
 * A lower-case modifier must be one the record gives the body (`the police watchdog`: the one with `Police` in its
 * name; `the apex court` is no `High Court`); a capitalised describing one (`Hague-based`, `Norwegian`) need not. A
 * description an earlier rule gave to a named body that a contrasting modifier sets apart (`the lower court` given to
 * the `Court of Appeal`) is another body, unnamed, and goes back to the description. An
 * indefinite description (`A union warned ...`) introduces a body the article names after it, never one named before.
 * A description owned by someone (`its board`, `Ruiz's party`) is another body's part, and is left alone.
 */
final class BodyDescriptions {
    /**
     * Modifiers that set one body apart from another of its kind (`the lower court`, `a rival union`): given to a
     * named body whose name and descriptions lack them, they mean another body. Not a level of government (`the state
     * party` is loosely the party named).
     */
    private static final Set<String> CONTRASTING = Lexicon.words("""
            lower higher other another rival second separate different appeals appellate district""");

    /**
     * Nouns that fit only a body holding the word itself: `the panel` and `the inquiry` are as often a hearing's
     * panel or the investigation itself as the commission the article names.
     */
    private static final Set<String> WORD_ONLY = Lexicon.words("panel inquiry");

    /** How many words a description may hold: `the Norland-owned steel firm`. */
    private static final int MAX_WORDS = 5;

    private BodyDescriptions() {
    }

    static void apply(Doc d) {
        BodyRecords records = null;
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.name().isEmpty() || sp.mention() == null || sp.ms() < 0) {
                continue;
            }
            String name = sp.name();
            boolean left = description(name);
            String[] mention = sp.mention().split(" ");
            String det = Lexicon.lower(mention[0]);
            String[] words;
            if (left) {
                if (!det.equals("the") && !det.equals("a") && !det.equals("an")) {
                    continue; // `its board`, `Ruiz's party`, a bare headline noun: someone's, or no reference
                }
                words = name.split(" ");
            } else {
                int cut = det.equals("the") ? 4 : det.equals("a") ? 2 : det.equals("an") ? 3 : -1;
                if (cut < 0 || mention.length < 2 || !description(sp.mention().substring(cut))) {
                    continue;
                }
                words = sp.mention().substring(cut).split(" ");
            }
            String head = words[words.length - 1];
            if (!BodyRecords.kindNoun(head)) {
                continue;
            }
            int last = sp.me() > 0 ? d.tokenAt(sp.me() - 1) : -1;
            if (last >= 0 && last + 1 < d.toks.size() && d.toks.get(last + 1).low.equals("of")) {
                continue; // `a group of experts at the Harbour Institute`: people, not the body after `of`
            }
            records = records == null ? BodyRecords.of(d) : records;
            boolean indefinite = !det.equals("the");
            if (!left && !wrongBody(records, sp, head)) {
                if (otherBody(records.named(name), words, indefinite, sp.ms())) { // `the lower court`: unnamed
                    st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), String.join(" ", words), SpeakerKind.ORGANIZATION,
                            sp.channel());
                } else if (!indefinite) { // n72c: a body of the kind named once in passing yields to the story's own
                    String about = SalientBodies.passedOver(d, records, name, words, sp.ms());
                    if (about != null) {
                        st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), about, SpeakerKind.ORGANIZATION, sp.channel());
                    }
                }
                continue;
            }
            String body = choose(d, records, words, sp.ms(), indefinite);
            body = body == null && det.equals("the") ? story(d, sp, head) : body;
            body = body != null && !head.equals("broadcaster") && SalientBodies.outlet(body) ? null : body; // n72c
            body = body == null && det.equals("the") ? SalientBodies.unmarked(d, records, words, sp.ms()) : body; // n72c
            body = body != null && !left && records.fullName(name).equals(records.fullName(body)) ? null : body;
            if (body != null && !body.equals(name)) {
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), body, SpeakerKind.ORGANIZATION, sp.channel());
            } else if (body == null && sp.kind() == SpeakerKind.PERSON && person(d, name)) { // n72c: never a person
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), String.join(" ", words), SpeakerKind.ORGANIZATION,
                        sp.channel());
            }
        }
    }

    /** n72c: a name surely a person's (a known first name, or a gender): not `Harlow Brothers` read as a person's. */
    private static boolean person(Doc d, String name) {
        int sp = name.indexOf(' ');
        return PersonGenders.isFirstName(Lexicon.lower(sp > 0 ? name.substring(0, sp) : name))
                || d.genders != null && d.genders.of(name) != null;
    }

    /** A body description only: lower-case words or describing ones (`Norland-owned`), a kind noun last, no possessive. */
    static boolean description(String s) {
        String[] w = s.split(" ");
        if (w.length > MAX_WORDS || !BodyRecords.kindNoun(w[w.length - 1])) {
            return false;
        }
        for (String x : w) {
            if (x.isEmpty() || x.endsWith("'s") || x.endsWith("’s") || x.endsWith("'") || x.endsWith("’")
                    || !Character.isLetter(x.charAt(0))) {
                return false;
            }
            if (Character.isUpperCase(x.charAt(0)) && !describing(x)) {
                return false;
            }
            String low = Lexicon.lower(x);
            if (Lexicon.PREPOSITIONS.contains(low) || Lexicon.DETERMINERS.contains(low) || low.equals("and")) {
                return false; // `the head of the authority`: a person of the body, not the body
            }
        }
        return true;
    }

    /** `Norland-owned`, `Hague-based`, `Norwegian`: a capitalised word that describes. */
    private static boolean describing(String x) {
        int h = x.lastIndexOf('-');
        return h > 0 && h < x.length() - 1 && Character.isLowerCase(x.charAt(h + 1))
                || Demonyms.adjective(Lexicon.lower(x));
    }

    /**
     * No recorded body fits: the body the whole story is about ({@link StoryOrganisations}), which the earlier rules
     * did not ask for a description with a describing word (`the Norland-owned firm`) or a document's speaker.
     */
    private static String story(Doc d, Speaker sp, String head) {
        int a = d.tokenAt(sp.ms());
        if (a < 0 || !d.toks.get(a).low.equals("the")) {
            return null;
        }
        for (int k = a + 1; k < d.toks.size() && k <= a + MAX_WORDS && d.toks.get(k).s < sp.me(); k++) {
            if (d.toks.get(k).low.equals(head)) {
                return StoryOrganisations.find(d, a, k, head);
            }
        }
        return null;
    }

    /**
     * A description an earlier rule gave to a recorded body that it sets apart from it: a contrasting modifier the
     * body's name and descriptions lack (`the lower court` for the `Court of Appeal`), or an indefinite article for a
     * body named before (`a court said` after the `Marlow Crown Court`): another body, which the article does not name.
     */
    private static boolean otherBody(BodyRecords.Body b, String[] words, boolean indefinite, int ms) {
        if (b == null || !BodyRecords.fits(b, words[words.length - 1])) {
            return false;
        }
        if (indefinite && b.first() < ms) {
            return true;
        }
        for (int k = 0; k < words.length - 1; k++) {
            String m = Lexicon.lower(words[k]);
            if (CONTRASTING.contains(m) && !holds(b, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session n74c, rule body-description-modifier-name: a description none of the recorded kinds fits whose lower-case
     * modifier is a word of a named body's name that says no kind (`the ferry operator`, `the steel firm` after `Harlow
     * Ferries`, `Ardent Steel`): that body, when it alone holds one, was named before and the head is a firm's noun.
     */
    private static BodyRecords.Body modifierNamed(BodyRecords records, String[] words, int ms) {
        String head = words[words.length - 1];
        if (words.length < 2 || !java.util.List.of(BodyRecords.classesOf(head)).contains("firm")) {
            return null;
        }
        BodyRecords.Body found = null;
        for (BodyRecords.Body b : records.bodies()) {
            boolean holding = false;
            for (int k = 0; k < words.length - 1; k++) {
                holding |= Character.isLowerCase(words[k].charAt(0)) && holds(b, Lexicon.lower(words[k]));
            }
            if (holding && b.classes().isEmpty() && b.first() < ms) {
                if (found != null && !records.fullName(found.name()).equals(records.fullName(b.name()))) {
                    return null;
                }
                found = found == null || b.name().length() > found.name().length() ? b : found;
            }
        }
        return found;
    }

    /** Whether the body's name or description holds the modifier, in any number (`appeals`, `Court of Appeal`). */
    private static boolean holds(BodyRecords.Body b, String m) {
        if (b.words().contains(m)) {
            return true;
        }
        String stem = m.equals("appellate") ? "appeal" : m.endsWith("s") ? m.substring(0, m.length() - 1) : m;
        boolean ies = m.length() > 3 && m.endsWith("y") && "aeiou".indexOf(m.charAt(m.length() - 2)) < 0;
        return b.words().contains(stem) || b.words().contains(stem + "s") // n74c: `the ferry operator`, `X Ferries`
                || ies && b.words().contains(m.substring(0, m.length() - 1) + "ies");
    }

    private static int sentenceOf(Doc d, int pos) {
        int t = d.tokenAt(pos);
        return t < 0 ? -1 : d.toks.get(t).sent;
    }

    /** An earlier rule gave the description to a person, or to a body the record gives only other kinds. */
    private static boolean wrongBody(BodyRecords records, Speaker sp, String head) {
        if (sp.kind() == SpeakerKind.PERSON) {
            return true;
        }
        BodyRecords.Body b = records.named(sp.name());
        return b != null && !b.classes().isEmpty() && !BodyRecords.fits(b, head);
    }

    /** The one recorded body the description fits, or the one of several that spoke last; else null. */
    private static String choose(Doc d, BodyRecords records, String[] words, int ms, boolean indefinite) {
        String head = words[words.length - 1];
        List<BodyRecords.Body> fit = new ArrayList<>();
        boolean wordOnly = WORD_ONLY.contains(head);
        for (BodyRecords.Body b : records.bodies()) {
            if (wordOnly ? b.words().contains(head) : BodyRecords.fits(b, head)) {
                if (indefinite && (b.first() < ms || sentenceOf(d, b.first()) == sentenceOf(d, ms))) {
                    return null; // `a court` after a court was named: another one; in its own sentence: a part of it
                }
                fit.add(b);
            }
        }
        if (fit.isEmpty() && !indefinite) { // n74c: `the ferry operator` for `Harlow Ferries`, whose name says no kind
            BodyRecords.Body named = modifierNamed(records, words, ms);
            return named == null ? null : named.name();
        }
        for (int k = 0; k < words.length - 1 && !fit.isEmpty(); k++) {
            String m = Lexicon.lower(words[k]);
            List<BodyRecords.Body> holding = new ArrayList<>();
            for (BodyRecords.Body b : fit) {
                if (holds(b, m)) {
                    holding.add(b);
                }
            }
            if (!holding.isEmpty()) {
                fit = holding;
            } else if (Character.isLowerCase(words[k].charAt(0))) {
                // `the lower court`, `the apex court`: a word the record does not give the body named; n74c: unless
                // a body whose name says no kind holds it (`the ferry operator` beside `Ardent Rail Ltd`)
                BodyRecords.Body named = indefinite ? null : modifierNamed(records, words, ms);
                return named == null ? null : named.name();
            }
        }
        if (fit.size() == 1) {
            return fit.get(0).name();
        }
        Speaker last = fit.isEmpty() ? null : LastSpeakers.before(d, ms);
        if (last != null && last.kind() == SpeakerKind.ORGANIZATION) {
            for (BodyRecords.Body b : fit) {
                if (b.name().equals(last.name())) {
                    return b.name();
                }
            }
        }
        return fit.size() > 1 && !indefinite ? SalientBodies.leader(d, records, fit, head, ms) : null; // n72c
    }
}
