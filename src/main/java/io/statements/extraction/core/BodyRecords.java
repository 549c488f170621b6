package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n71b, the article's record of named bodies (part of the entity layer): every organisation the name index
 * typed as one (an acronym the text ties to a name counts as that name), with the kinds of body it is and the words
 * the text describes it with. News copy names a body once or twice and then calls it by its kind (`the committee`,
 * `the firm`, `the watchdog`); which kinds a body has the article says in three general ways, read here:
 * <ol>
 * <li>a word of its name (`Harbour Commission of Inquiry`: a commission, an inquiry; `Ardent Steel Ltd`: a firm);</li>
 * <li>an apposition right after the name (`Ardent Steel, the Norland-owned firm,`, `Kelp, a union that ...`);</li>
 * <li>a description right before the name (`the regulator Ofreg`, `the opposition Harbour Alliance`).</li>
 * </ol>
 * Kind nouns fall into classes a reader treats as one kind ({@link #CLASSES}): `the panel` may be a committee, `the
 * group` a company. Computed once per text, on first use ({@link #of}), so other rules can read it too.
 */
final class BodyRecords {
    /** A named body: its name, its kind classes, the lower-case words of its name and descriptions, where first named. */
    record Body(String name, Set<String> classes, Set<String> words, int first, boolean namedKind) {
    }

    /** Kind classes: each kind noun (description head or name word) and the classes it belongs to. */
    private static final Map<String, String[]> CLASSES = classes("""
            inquiry: committee commission inquiry panel
            firm: firm company group maker operator business carrier corporation conglomerate ltd limited inc plc
              corp llc pty gmbh holdings telco insurer lender retailer miner broadcaster airline
            watchdog: watchdog regulator authority ombudsman
            union: union
            court: court tribunal
            party: party alliance front
            council: council board trust
            bank: bank lender  university: university  club: club franchise fc afc cf""");

    /** Name words a regulator is named by (`Independent Police Complaints Commission` is `the police watchdog`). */
    private static final Set<String> REGULATOR_NAMES = Lexicon.words("commission authority office ombudsman");

    /** Words that close an apposition after its kind noun (`Ardent, the steel firm, said`). */
    private static final Set<String> CLOSERS = Lexicon.words("that which in based whose with , . ; ( ) —");

    /** Words a description may hold before its kind noun, at most. */
    private static final int MODIFIERS = 4;

    private record Built(List<Body> bodies, Map<String, Body> byName) {
    }

    private final List<Body> bodies;
    private final Map<String, Body> byName;

    private BodyRecords(Built built) {
        this.bodies = built.bodies();
        this.byName = built.byName();
    }

    /** The text's record, built on first use and kept on the Doc. */
    static BodyRecords of(Doc d) {
        if (d.bodyRecords == null) {
            d.bodyRecords = new BodyRecords(build(d));
        }
        return d.bodyRecords;
    }

    List<Body> bodies() {
        return bodies;
    }

    /** The record of a name (or of an acronym tied to one), or null. */
    Body named(String name) {
        return byName.get(name);
    }

    /** The classes of a kind noun (`firm` -> firm), empty when it is none. */
    static String[] classesOf(String noun) {
        return CLASSES.getOrDefault(noun, new String[0]);
    }

    static boolean kindNoun(String noun) {
        return CLASSES.containsKey(noun);
    }

    /** The full name of a recorded body or of an acronym tied to one; else the name itself. */
    String fullName(String name) {
        Body b = byName.get(name);
        return b == null ? name : b.name();
    }

    /** Whether the body is of one of the noun's classes; `the watchdog` also fits a `Commission` or an `Authority`. */
    static boolean fits(Body b, String noun) {
        for (String c : classesOf(noun)) {
            if (b.classes().contains(c)) {
                return true;
            }
        }
        return (noun.equals("watchdog") || noun.equals("regulator"))
                && b.words().stream().anyMatch(REGULATOR_NAMES::contains);
    }

    private static Built build(Doc d) {
        Map<String, Body> byName = new LinkedHashMap<>();
        NameIndex names = d.names;
        if (names == null) {
            return new Built(List.of(), Map.of());
        }
        List<Tok> toks = d.toks;
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            String name = names.mentionName.get(k);
            if (mp[1] != SpeakerKind.ORGANIZATION.ordinal() || name == null || name.length() < 2
                    || !Character.isUpperCase(name.codePointAt(0)) || Lexicon.PLACES.contains(Lexicon.lower(name))
                    || Lexicon.isRegion(name)) {
                continue;
            }
            Body b = byName.get(name);
            if (b == null) {
                Set<String> classes = new HashSet<>();
                Set<String> nameWords = new HashSet<>();
                String[] words = Lexicon.lower(name).split(" ");
                boolean proper = false; // `Court`, `the Commission` alone: a kind noun capitalised, no name
                for (int w = 0; w < words.length; w++) {
                    String word = words[w].replace(".", "");
                    nameWords.add(word);
                    proper |= !Lexicon.ORG_WORDS.contains(word) && !kindNoun(word) && !word.equals("the")
                            && !Demonyms.adjective(word) && !Lexicon.PLACES.contains(word); // `Swedish court`, `Sweden Inc`
                    if (word.equals("union") && w > 0 && Demonyms.adjective(words[w - 1])) {
                        continue; // `European Union`: a bloc of states, not `the union` of workers
                    }
                    if (BodyKindNouns.modifier(words, w)) {
                        continue; // n72c: `University and College Union` is a union, `Union Bank` a bank
                    }
                    for (String c : classesOf(word)) {
                        classes.add(c);
                    }
                }
                if (!proper) {
                    continue;
                }
                b = new Body(name, classes, nameWords, mp[0], !classes.isEmpty());
                byName.put(name, b);
            }
            int t = mp[2];
            if (t < 0 || t >= toks.size()) {
                continue;
            }
            described(toks, nameEnd(toks, t), b);
            introduced(toks, t, b);
        }
        Map<String, Body> aliases = new java.util.HashMap<>();
        for (Body b : byName.values()) {
            Body full = acronym(b.name()) ? spelledOut(names, byName, b.name()) : null;
            if (full != null) {
                aliases.put(b.name(), full); // `HSC` after `Harbour Safety Commission (HSC)`: one body
            }
        }
        List<Body> out = new ArrayList<>(byName.values());
        out.removeIf(b -> aliases.containsKey(b.name()));
        byName.putAll(aliases);
        return new Built(out, byName);
    }

    /** All capitals, two to six letters (`HSC`, `U.N.`). */
    private static boolean acronym(String name) {
        String s = name.replace(".", "");
        if (s.length() < 2 || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The recorded body an acronym stands for: the index's tie, else the one whose capitals spell it. */
    private static Body spelledOut(NameIndex names, Map<String, Body> byName, String acronym) {
        String tied = names.acronyms.get(acronym);
        if (tied != null && byName.containsKey(tied) && !tied.equals(acronym)) {
            return byName.get(tied);
        }
        String letters = acronym.replace(".", "");
        Body found = null;
        for (Body b : byName.values()) {
            StringBuilder caps = new StringBuilder();
            for (String w : b.name().split(" ")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    caps.append(w.charAt(0));
                }
            }
            String c = caps.toString(); // `U.K. Harbour Safety Commission` spells `HSC` after its place
            if (c.length() > 1 && (c.equals(letters) || c.length() == letters.length() + 1 && c.endsWith(letters))) {
                if (found != null && found != b) {
                    return null;
                }
                found = b;
            }
        }
        return found;
    }

    /** The last token of the capitalised run from t (`Harbour Commission of Inquiry`). */
    private static int nameEnd(List<Tok> toks, int t) {
        int end = t;
        for (int k = t + 1; k < toks.size() && k - t < 10; k++) {
            Tok x = toks.get(k);
            if (x.type == Tok.WORD && x.cap) {
                end = k;
            } else if (x.type != Tok.WORD || !(x.low.equals("of") || x.low.equals("and") || x.low.equals("for")
                    || x.low.equals("the") || x.low.equals("&"))) {
                break;
            }
        }
        return end;
    }

    /** `Name, the [modifiers] <kind noun>,`: the apposition's words and kind, when a closer follows the noun. */
    private static void described(List<Tok> toks, int end, Body b) {
        int k = end + 1;
        if (k + 2 >= toks.size() || !toks.get(k).text.equals(",")) {
            return;
        }
        k++;
        String det = toks.get(k).low;
        if (det.equals("the") || det.equals("a") || det.equals("an")) {
            k++;
        }
        int from = k;
        for (; k < toks.size() && k - from <= MODIFIERS; k++) {
            Tok x = toks.get(k);
            if (x.type != Tok.WORD || x.cap && !describing(x)) {
                return;
            }
            if (kindNoun(x.low) && k + 1 < toks.size() && CLOSERS.contains(toks.get(k + 1).low)) {
                record(toks, from, k, b);
                return;
            }
        }
    }

    /** `the [modifiers] <kind noun> Name` (`the regulator Ofreg`), or `the opposition Name`: the words before it. */
    private static void introduced(List<Tok> toks, int t, Body b) {
        int k = t - 1;
        while (k >= 0 && t - k <= MODIFIERS && toks.get(k).type == Tok.WORD && !toks.get(k).cap
                && !toks.get(k).low.equals("the")) {
            k--;
        }
        if (k < 0 || k == t - 1 || !toks.get(k).low.equals("the") || toks.get(k).type != Tok.WORD) {
            return;
        }
        if (t - k > 2 && !kindNoun(toks.get(t - 1).low)) {
            return; // `the union said Ardent`: only `the regulator Ofreg` or one word (`the opposition Harbour Alliance`)
        }
        for (int m = k + 1; m < t; m++) {
            if (Lexicon.PREPOSITIONS.contains(toks.get(m).low) || Words.endsWithPossessive(toks.get(m))) {
                return; // `the head of Ofreg`: a person's description
            }
        }
        record(toks, k + 1, t - 1, b);
    }

    /**
     * A description's words; its kind only for a body whose name says none (`Ardent Steel, the firm`): a name that
     * says its kind outweighs a loose apposition (`Harbour Council, a group that advises ...` is no firm).
     */
    private static void record(List<Tok> toks, int from, int to, Body b) {
        for (int m = from; m <= to; m++) {
            b.words().add(toks.get(m).low);
            for (String c : b.namedKind() ? new String[0] : classesOf(toks.get(m).low)) {
                b.classes().add(c);
            }
        }
    }

    /** A capitalised word that describes rather than names: `Norland-owned`, `Hague-based`, `Norwegian`. */
    static boolean describing(Tok x) {
        int h = x.low.lastIndexOf('-');
        return h > 0 && h < x.text.length() - 1 && Character.isLowerCase(x.text.charAt(h + 1))
                || Demonyms.adjective(x.low);
    }

    private static Map<String, String[]> classes(String table) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String cls = null;
        for (String part : table.trim().split("\\s+")) {
            if (part.endsWith(":")) {
                cls = part.substring(0, part.length() - 1);
            } else {
                out.computeIfAbsent(part, w -> new ArrayList<>()).add(cls);
            }
        }
        Map<String, String[]> arr = new java.util.HashMap<>();
        out.forEach((w, cs) -> arr.put(w, cs.toArray(new String[0])));
        return Map.copyOf(arr);
    }
}
