package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n65c, rule learned-body-kind: `the company`, `the party`, `the force`, `the football body` as speakers when
 * no body named before holds the noun in its name. News copy tells the reader once what kind of body a name is and
 * then calls it by that kind; the kind is learned from the article itself:
 * <ol>
 * <li>an apposition right after the name: `Tarvex, the state oil company,`, `Orlen, a company that ...`, `FMB, the
 * football body in the north.` (a kind noun closing the description: a comma, a full stop, `that`, `which`, `in`,
 * `based`, a bracket);</li>
 * <li>a word of the name that says its kind without being that noun: `X Ltd`, `X Inc`, `X plc` are companies, `X
 * Police` is a force, `X Congress` / `X Movement` / `X Front` of three words or more a party.</li>
 * </ol>
 * `the [modifier] <kind>` is then the body of that kind named last before, within a few paragraphs; with a modifier
 * (`the football body`, `the state company`) a body whose description or name holds it is taken over a nearer one
 * that does not, and when several bodies of the kind are in reach and none holds it the description stays: a
 * reader could not tell them apart either. A person, a place or a headline's word is never taken. Built on first
 * use only (most texts never ask: the earlier rules resolve their kind nouns).
 */
final class LearnedBodyKinds {
    /** How far back (in characters) the body may be named: a few paragraphs of news copy. */
    private static final int REACH = 3000;

    /** Kind nouns an apposition may close on: words for a body, never for a person or a thing. */
    private static final Set<String> KIND_NOUNS = Lexicon.words("""
            company firm group party federation association board body agency authority commission union club
            council ministry department service force organisation organization outfit movement alliance coalition
            regulator watchdog league corporation conglomerate institute foundation charity broadcaster network""");

    /** Words that close an apposition after its kind noun (`Tarvex, the state oil company, said`). */
    private static final Set<String> CLOSERS = Lexicon.words("that which in based whose with , . ; ( )");

    /** Name words that say a kind other than themselves: legal forms of firms, police forces, parties. */
    private static final Map<String, Set<String>> NAME_WORD_KINDS = Map.ofEntries(
            Map.entry("ltd", Lexicon.words("company firm")), Map.entry("limited", Lexicon.words("company firm")),
            Map.entry("inc", Lexicon.words("company firm")), Map.entry("plc", Lexicon.words("company firm")),
            Map.entry("corp", Lexicon.words("company firm")), Map.entry("llc", Lexicon.words("company firm")),
            Map.entry("ag", Lexicon.words("company firm")), Map.entry("gmbh", Lexicon.words("company firm")),
            Map.entry("bhd", Lexicon.words("company firm")), Map.entry("pty", Lexicon.words("company firm")),
            Map.entry("police", Lexicon.words("force service")), Map.entry("constabulary", Lexicon.words("force")),
            Map.entry("congress", Lexicon.words("party")), Map.entry("movement", Lexicon.words("party")),
            Map.entry("front", Lexicon.words("party")));

    /** A body the article gave a kind, where it gave it, and the words it described it with. */
    private record Entry(int pos, String name, String kind, Set<String> words) {
    }

    private final Doc d;
    private final List<Tok> toks;
    private List<Entry> entries;

    private LearnedBodyKinds(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The text's one instance; its bodies are read on the first question only. */
    static LearnedBodyKinds of(Doc d) {
        if (d.bodyKinds == null) {
            d.bodyKinds = new LearnedBodyKinds(d);
        }
        return d.bodyKinds;
    }

    /**
     * `a ministry statement`, `the force's letter`: the body of this kind named last before ms (within reach), with
     * no modifier to match; null when the article gave no body that kind.
     */
    String ofKind(String kind, int ms) {
        if (!KIND_NOUNS.contains(kind)) {
            return null;
        }
        entries = entries == null ? build() : entries;
        for (int i = entries.size() - 1; i >= 0 && entries.get(i).pos() >= ms - REACH; i--) {
            if (entries.get(i).pos() < ms && entries.get(i).kind().equals(kind)) {
                return entries.get(i).name();
            }
        }
        return null;
    }

    /**
     * The body the definite description [a, end] (`the` + lower-case modifiers + the kind noun {@code head}) at char
     * position ms stands for, or null.
     */
    String find(int a, int end, String head, int ms) {
        if (!KIND_NOUNS.contains(head) || !toks.get(a).low.equals("the") || end - a > 4) {
            return null; // the quick rejections first: most mentions never get here
        }
        for (int k = a + 1; k <= end; k++) {
            if (toks.get(k).type != WORD || toks.get(k).cap) {
                return null; // `the Harbour group`: a name, the other rules' business
            }
        }
        if (entries == null) {
            entries = build();
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.pos() >= ms || !e.kind().equals(head)) {
                continue;
            }
            if (e.pos() < ms - REACH) {
                break;
            }
            if (end == a + 1 && inPassing(i, ms - REACH)) {
                continue; // n66a: a firm named once in passing (`from carmaker X to Y`) under the story's own firm
            }
            if (end == a + 1 || holdsModifier(e, a + 1, end)) {
                return e.name(); // `the company`: the one named last as a company; `the football body`: as that
            }
        }
        return null; // `the combined company` after `X, the smaller company,`: a modifier the body was never given
    }

