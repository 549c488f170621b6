package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names20: the descriptions an article ties to names, collected in one pass over the tokens for {@link
 * DescribedNames}: `Jane Roe, a retired neurosurgeon,`, `Roe, who has been his physician`, `Jane Roe, author of a new
 * book`, `retired neurosurgeon Jane Roe`, `his longtime physician, Dr. Jane Roe,`, `Utah Republican Jane Roe`, `Rep.
 * Jane Roe (R-Utah)`, and for organisations `Acme, the seed company,`, `drug maker Acme`. A stray entry (a verb read
 * as a head) costs nothing: only a description's noun is ever looked up.
 * <p>
 * The scan finds every candidate tie, but classifies its name only when its head noun is first asked (session n72s):
 * a text asks about a few heads, and the classification was most of the scan's cost for all the others.
 */
final class DescriptionTies {
    /**
     * One tie: a name (kind) given a head noun at a position (paragraph), with the other words of its description
     * and the word it opened with (`his`, `the`, `Carrier's`; empty when none).
     */
    record Tie(int pos, int para, String name, SpeakerKind kind, Set<String> words, String opener) implements Found {
    }

    /** What the scan keeps under a head: a tie, or one whose name is classified when the head is first asked. */
    sealed interface Found permits Tie, Pending {
    }

    /** A tie whose name [a, b] is not classified yet: the head at h, its description's words from {@code from}. */
    private record Pending(int h, int from, int a, int b, String opener) implements Found {
    }

    /** Words that end a description after a name's comma: `Jane Roe, author of`, `a neurosurgeon who`. */
    static final Set<String> STOPS = Lexicon.words("""
            of for at in to with who whose which that and or on from since by as but""");
    /** Determiners a description opens with; a capitalised possessive (`Carrier's`) counts as one too. */
    static final Set<String> OPENERS = Lexicon.words("the a an his her their its");
    /**
     * Session n66d, rule one-noun-appositive: `One passenger, Ivo Senn,`, `Another driver, Lea Kroll,` bring in a new
     * person and name them at once: the name is tied to the head as after `the`, so that `the passenger` later is
     * that person. Only before a name's comma: `one passenger said` alone names nobody.
     */
    private static final Set<String> INTRODUCERS = Lexicon.words("one another");
    /**
     * Session n67d, rule situation-noun-title: the role a person plays in the event (`Passenger Ivo Senn was sitting
     * ...`, `Motorist Lea Kroll saw ...`) opens a sentence as a title does, capitalised only as its first word; the
     * name is tied to the noun, so that `said the passenger` later is that person (had stayed the description).
     */
    private static final Set<String> SITUATIONS = Lexicon.words("""
            passenger driver motorist commuter traveller traveler survivor resident witness eyewitness bystander
            shopper customer shopkeeper homeowner tenant villager farmer fisherman student pupil teacher nurse
            volunteer spectator tourist visitor pilgrim""");
    /** Capitalised heads a description may have: `the Utah Republican`. */
    static final Set<String> PARTY_HEADS = Lexicon.words("republican democrat independent");

    private final Doc d;
    private final List<Tok> toks;
    /** Everything the scan found, by head noun in text order; the ties of each head once it has been asked. */
    private final Map<String, List<Found>> byHead = new HashMap<>();
    private final Map<String, List<Tie>> asked = new HashMap<>();

