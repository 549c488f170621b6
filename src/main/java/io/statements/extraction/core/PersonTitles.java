package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.RoleWords.*;
import static io.statements.extraction.core.Tok.*;

/**
 * Who the article gives a title to: `Mayor Tom Okafor`, `press secretary Helen Marsh`, `the mayor, Anna Holt`,
 * `Anna Holt, the city's mayor`. A document-wide pre-pass, so that a later title-only mention ("the mayor", "the
 * press secretary") resolves to the person, and an appositive title resolves to the name beside it. */
final class PersonTitles {

    /** Titles whose holder is known by one name after them: `Pope Leo`, `King Harald`, `Sheikh Tamim`. */
    private static final Set<String> MONONYM_ROLES = Lexicon.words("pope king queen prince princess emperor sheikh");
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("[IVX]{1,5}"); // `Leo XIV`

    /** {@code place}: a capitalised word right before the title (`Florida` of `Florida Sen. X`), lower case, or null. */
    record Holder(int pos, String role, String name, String place, boolean qualified, boolean former) {
    }

    private final List<Tok> toks;
    private final NameIndex names;
    private final Map<String, List<Holder>> holders = new HashMap<>(); // by role, in text order
    private final LongTitleNames longTitles;
    private final TitledSurnames titledSurnames = new TitledSurnames(); // its title uses, found once an article

    PersonTitles(Doc d) {
        this.toks = d.toks;
        this.names = d.names;
        this.longTitles = new LongTitleNames(d.toks);
    }

    void collect() {
        int size = toks.size();
        int headline = TitlePhrases.headlineEnd(toks);
        for (int i = 0; i < size; i++) {
            Tok t = toks.get(i);
            if (t.qrole != OUT || !isRole(t) && !capitalAbbreviation(t) || i < headline // n73a: `Labour MP X`
                    || RoleWordSurnames.surname(toks, i, names)) {
                if (i >= headline && t.has(WordBits.PLURAL_ROLE) && !t.cap) {
                    sharedTitle(i); // names38: `hosts Joe Roe and Ida Berg`
                }
                continue; // a headline's capitalised words (`Senate Aide Calls Pipeline Plan`) give no one a title
            }
            boolean ofState = Presidents.ofStateAt(toks, i); // `Secretary of State X`: the office, no place
            int from = ofState ? i + 3 : afterOfPlace(i + 1); // `the mayor of Eastbrook, Anna Holt`: past the place
            if (ofState && from < size && toks.get(from).text.equals(",") && from + 1 < size && toks.get(from + 1).cap) {
                from++; // `the secretary of state, Ann Lee,`
            }
            if (from < size && toks.get(from).text.equals(",")) {
                from++; // `the mayor, Anna Holt`
            }
            String role = ofState ? Presidents.SECRETARY_OF_STATE : Presidents.role(toks, i, role(t)); // `Vice
            // President X` is no `the president`, `Secretary of State Y` no `the press secretary`
            String name = personAt(from);
            if (name == null && t.cap && (MONONYM_ROLES.contains(t.low) || titledSurnames.single(toks, i, role))) {
                name = mononymAt(i + 1); // `Pope Leo`, `President Obama`
            }
            if (name == null && t.cap) {
                name = longTitles.holderAfter(i, names); // session names36: `Minister for Water of ... Lena Okafor`
            }
            if (name == null && !TitlePhrases.verbAfter(toks, i)) { // names38: not `with X, the candidate said`
                name = personBefore(i); // `Anna Holt, the city's mayor`
            }
            if (name == null && !t.cap) {
                name = ElectedTitles.holder(toks, i, this); // session names30: `Khan was elected as mayor`
            }
            name = name == null ? LeadTitles.holder(toks, i, this) : name; // names40: `A new minister has`, `The Premier`
            name = name == null ? CataphoricTitles.holder(toks, i, names, this) : name; // n59d: named in the next one
            if (name != null) {
                String place = placeBefore(i);
                boolean qualified = place != null || !ofState && from > i + 1 || !ofState && i + 1 < size
                        && (toks.get(i + 1).low.equals("of") || toks.get(i + 1).low.equals("for"));
                holders.computeIfAbsent(role, r -> new ArrayList<>())
                        .add(new Holder(t.s, role, name, place, qualified, Presidents.former(toks, i)));
            }
        }
    }

    /** Rule plural-title-names ({@link SharedTitles}): each of two names after a plural role word holds the role. */
    private void sharedTitle(int i) {
        String shared = SharedTitles.pluralRoleBeforeNames(toks, i);
        String first = shared == null ? null : personAt(i + 1);
        String second = first == null ? null : personAt(SharedTitles.secondName(toks, i));
        for (String holder : second != null ? List.of(first, second) : List.<String>of()) {
            holders.computeIfAbsent(shared, r -> new ArrayList<>()).add(new Holder(toks.get(i).s, shared, holder, null, false, false));
        }
    }

