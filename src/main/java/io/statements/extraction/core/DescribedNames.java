package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names20: a description is the one person the article itself ties to it ({@link DescriptionTies}), before
 * or after: `the retired neurosurgeon`, `his longtime personal physician`, `the Utah Republican` after `Karl Brenner, a
 * retired neurosurgeon,`, `Dr. Alma Reyes, his longtime physician,`, `Rep. Lena Marsh (R-Utah)`; `the company` the
 * organisation just described so (`Harlow, the seed company,`). The head noun must match, the mention's capitalised
 * words (a place, a party) be among the tie's and its other words agree; two people tied to one head leave it.
 * Ties are built once per text on first use; a look-up reads one short list.
 */
final class DescribedNames {
    private static final Set<String> OPENERS = DescriptionTies.OPENERS;
    private static final Set<String> STOPS = DescriptionTies.STOPS;

    /** How far (in characters) from its tie a possessed description may stand: `his friend` is someone else's later. */
    private static final int POSSESSED_REACH = 1000;
    /**
     * How far before a description its person must be named (or tied to it, before or after): in a list of actors,
     * `the actress` is the one the paragraph is about, not the one the article called an actress a page before.
     */
    private static final int LOCAL_REACH = 800;

    private final Doc d;
    private final List<Tok> toks;
    private DescriptionTies byHead;