    /**
     * Session n66a, rule kind-in-passing: the entry at i is a body the text names only once, and an entry before it
     * (within reach) gives another body of the same kind the text names more than once: `the firm` is the story's
     * firm, not one named once among examples (`scandals hit titans from carmaker X to Y`).
     */
    private boolean inPassing(int i, int from) {
        Entry e = entries.get(i);
        if (times(e.name()) != 1) {
            return false;
        }
        for (int j = i - 1; j >= 0 && entries.get(j).pos() >= from; j--) {
            Entry o = entries.get(j);
            if (o.kind().equals(e.kind()) && !o.name().equals(e.name()) && times(o.name()) > 1) {
                return true;
            }
        }
        return false;
    }

    /** How many times the name index holds each name as a mention; counted on the first question only. */
    private Map<String, Integer> counts;

    /** How many times the name index holds the name as a mention. */
    private int times(String name) {
        if (counts == null) {
            counts = new java.util.HashMap<>();
            for (String m : d.names.mentionName) {
                if (m != null) {
                    counts.merge(m, 1, Integer::sum);
                }
            }
        }
        return counts.getOrDefault(name, 0);
    }

    /**
     * Whether a modifier of the mention (a, end) is among the words the body was described or named with, whole or
     * one part of a hyphenated word (`the state-owned company` for `X, the state oil company`).
     */
    private boolean holdsModifier(Entry e, int from, int head) {
        for (int k = from; k < head; k++) {
            String w = toks.get(k).low;
            if (e.words().contains(w)) {
                return true;
            }
            for (int h = w.indexOf('-'); h > 0; h = w.indexOf('-', h + 1)) {
                if (e.words().contains(w.substring(0, h)) || e.words().contains(w.substring(h + 1).split("-")[0])) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Entry> build() {
        List<Entry> out = new ArrayList<>();
        NameIndex names = d.names;
        for (int m = 0; m < names.mentionPos.size(); m++) {
            int[] mp = names.mentionPos.get(m);
            String name = names.mentionName.get(m);
            // n66a: `steelmaker Kobe X` is a firm even where the index read its last word as a surname
            boolean trade = name != null && TradeNamedFirms.tradeBefore(toks, mp[2])
                    && !PersonGenders.isFirstName(toks.get(mp[2]).low);
            if (name == null || mp[1] != SpeakerKind.ORGANIZATION.ordinal() && !trade && !oneWordNoOne(name)
                    || toks.get(mp[2]).para == 0 || Lexicon.isRegion(name) || Lexicon.PLACES.contains(Lexicon.lower(name))
                    || NationalEconomies.is(name)) {
                continue; // a person, a place, a headline's capitalised words; n66b: `Norway Inc`, no firm
            }
            int last = runEnd(mp[2]);
            String[] lowWords = Lexicon.lower(name).split(" ");
            Set<String> nameWords = new java.util.HashSet<>(java.util.Arrays.asList(lowWords)); // a word may repeat
            for (String w : lowWords) {
                Set<String> kinds = NAME_WORD_KINDS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
                // `Congress` alone is a parliament, `Police` alone no body the text named: a party needs three words
                if (kinds != null && lowWords.length >= (kinds.contains("party") ? 3 : 2)) {
                    for (String kind : kinds) {
                        out.add(new Entry(mp[0], name, kind, nameWords));
                    }
                }
            }
            if (trade) {
                Set<String> words = new java.util.HashSet<>(nameWords); // n66a: `steelmaker X` ... `the firm`
                words.add(TradeNamedFirms.trade(toks, mp[2]));
                out.add(new Entry(mp[0], name, "company", words));
                out.add(new Entry(mp[0], name, "firm", words));
            }
            appositive(out, mp[0], name, last, nameWords);
        }
        placeOwned(out);
        out.sort(java.util.Comparator.comparingInt(Entry::pos));
        return out;
    }

    /**
     * `Veltria's defence ministry said`: a body the text names only by its country's (or city's) possessive and its
     * kind, lower case; `the ministry` after it is that body, under the same words the mention itself resolves to.
     */
    private void placeOwned(List<Entry> out) {
        for (int k = 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.cap || t.qrole != OUT || t.para == 0 || !KIND_NOUNS.contains(t.low)) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && k - j <= 3 && toks.get(j).type == WORD && !toks.get(j).cap
                    && !Lexicon.DETERMINERS.contains(toks.get(j).low) && !Lexicon.PREPOSITIONS.contains(toks.get(j).low)) {
                j--; // the modifiers: `defence`, `foreign`, `state-run`
            }
            Tok owner = toks.get(j);
            if (!owner.cap || !Words.endsWithPossessive(owner) || owner.sent != t.sent) {
                continue;
            }
            String lastWord = Words.stripPossessive(owner.text);
            int start = j;
            if (j > 0 && toks.get(j - 1).cap && toks.get(j - 1).sent == t.sent && Lexicon.PLACES.contains(
                    Lexicon.lower(toks.get(j - 1).text + " " + lastWord))) {
                start--; // `South Korea's`; never `On Monday Kenya's`
            }
            String place = Words.stripPossessive(d.s.substring(toks.get(start).s, owner.e));
            // a country's, a city's or a body's, never a person's (`Holt's company` is no body the text named)
            if (Lexicon.PLACES.contains(Lexicon.lower(place)) || Lexicon.isRegion(place) || !PersonGenders.isFirstName(
                    toks.get(start).low) && NearbyOrganisations.nobodysWord(d, lastWord) && d.genders.of(lastWord) == null) {
                Set<String> words = new java.util.HashSet<>();
                for (int m = j + 1; m < k; m++) {
                    words.add(toks.get(m).low);
                }
                out.add(new Entry(toks.get(start).s, d.s.substring(toks.get(start).s, t.e), t.low, words));
            }
        }
    }

    /** `Name, the [modifiers] <kind>,`: the kind noun and its modifiers with the name's own words, or nothing. */
    private void appositive(List<Entry> out, int pos, String name, int last, Set<String> nameWords) {
        int k = last + 1;
        if (k + 2 >= toks.size() || !toks.get(k).text.equals(",")) {
            return;
        }
        String det = toks.get(k + 1).low;
        if (!det.equals("the") && !det.equals("a") && !det.equals("an")) {
            return;
        }
        Set<String> words = new java.util.HashSet<>(nameWords);
        for (int j = k + 2; j < toks.size() && j <= k + 7; j++) {
            Tok t = toks.get(j);
            if (t.type != WORD || t.cap && !Demonyms.adjective(t.low) || t.sent != toks.get(k).sent
                    || Lexicon.PREPOSITIONS.contains(t.low) || Lexicon.DETERMINERS.contains(t.low)) {
                return; // `X, a member of the party,`: the kind noun heads no apposition; `X, the Board's`: a name
            }
            if (KIND_NOUNS.contains(t.low) && j + 1 < toks.size() && CLOSERS.contains(toks.get(j + 1).low)) {
                out.add(new Entry(pos, name, t.low, words));
                return;
            }
            words.add(t.low);
        }
    }

    /** The last token of the capitalised run that opens at token a (particles such as `of` inside). */
    private int runEnd(int a) {
        int k = a;
        while (k + 1 < toks.size() && toks.get(k + 1).type == WORD && toks.get(k + 1).sent == toks.get(a).sent
                && (toks.get(k + 1).cap || (toks.get(k + 1).low.equals("of") || toks.get(k + 1).low.equals("for"))
                && k + 2 < toks.size() && toks.get(k + 2).cap)) {
            k++;
        }
        return k;
    }

    /** `Tarvex` alone, read as a surname: no first name, no full name of a person ends with it. */
    private boolean oneWordNoOne(String name) {
        return name.indexOf(' ') < 0 && !PersonGenders.isFirstName(Lexicon.lower(name))
                && NearbyOrganisations.nobodysWord(d, name);
    }
}