    /** `Florida Sen.`, `former Ohio Gov.`, `Republican presidential candidate`: a capitalised word up to two before i. */
    private String placeBefore(int i) {
        for (int k = i - 1; k >= 0 && i - k <= 2 && toks.get(k).type == WORD && toks.get(k).sent == toks.get(i).sent; k--) {
            Tok w = toks.get(k);
            if (w.cap && !isRole(w) && !names.isSentenceInitialNoise(k) && !w.low.equals("former")) {
                return w.low;
            }
        }
        return null;
    }

    /**
     * Session names18: `the Florida senator`, `The GOP candidate` is the one person the text gave that title with that
     * word before it (`Florida Sen. Marco Ruiz`), not the last senator named (who may be from Vermont); else null.
     */
    String placedHolder(int a, int end, String role) {
        String place = null;
        for (int k = a + 1; k < end; k++) {
            if (toks.get(k).cap && toks.get(k).type == WORD) {
                place = toks.get(k).low;
            }
        }
        return holderPlaced(role, place);
    }

    /** The one person given {@code role} with {@code place} before it (`Foreign` of `Foreign Minister X`), or null. */
    String holderPlaced(String role, String place) {
        String found = null;
        for (Holder h : place == null ? List.<Holder>of() : holders.getOrDefault(role, List.of())) {
            if (place.equals(h.place()) || StateTies.samePlaceWord(place, h.place())) {
                if (found != null && !found.equals(h.name())) {
                    return null;
                }
                found = h.name();
            }
        }
        return found;
    }

    /** The person named by the capitalised run starting at token i, or null. */
    String personAt(int i) {
        for (int r = i; r - i < 2 && r + 1 < toks.size() && toks.get(r).cap && isRole(toks.get(r)); r++) {
            i = r + 1; // `Senator Dale Brooks`, `Deputy Mayor Ann Cole`: the name after the title
        }
        int j = i;
        while (j < toks.size() && j - i < 5 && toks.get(j).type == WORD && (toks.get(j).cap || j > i
                && Words.NAME_PARTICLES.contains(toks.get(j).low) && j + 1 < toks.size() && toks.get(j + 1).cap)
                && toks.get(j).qrole == OUT && !isRole(toks.get(j)) && toks.get(j).para == toks.get(i).para) {
            j++; // `Karin de Wit`: a lower-case particle inside the name
        }
        if (j == i) {
            return null;
        }
        Name nm = names.classify(i, j - 1);
        boolean person = nm != null && (nm.kind == SpeakerKind.PERSON || InitialledNames.afterTitle(toks, i, j));
        return person ? BenchTitledNames.fullOrSurname(toks, i, j - 1, nm.canonical) : null; // n63d `MK Rao`, n73a
    }

    /** A one-word name after a title (`Pope Leo`, not `King Street`), or null; n59d: `Pope Leo XIV` (regnal-numeral). */
    private String mononymAt(int i) {
        if (i >= toks.size() || toks.get(i).type != WORD || !toks.get(i).cap || toks.get(i).qrole != OUT
                || isRole(toks.get(i)) || i + 1 < toks.size() && toks.get(i + 1).type == WORD && toks.get(i + 1).cap
                && !REGNAL.matcher(toks.get(i + 1).text).matches()) {
            return null;
        }
        Name nm = names.classify(i, i);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null ? nm.canonical : null;
    }

    /** `Anna Holt, the (city's) mayor`: the name before a comma that opens the title phrase ending at i. */
    private String personBefore(int i) {
        for (int m = i - 1; m >= 0 && i - m <= 5; m--) {
            Tok t = toks.get(m);
            if (t.text.equals(",")) {
                if (!opensTitlePhrase(toks.get(m + 1))) {
                    return null; // `Dana Whitlow, said the president`: a verb, not an appositive, follows the name
                }
                int e = m - 1;
                int a = e;
                while (a - 1 >= 0 && e - a < 4 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap) {
                    a--;
                }
                return e >= 0 && toks.get(e).cap && toks.get(e).type == WORD ? personAt(a) : null;
            }
            if (t.type != WORD || t.qrole != OUT || t.cap && !isRole(t) && m < i - 1) {
                return null;
            }
        }
        return null;
    }

    /** Words that may open an appositive title phrase after a name's comma: `the`, `its`, `former`, `Harbour`. */
    private static final Set<String> TITLE_OPENERS = Lexicon.words("former then acting interim deputy senior longtime vice assistant");

