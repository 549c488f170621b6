package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule pronoun-not-evident-body (session n72b): `he`/`she` stand for a person, so a name the mention index took for a
 * person is no antecedent of theirs when the text itself writes it as something else, in the ways English marks a
 * firm, club, venue or institution by its name:
 * <ul>
 *   <li>the name modifies a noun for the body's own people or outlets, which a person's name does not take:
 * `Kestrel Mutual customers`, `Harbour Rovers coach`, `Norvale chief executive`, `Norvale CEO`, `Norvale workers`;
 * a contest's winners (n74a): `a three-time Silver Bowl champion`, `a Golden Reel winner`;</li>
 *   <li>a noun for a kind of body stands right before the name as its classifier: `embattled insurer Norvale`,
 * `collapsed home builder Pellam Grange`, `telco Brightwire`, `football club Harbour Rovers`, `league outfit Harbour
 * Rovers`, `shipping giants Norvale` (n74a);</li>
 *   <li>the name owns what only a firm owns ({@link OwnedBodyNouns}, n74a): `Norvale's parent company`;</li>
 *   <li>a name of two to four words that the text writes only after a word of place (`at Harbour Rovers`, `in
 * Kellan Point`; also after `the`), never as a subject or an owner: a venue, club or institution;</li>
 *   <li>a name that opens with a closed-class word (`Under Norvale`, `About Voters`, `Whether Reyes`, `Nobody`):
 * a subject rule took a sentence's first word into the run, and no person's name begins so;</li>
 *   <li>a name of several words that ends in a noun for a named text (`the Coastal Heritage Declaration`); one that
 * ends in a publication's noun (n74a: `Harbour Daily`, `Kee Times`) for the person pronouns only
 * ({@link #outletTitle});</li>
 * </ul>
 * Only for a name no gender is known for and that is no person's last name (`Reyes` of an `Anna Reyes`): a person
 * named by a first name or an honorific never counts, whatever modifies what. One pass over the capitalised words a
 * text, only when a pronoun first asks.
 */
final class BodyEvidenceNames {

    private BodyEvidenceNames() {
    }

    /** Nouns for a body's people or outlets that a body's name modifies (`Norvale customers`), a person's does not. */
    private static final Set<String> MEMBER_NOUNS = Lexicon.words("""
            ceo ceos customers workers employees shareholders policyholders stores branches coach players
            chairman chairwoman boss bosses champion winner""");

    /** Second words after `chief`/`managing` that make a body's officer: `Norvale chief executive`. */
    private static final Set<String> OFFICER_SECONDS = Lexicon.words("executive executives operating financial director");

    /** Nouns for kinds of body that classify the name after them: `insurer Norvale`, `home builder Pellam Grange`. */
    private static final Set<String> KIND_NOUNS = Lexicon.words("""
            insurer telco retailer lender bank company firm carrier airline builder miner manufacturer broadcaster
            club supermarket conglomerate regulator hospital university utility automaker carmaker brewer newspaper
            steelmaker chipmaker drugmaker insurers retailers lenders banks companies firms outfit giants""");

    /** Words before a place's or a venue's name: `at Harbour Rovers`, `in Kellan Point`. */
    private static final Set<String> PLACE_WORDS = Lexicon.words("at in into near inside outside");

    /** Closed-class words no person's name begins with (a sentence's first word swept into a name). */
    private static final Set<String> CLOSED_OPENERS = Lexicon.words("""
            under about whether no nobody my our your their this that these those another every each any some all
            both neither either if when while although though because since during despite after before without
            within upon onto into from with by for at on in of""");

    /** True when {@code name} is written in the text as a body and nothing marks it as a person. */
    static boolean body(Doc d, String name) {
        if (name == null || d.genders == null) {
            return false;
        }
        if (d.bodyAnswers == null) {
            d.bodyAnswers = new java.util.HashMap<>();
        }
        Boolean known = d.bodyAnswers.get(name); // asked again and again for the same last speaker
        if (known == null) {
            known = decide(d, name);
            d.bodyAnswers.put(name, known);
        }
        return known;
    }

    private static boolean decide(Doc d, String name) {
        if (d.genders.of(name) != null || personsLastName(d, name)) {
            return false;
        }
        if (closedOpener(name) || documentTitle(name)) {
            return true;
        }
        if (d.evidentBodies == null) {
            d.evidentBodies = collect(d);
        }
        return !d.evidentBodies.isEmpty() && d.evidentBodies.contains(name);
    }

    /** `Reyes` of an `Anna Reyes` the text names; not `Norvale` of a `Norvale Holdings` or of an `Under Norvale`. */
    private static boolean personsLastName(Doc d, String name) {
        String full = d.names.lastNameToFull.get(name);
        return full != null && !PersonAntecedents.nonPerson(full) && !closedOpener(full);
    }

    /** Last words of a named text: `the Harbour Heritage Declaration`, `the Clean Rivers Act`. */
    private static final Set<String> DOCUMENT_ENDS = Lexicon.words("""
            declaration act agreement treaty accord protocol amendment resolution charter constitution directive
            regulation regulations strategy policy report manifesto""");

    /** A name of several words ending in a noun for a named text, which is no one (`Heritage Protection Act`). */
    private static boolean documentTitle(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && DOCUMENT_ENDS.contains(Lexicon.lower(name.substring(sp + 1)));
    }

    /** Last words of a publication's name: `the Harbour Daily`, `Sing Kee Times` (n74a: `(Reported by X Daily) He`). */
    private static final Set<String> OUTLET_ENDS = Lexicon.words("daily times post herald gazette tribune journal");

    /**
     * A name of several words ending in a publication's noun, no gender known for it: an outlet, which no `he`/`she`
     * stands for (asked by the person pronouns only: an `it` may well be the paper).
     */
    static boolean outletTitle(Doc d, String name) {
        int sp = name == null ? -1 : name.lastIndexOf(' ');
        return sp > 0 && OUTLET_ENDS.contains(Lexicon.lower(name.substring(sp + 1))) && d.genders.of(name) == null;
    }

    private static boolean closedOpener(String name) {
        int sp = name.indexOf(' ');
        return CLOSED_OPENERS.contains(Lexicon.lower(sp < 0 ? name : name.substring(0, sp)));
    }

    private static Set<String> collect(Doc d) {
        Set<String> out = new HashSet<>();
        placeOnlyRuns(d, out);
        PluralBodyNames.collect(d, out); // n73b: `the Greens were`, `80 Machinists`, `leader of Sinn Varra`
        OwnedBodyNouns.collect(d, out); // n74a: `Norvale's parent company`, `Norvale's 9,000 workers`
        List<Tok> toks = d.toks;
        int n = toks.size();
        for (int k : d.capitalisedWords()) {
            // the last word of a run of capitalised words, followed by a noun for the body's people (an all-capital
            // `CEO` is a capitalised word too)
            if (k + 1 < n && adjacent(toks, k, k + 1) && toks.get(k + 1).type == Tok.WORD && memberNounAt(toks, k + 1)) {
                addRun(d, out, runStart(toks, k), k);
            }
            // the first word of a run, after a noun for a kind of body
            if (k >= 1 && !capWordAt(toks, k - 1) && adjacent(toks, k - 1, k) && toks.get(k - 1).type == Tok.WORD
                    && KIND_NOUNS.contains(toks.get(k - 1).low)) {
                addRun(d, out, k, runEnd(toks, k));
            }
        }
        return out;
    }

    /**
     * Runs of two to four capitalised words that follow a word of place, and never any other word but `the`. Strings
     * are built only for runs after a word of place (few), then for runs sharing a first word with one of them.
     */
    private static void placeOnlyRuns(Doc d, Set<String> out) {
        List<Tok> toks = d.toks;
        int[] caps = d.capitalisedWords();
        Set<String> firsts = null;
        for (int k : caps) {
            int e = runAt(toks, k);
            if (e >= 0 && placeWordBefore(toks, k) == 1) {
                out.add(d.s.substring(toks.get(k).s, toks.get(e).e));
                if (firsts == null) {
                    firsts = new HashSet<>();
                }
                firsts.add(toks.get(k).text);
            }
        }
        if (firsts == null) {
            return;
        }
        for (int k : caps) {
            if (firsts.contains(toks.get(k).text) && placeWordBefore(toks, k) == 0) {
                int e = runAt(toks, k);
                if (e >= 0) {
                    out.remove(d.s.substring(toks.get(k).s, toks.get(e).e)); // `Royal Alder said`: a subject too
                }
            }
        }
    }

    /** The end of the run of two to four capitalised words that starts at k, or -1 when none starts there. */
    private static int runAt(List<Tok> toks, int k) {
        if (k >= 1 && capWordAt(toks, k - 1) && adjacent(toks, k - 1, k)) {
            return -1; // inside a run
        }
        int e = runEnd(toks, k);
        return e == k || e - k > 3 ? -1 : e; // one word (PronounAgreement's pass) or a long run
    }

    /** 1 when a word of place stands right before k, 2 when `the` does (neither way), 0 otherwise. */
    private static int placeWordBefore(List<Tok> toks, int k) {
        Tok before = k >= 1 ? toks.get(k - 1) : null;
        if (before == null || before.type != Tok.WORD || before.cap || !adjacent(toks, k - 1, k)) {
            return 0;
        }
        // `the Royal Alder` is no person's either, but `the Ida Berg` is a slip: neither way
        return before.low.equals("the") ? 2 : PLACE_WORDS.contains(before.low) ? 1 : 0;
    }

    private static boolean memberNounAt(List<Tok> toks, int k) {
        String low = toks.get(k).low;
        if (MEMBER_NOUNS.contains(low)) {
            return true;
        }
        return (low.equals("chief") || low.equals("managing")) && k + 1 < toks.size()
                && OFFICER_SECONDS.contains(toks.get(k + 1).low);
    }

    private static void addRun(Doc d, Set<String> out, int a, int b) {
        if (a < b && d.toks.get(a).low.equals("the")) {
            a++; // `The Norvale CEO said` opening a sentence
        }
        if (b - a <= 3) {
            out.add(d.s.substring(d.toks.get(a).s, d.toks.get(b).e));
        }
    }

    private static int runStart(List<Tok> toks, int k) {
        while (k >= 1 && capWordAt(toks, k - 1) && adjacent(toks, k - 1, k)) {
            k--;
        }
        return k;
    }

    private static int runEnd(List<Tok> toks, int k) {
        while (k + 1 < toks.size() && capWordAt(toks, k + 1) && adjacent(toks, k, k + 1)) {
            k++;
        }
        return k;
    }

    private static boolean capWordAt(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        return t.cap && t.type == Tok.WORD;
    }

    /** Tokens a and b are one space apart in the same paragraph. */
    private static boolean adjacent(List<Tok> toks, int a, int b) {
        return toks.get(b).s == toks.get(a).e + 1 && toks.get(a).para == toks.get(b).para;
    }
}