    DescribedNames(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    private List<DescriptionTies.Tie> ties(String head) {
        if (byHead == null) {
            byHead = DescriptionTies.collect(d);
        }
        return byHead.of(head);
    }

    /** Heads other rules read: titles ({@link PersonTitles}), unnamed sources, groups, organisations, documents. */
    private static boolean otherRules(String head) {
        return CommonHeads.personWord(head) || Lexicon.ORG_NOUNS.contains(head) || Lexicon.DOC_NOUNS.contains(head);
    }

    /**
     * The one person the article ties to the description [a, end] (`the retired neurosurgeon`, `his longtime
     * personal physician`, `the Utah Republican`), whose capitalised words the tie has; null when none or several.
     */
    String person(int a, int end) {
        Tok head = toks.get(end);
        String h = Words.low(head);
        String fromState = fromState(a, end, h);
        if (fromState != null) {
            return fromState; // `the Kentucky Republican`, `the Vermont senator`: the one person known from there
        }
        if (end <= a || end - a > 5 || !OPENERS.contains(toks.get(a).low) || toks.get(a).low.startsWith("a")
                || head.type != WORD || head.cap && !DescriptionTies.PARTY_HEADS.contains(h) || otherRules(h)
                || h.endsWith("s") && !h.endsWith("ss")) {
            return null; // `a neurosurgeon` introduces someone; `the mayor`, `the official`: other rules; `the firms`
        }
        Set<String> capitalised = new HashSet<>(), modifiers = new HashSet<>();
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || Words.endsWithPossessive(t) || Lexicon.PREPOSITIONS.contains(t.low)
                    || STOPS.contains(t.low)) {
                return null; // `the mayor's physician`, `the head of the party`: someone else's person
            }
            (t.cap ? capitalised : modifiers).add(DescriptionTies.word(t)); // `the Utah Republican`: not the one from Ohio
        }
        String opener = toks.get(a).low;
        boolean possessed = !opener.equals("the");
        String found = null;
        boolean local = false;
        for (DescriptionTies.Tie t : ties(h)) {
            if (t.kind() == SpeakerKind.PERSON && t.name().contains(" ") && t.words().containsAll(capitalised)
                    && agree(modifiers, t.words()) && (!possessed || Math.abs(t.pos() - head.s) <= POSSESSED_REACH
                    && (t.opener().equals(opener) || !OPENERS.contains(t.opener())))) {
                if (found != null && !found.equals(t.name())) {
                    return null; // two actresses: the description stays
                }
                found = t.name();
                local |= Math.abs(t.pos() - head.s) <= LOCAL_REACH;
            }
        }
        return found != null && (local || namedBefore(found, toks.get(a).s)) ? found : null;
    }

    /** Whether the person is named within {@link #LOCAL_REACH} characters before a position. */
    private boolean namedBefore(String person, int ms) {
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0 && names.mentionPos.get(k)[0] >= ms - LOCAL_REACH; k--) {
            String name = names.mentionName.get(k);
            if (name != null && (name.equals(person) || person.endsWith(" " + name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names20: whether the mention [a, end] names a US state (`the Vermont senator`) and the person is known
     * from another one: introduced as `Florida Sen. X`, `Utah Republican X` or tagged `(R-Fla.)`. A title's last
     * holder or the person the text was about is then not the one meant.
     */
    boolean otherState(int a, int end, String person) {
        String state = person == null ? null : stateIn(a, end);
        if (state == null) {
            return false;
        }
        String known = null;
        for (String key : List.of(StateTies.STATE, "republican", "democrat", "independent")) {
            for (DescriptionTies.Tie t : ties(key)) {
                for (String w : t.name().equals(person) ? t.words() : Set.<String>of()) {
                    String full = States.full(w);
                    known = full != null && (known == null || full.length() > known.length()) ? full : known;
                }
            }
        }
        return known != null && !known.equals(state);
    }

    /** Whether the description [a, end] names a US state (`the Utah Republican`). */
    boolean namesState(int a, int end) {
        return stateIn(a, end) != null;
    }

    /** The US state a description [a, end] names (`the New Jersey governor`), lower case, or null. */
    private String stateIn(int a, int end) {
        String state = null;
        for (int k = a + 1; k < end && state == null; k++) {
            Tok t = toks.get(k);
            state = t.cap ? States.full(k + 1 < end && toks.get(k + 1).cap ? t.text + toks.get(k + 1).text : t.text)
                    : null;
            state = state == null && t.cap ? States.full(t.text) : state;
        }
        return state;
    }

    /**
     * `the Kentucky Republican`, `the Vermont senator` (a party or a title, head h): the one person the text gave
     * that state with that title (`Vermont Sen. X`, `Sen. X (I-Vt.)`) or, for a party, with any; else null.
     */
    private String fromState(int a, int end, String h) {
        boolean party = DescriptionTies.PARTY_HEADS.contains(h);
        if (end - a > 4 || !toks.get(a).low.equals("the") || !party && (toks.get(end).cap
                || !RoleWords.ROLES.contains(h))) {
            return null;
        }
        String state = stateIn(a, end), found = null;
        for (String key : state == null ? List.<String>of() : List.of(StateTies.STATE, "republican",
                "democrat", "independent")) {
            for (DescriptionTies.Tie t : ties(key)) {
                boolean from = t.words().stream().anyMatch(w -> state.equals(States.full(w)));
                if (from && (party ? key.equals(h) || key.equals(StateTies.STATE) : t.words().contains(h))) {
                    if (found != null && !found.equals(t.name())) {
                        return null;
                    }
                    found = t.name();
                }
            }
        }
        return found;
    }

    /** {@link #retold}'s body, else the mention's own words. */
    String retoldOr(int a, int end, String words) {
        String body = retold(a, end);
        return body != null ? body : words;
    }

    /**
     * Session n56b, rule retold-organisation: news copy names a body once with a long description (`Coastal Islamist
     * militant group Kedra Front`) and later writes the description alone, often with a new modifier (`The
     * Veyland-linked Coastal Islamist militant group said`, `the Norwick-based online retail giant`). The mention `the` +
     * two to six modifiers + a head no person bears [a, end] is the one body tied to that head anywhere before ({@link
     * DescriptionTies}) whose sentence wrote at least two of the mention's modifiers right before the head; a
     * capitalised modifier (a place, a nationality) must be among them unless it is a relation compound
     * (`Veyland-linked`, `Norwick-based`): `the Upland militant group` is not the coastal one. Two bodies fit: null.
     */
    String retold(int a, int end) {
        Tok head = toks.get(end);
        String h = Words.low(head);
        if (end - a < 3 || end - a > 7 || !toks.get(a).low.equals("the") || head.cap || head.type != WORD
                || head.para == 0 || DefiniteDescriptions.PERSON_NOUNS.contains(h) || RoleWords.ROLES.contains(h)
                || DefiniteDescriptions.TRADE_NOUNS.contains(h)) {
            return null; // a person's description is {@link #person}'s
        }
        String found = null;
        for (DescriptionTies.Tie t : ties(h)) {
            Set<String> told = new HashSet<>(); // the words the text wrote before the tie's head, in its sentence
            int th = a;
            while (th > 0 && toks.get(th).s > t.pos()) {
                th--;
            }
            for (int k = th - 1; k >= 0 && th - k <= 5 && toks.get(k).type == WORD
                    && toks.get(k).sent == toks.get(th).sent; k--) {
                told.add(toks.get(k).low);
            }
            int shared = 0;
            boolean contradicts = false;
            for (int k = a + 1; k < end; k++) {
                Tok m = toks.get(k);
                boolean has = m.type == WORD && told.contains(m.low);
                shared += has ? 1 : 0;
                contradicts |= m.type != WORD || STOPS.contains(m.low) || Words.endsWithPossessive(m)
                        || m.cap && !has && !m.text.contains("-");
            }
            if (toks.get(th).s == t.pos() && shared >= 2 && !contradicts) {
                if (found != null && !found.equals(t.name())) {
                    return null; // two militant groups: the description stays
                }
                found = t.name();
            }
        }
        return found;
    }

    /**
     * `the online retail giant` is not the `oil giant`: when both descriptions have lower-case words besides the
     * head, they share one (`his longtime personal physician` and `his longtime physician`).
     */
    private static boolean agree(Set<String> mention, Set<String> tie) {
        if (mention.isEmpty()) {
            return true;
        }
        boolean described = false;
        for (String w : tie) {
            if (mention.contains(w)) {
                return true;
            }
            described |= !w.isEmpty() && Character.isLowerCase(w.charAt(0));
        }
        return !described;
    }

    /**
     * The organisation last tied to the head of `the [words] head` [a, end] in its paragraph or the one before, not
     * in a headline (`Acme, the seed company,`; one capitalised word may be a firm the name index reads as a person:
     * `Valeant`), whose description agrees with the mention's words (`the combined company` is not `Allergan, the
     * far smaller company`); else null.
     */
    DescriptionTies.Tie organisation(int a, int end) {
        Tok head = toks.get(end);
        Set<String> modifiers = new HashSet<>();
        for (int k = a + 1; k < end; k++) {
            modifiers.add(DescriptionTies.word(toks.get(k)));
        }
        List<DescriptionTies.Tie> given = ties(Words.low(head));
        for (int i = given.size() - 1; i >= 0; i--) {
            DescriptionTies.Tie t = given.get(i);
            if (t.pos() < head.s) {
                boolean near = t.para() >= head.para - 1 && t.para() > 0;
                return near && agree(modifiers, t.words()) && (t.kind() == SpeakerKind.ORGANIZATION
                        || !t.name().contains(" ")) ? t : null;
            }
        }
        return null;
    }
}