    private static boolean opensTitlePhrase(Tok t) {
        return t.type == WORD && (t.cap || isRole(t) || Lexicon.DETERMINERS.contains(t.low)
                || TITLE_OPENERS.contains(t.low) || Words.endsWithPossessive(t));
    }

    /** Whether the article gives this person a title other than the given one and the candidate's own words. */
    boolean holdsOther(String name, String role, Set<String> besides) {
        for (Map.Entry<String, List<Holder>> e : holders.entrySet()) {
            if (e.getKey().equals(role) || besides.contains(e.getKey())) {
                continue;
            }
            for (Holder h : e.getValue()) {
                if (h.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * `of Eastbrook,` / `for the company,` after a role at i: the comma's index when a capitalised run (or `the` and
     * one) follows `of`/`for` and a comma closes it, so that the name after the comma is the role's holder; else i.
     */
    private int afterOfPlace(int i) {
        if (i + 1 >= toks.size() || !toks.get(i).low.equals("of") && !toks.get(i).low.equals("for")) {
            return i;
        }
        int k = toks.get(i + 1).low.equals("the") ? i + 2 : i + 1;
        int start = k;
        while (k < toks.size() && k - start < 5 && toks.get(k).type == WORD && toks.get(k).cap) {
            k++;
        }
        return k > start && k < toks.size() && toks.get(k).text.equals(",") ? k : i;
    }

    /** n65e: everyone given this very role, in text order ({@link OfficeRanks}); empty when nobody. */
    List<Holder> given(String role) {
        return holders.getOrDefault(role, List.of());
    }

    /** The person given this title between two positions (`a federal judge` named in its or the next sentence). */
    String holderBetween(String role, int from, int to) {
        for (Holder h : holders.getOrDefault(role, List.of())) {
            if (h.pos() >= from && h.pos() <= to) {
                return h.name();
            }
        }
        return null;
    }

    /** Words for the same office: `the premier` after `the prime minister, Erik Vos`. */
    private static final Map<String, String> SAME_OFFICE = Map.of("premier", "minister", "pontiff", "pope");

    /** Session n59d, rule spokes-title-variant: `the spokesperson` after `X, a spokesman for Y`; null when none. */
    private List<Holder> spokespeople() {
        List<Holder> all = new ArrayList<>(holders.getOrDefault("spokesman", List.of()));
        all.addAll(holders.getOrDefault("spokeswoman", List.of()));
        all.addAll(holders.getOrDefault("spokesperson", List.of()));
        all.sort(java.util.Comparator.comparingInt(Holder::pos));
        return all.isEmpty() ? null : all;
    }

    /** The person last given this title before a position, else the first one given it later; null when none. */
    String holder(String role, int before) {
        return holder(role, before, false, false);
    }

    /**
     * {@link #holder(String, int)}; for an office one person holds at a time ({@link Presidents#SINGLE_HOLDER_ROLES})
     * only an unqualified holder, former or not as asked, when the text gives one: `the president` is not `World
     * Bank President X` nor `former President Y`; {@code bare} (`the judge`): of two holders the one named last.
     */
    String holder(String role, int before, boolean former, boolean bare) {
        List<Holder> given = holders.getOrDefault(role, holders.get(SAME_OFFICE.getOrDefault(role, role)));
        given = given == null && role.startsWith("spokes") ? spokespeople() : given;
        if (given == null) {
            return null;
        }
        boolean single = Presidents.SINGLE_HOLDER_ROLES.contains(role); // n63d, rule former-title-former-holder:
        if (single || former) { // `the former minister` is the one given `former minister`, not a serving one
            List<Holder> kept = new ArrayList<>(given.size());
            for (Holder h : given) {
                if ((!single || !h.qualified()) && h.former() == former) {
                    kept.add(h);
                }
            }
            given = kept.isEmpty() ? given : kept;
        }
        String named = bare && given.size() > 1 ? SharedTitles.lastNamed(names, given.stream()
                .filter(h -> h.pos() < before && (former || !h.former())).map(Holder::name).distinct().toList(), before) : null;
        if (named != null) {
            return named; // names38, rule shared-title-last-named: of two hosts, the one named last
        }
        int lo = 0, hi = given.size() - 1, last = -1; // binary search: the last one before the position
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (given.get(mid).pos() < before) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Holder meant = given.get(Math.max(last, 0));
        for (int k = last - 1; !former && meant.former() && k >= 0; k--) {
            meant = given.get(k).former() ? meant : given.get(k); // names40: a serving holder before a former one
        }
        // names39, rule later-former-holder: `the minister` before the first `former minister X` is not X
        return last < 0 && meant.former() && !former ? null : meant.name();
    }
}