    private DescriptionTies(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The ties of the text, by head noun ({@link #of}). */
    static DescriptionTies collect(Doc d) {
        DescriptionTies ties = new DescriptionTies(d);
        StateTies states = new StateTies(d, ties, ties.byHead);
        List<Tok> toks = d.toks;
        for (int i = 1; i + 1 < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.qrole != OUT) {
                continue;
            }
            if (t.type == PUNCT && t.text.equals(",")) { // the type first: a word's string is not read
                ties.afterName(i);
                ties.beforeName(i);
            } else if (t.type == PUNCT && t.text.equals("(")) {
                states.partyTag(i);
            } else if (t.type == WORD && toks.get(i + 1).type == WORD && toks.get(i + 1).cap) {
                ties.descriptorBefore(i);
                states.stateTitle(i);
                states.stateAfterName(i);
            }
        }
        return ties;
    }

    /** The ties of a head noun, in text order; a name is classified here on the head's first ask. */
    List<Tie> of(String head) {
        List<Tie> known = asked.get(head);
        if (known != null) {
            return known;
        }
        List<Found> found = byHead.get(head);
        if (found == null) {
            return List.of();
        }
        List<Tie> ties = new ArrayList<>(found.size());
        for (Found f : found) {
            Tie t = f instanceof Pending p ? tie(p) : (Tie) f;
            if (t != null) {
                ties.add(t);
            }
        }
        asked.put(head, ties);
        return ties;
    }

    /** `Jane Roe, a retired neurosurgeon,`, `Roe, who is his physician`, `Jane Roe, author of`: comma at c. */
    private void afterName(int c) {
        // names40: `Ann Loy, 79, the conductor who`: past the age to the name
        String age = c >= 3 ? toks.get(c - 1).text : "";
        boolean aged = age.length() <= 3 && !age.isEmpty() && Character.isDigit(age.charAt(0))
                && Character.isDigit(age.charAt(age.length() - 1)) && toks.get(c - 2).text.equals(",");
        int[] run = runEndingAt(aged ? c - 3 : c - 1);
        if (run == null) {
            return;
        }
        int j = c + 1;
        if (toks.get(j).low.equals("who")) { // `who is`, `who was`, `who has been`, `who became`
            j++;
            if (j < toks.size() && (toks.get(j).low.equals("has") || toks.get(j).low.equals("had"))) {
                j++;
            }
            if (j >= toks.size() || !Set.of("is", "was", "been", "became", "remains").contains(toks.get(j).low)) {
                return;
            }
            j++;
        }
        boolean opened = j < toks.size() && (OPENERS.contains(toks.get(j).low) || possessive(toks.get(j)));
        int from = opened ? j + 1 : j, k = from;
        while (k < toks.size() && k - from < 5 && toks.get(k).type == WORD && !STOPS.contains(toks.get(k).low)
                && (!toks.get(k).cap || PARTY_HEADS.contains(toks.get(k).low) || k + 1 < toks.size()
                && toks.get(k + 1).type == WORD)) {
            k++;
        }
        if (k == from || k >= toks.size()) {
            return;
        }
        Tok stop = toks.get(k);
        boolean closed = stop.type == PUNCT && !stop.text.equals("(") || STOPS.contains(stop.low);
        // without an article only `author of a book`, `head of the union`: a bare word may be a verb (`Roe, said`);
        // the run is classified only for such a description (the tests above read no name: most commas have none)
        if (closed && (opened || stop.low.equals("of"))) {
            add(k - 1, from, run[0], run[1], opened ? toks.get(j).low : "");
        }
    }

    /** `his longtime physician, Dr. Jane Roe,`, `Carrier's parent company, United Technologies.`: comma at c. */
    private void beforeName(int c) {
        Tok head = toks.get(c - 1);
        if (head.type != WORD || head.cap || !toks.get(c + 1).cap) {
            return;
        }
        int k = c - 2;
        while (k >= 0 && c - 1 - k <= 4 && toks.get(k).type == WORD && !OPENERS.contains(toks.get(k).low)
                && !INTRODUCERS.contains(toks.get(k).low) && !possessive(toks.get(k)) && !STOPS.contains(toks.get(k).low)) {
            k--;
        }
        if (k < 0 || !OPENERS.contains(toks.get(k).low) && !INTRODUCERS.contains(toks.get(k).low) && !possessive(toks.get(k))) {
            return;
        }
        int e = c + 1;
        while (e + 1 < toks.size() && e - c < 5 && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        Tok after = e + 1 < toks.size() ? toks.get(e + 1) : null;
        if (after != null && after.type == PUNCT) {
            add(c - 1, k + 1, c + 1, e, toks.get(k).low);
        }
    }

    /** `retired neurosurgeon Jane Roe`, `drug maker Acme`, `Utah Republican Jane Roe`: a head at h before a name. */
    private void descriptorBefore(int h) {
        Tok head = toks.get(h);
        boolean party = head.cap && PARTY_HEADS.contains(head.low);
        // names40: `Economist Jane Roe, who ...` opening a sentence: a trade capitalised only as its first word
        boolean opening = head.cap && (h == 0 || toks.get(h - 1).sent != head.sent)
                && (DefiniteDescriptions.TRADE_NOUNS.contains(head.low) || DefiniteDescriptions.PERSON_NOUNS.contains(head.low)
                || SITUATIONS.contains(head.low));
        if (head.cap && !party && !opening || head.low.length() < 3 || Lexicon.DETERMINERS.contains(head.low)
                || STOPS.contains(head.low) || Lexicon.PREPOSITIONS.contains(head.low)
                || head.has(WordBits.SPEECH_VERB) || Words.SENTENCE_NOISE.contains(head.low)) {
            return;
        }
        int e = h + 1;
        while (e + 1 < toks.size() && e - h < 4 && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        int k = h - 1;
        while (k >= 0 && h - k <= 3 && toks.get(k).type == WORD && toks.get(k).sent == head.sent
                && !Lexicon.DETERMINERS.contains(toks.get(k).low) && !STOPS.contains(toks.get(k).low)
                && !toks.get(k).has(WordBits.SPEECH_VERB) && (!toks.get(k).cap || party)) {
            k--;
        }
        add(h, k + 1, h + 1, e, k >= 0 && toks.get(k).type == WORD ? toks.get(k).low : "");
    }

    /** A tie of the head at h to the name [a, b], kept unclassified until the head is asked. */
    private void add(int h, int from, int a, int b, String opener) {
        byHead.computeIfAbsent(Words.low(toks.get(h)), x -> new ArrayList<>()).add(new Pending(h, from, a, b, opener));
    }

    /** The tie a pending one makes once its name is classified; null when [a, b] names nobody. */
    private Tie tie(Pending p) {
        Name nm = named(p.a(), p.b());
        if (nm == null) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (int k = p.from(); k < p.h(); k++) {
            words.add(word(toks.get(k)));
        }
        Tok head = toks.get(p.h());
        return new Tie(head.s, head.para, nm.canonical, nm.kind, words, p.opener());
    }

    /** A description's word: lower case, or as written when capitalised (`Utah`), so that the two stay apart. */
    static String word(Tok t) {
        return t.cap ? t.text : Words.low(t);
    }

    /** The capitalised run (up to five words) ending at e, or null. */
    int[] runEndingAt(int e) {
        if (e < 0 || toks.get(e).type != WORD || !toks.get(e).cap || possessive(toks.get(e))) {
            return null;
        }
        int a = e;
        while (a - 1 >= 0 && e - a < 4 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap
                && toks.get(a - 1).sent == toks.get(e).sent) {
            a--;
        }
        return new int[]{a, e};
    }

    /** A person named in full, or an organisation (or one capitalised word, which may be a firm: `Valeant`). */
    Name named(int a, int b) {
        if (toks.get(a).qrole != OUT || d.names.isSentenceInitialNoise(a) && a == b) {
            return null;
        }
        Name nm = d.names.classify(a, b);
        // n56b: `al-Shabaab`, a particle name the tokenizer capitalises, keeps its lower-case article
        if (nm == null || nm.canonical == null || !Character.isUpperCase(nm.canonical.codePointAt(0)) && !toks.get(a).cap
                || Lexicon.PLACES.contains(Lexicon.lower(nm.canonical)) || Lexicon.isRegion(nm.canonical)) {
            return null;
        }
        return nm;
    }

    private static boolean possessive(Tok t) {
        return t.type == WORD && t.cap && Words.endsWithPossessive(t);
    }
}
