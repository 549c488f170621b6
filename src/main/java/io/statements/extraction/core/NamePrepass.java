package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * Stage 4's document-wide pre-pass (split out of {@link NameIndex}): every run of capitalised words is classified
 * once and recorded by position, a person's full name under the last name, an organisation under its acronym, so
 * that `Holt said` after `Anna Holt` and `IDF` after `Israel Defense Forces` resolve.
 */
final class NamePrepass {
    private static final Set<String> ACRONYM_SKIPS = Lexicon.words("of the and for in");

    private final Doc d;
    private final List<Tok> toks;
    private final NameIndex names;
    /** Last names whose full name so far comes only from the first paragraph (a headline's Title Case words). */
    private final Set<String> headlineOnly = new HashSet<>();
    /**
     * Session names40, rule place-not-first-name: runs of unknown words the text puts after `in` / `over` (`in Sha
     * Wan`, `over Sha Wan`): a place, so that its first word is not a first name competing with a surname-first
     * person's (`Sha said` after `spokeswoman Sha Meilin` is Sha Meilin).
     */
    private final Set<String> placeLike = new HashSet<>();
    private static final Set<String> LOCATIVES = Lexicon.words("in over across throughout inside");

    NamePrepass(Doc d, NameIndex names) {
        this.d = d;
        this.toks = d.toks;
        this.names = names;
    }

    /**
     * Session names36, rule time-zone: `(16:30 GMT)`: written in capitals like an acronym, but no organisation that
     * a later `it` or `the statement` could stand for. All of four letters or fewer: the pre-pass hashes a name
     * word's text only when it is that short.
     */
    private static final Set<String> TIME_ZONES = Lexicon.set(
            "GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST");

    /** Pre-pass: full person names by last name, organisation acronyms, and all name mentions by position. */
    void run() {
        int size = toks.size();
        int i = 0;
        int[] caps = d.capitalisedWords();
        int c = 0;
        while (i < size) {
            while (c < caps.length && caps[c] < i) {
                c++;
            }
            if (c == caps.length) {
                break; // no capitalised word left: no run starts
            }
            i = caps[c]; // a run starts at a capitalised word: the words before it are passed over unread
            if (!isNameTok(toks.get(i)) || toks.get(i).text.length() <= 4 && (TIME_ZONES.contains(toks.get(i).text)
                    || Lexicon.COMMON_ACRONYMS.contains(toks.get(i).text)) || ShoutedWords.shoutedAdverb(toks.get(i))) {
                i++;
                continue;
            }
            int agency = SentenceOpeners.agencyDateline(toks, i);
            if (agency > 0) {
                i = agency; // session names36: `KINSHASA (Wire) ...`: a place of filing, no organisation named
                continue;
            }
            int j = i;
            while (j + 1 < size && toks.get(j + 1).para == toks.get(i).para) {
                Tok nx = toks.get(j + 1);
                if (isNameTok(nx) && !stripPossessive(toks.get(j).text).equals("") && (!endsWithPossessive(toks.get(j))
                        || PossessiveNameWords.joins(toks, j))) { // n63c: `St Mary's Hospital`, `Hawke's Bay`
                    j++;
                } else if (nx.type == WORD && nx.has(WordBits.NAME_RUN_LINK) // of, in, for, a particle, and
                        && j + 2 < size && isNameTok(toks.get(j + 2)) && toks.get(j + 2).para == nx.para
                        && !endsWithPossessive(toks.get(j))) {
                    j += 2;
                } else if (OrganisationOn.at(toks, j + 1) && j + 2 < size && toks.get(j + 2).para == nx.para) {
                    j += 2; // lead, session 47: `International Panel on Ocean Change`
                } else if (NameParticles.inside(toks, j + 1)) {
                    j += 3; // `Pieter van der Berg`, `Ursula von der Leyen`, `Sophie in 't Veld`
                } else if (nx.low.equals("of") && j + 3 < size && toks.get(j + 2).low.equals("the")
                        && isNameTok(toks.get(j + 3)) && toks.get(j + 3).para == nx.para
                        && Lexicon.ORG_WORDS.contains(toks.get(j).low)) {
                    j += 3; // `Ministry of the Sea`, `Bank of the West`: an organisation's name goes on past `of the`
                } else {
                    break;
                }
            }
            // a capitalised word opening a sentence is often not a name ("But", "The")
            int a = i;
            while (a <= j && toks.get(a).sent >= 0 && names.isSentenceInitialNoise(a)) {
                a++;
            }
            if (a < j && openingCommonWord(a)) {
                a++; // `Both Bolton and Gorka saw`, `Maybe Trump is`, `Bassist Moby said`: the word is no first name
            }
            if (a > i && a < j && titleAfterThe(a, j)) {
                i = j + 1; // rule title-not-person: `The Conservative Case for Trump` names a book, nobody's `Case`
                continue;
            }
            int and = a < j ? indexOfAnd(a, j) : -1;
            if (and > a && and < j && !names.isOrganisation(a, j)
                    && RoleRunNames.afterField(d, toks, a, j) == a) { // n65b: `Minister for Trade and Industry X Y`: one // `Kari Lund and Nils Berg`: two people, each known by their last name
                SharedSurnames.note(names, toks, a, and, j); // n67e: `Ted and Ann Marsh`: `Marsh` is both
                register(a, and - 1);
                a = and + 1;
            }
            if (a <= j) {
                register(a, j);
            }
            i = j + 1;
        }
        ShorterNameForms.collect(d, names); // n65b: `Industry Ada Roe` when the article also writes `Ada Roe`
    }

    /**
     * A word capitalised only because it opens its sentence that the text also writes in lower case (`Footage`,
     * `Social`): a common word, not a one-word name.
     */
    private boolean commonOpener(int a) {
        Tok t = toks.get(a);
        if (a > 0 && toks.get(a - 1).sent == t.sent && toks.get(a - 1).type == WORD || t.low.length() < 3) {
            return false;
        }
        return d.writtenLowerCase(stripPossessive(t.text).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Session names18: the first word of a sentence before more capitalised words that the text writes in lower case
     * elsewhere and never capitalises inside a sentence, and that is no known first name (`Both`, `Maybe`, `Because`,
     * `Bassist`): a common word, so the name starts after it. `White House`, `New York` keep their first word (the
     * text capitalises it inside sentences; a Title Case headline does not count), `Mark Wynn` his first name.
     */
    private boolean openingCommonWord(int a) {
        Tok t = toks.get(a);
        if (a > 0 && toks.get(a - 1).sent == t.sent || t.low.length() < 3 || PersonGenders.isFirstName(t.low)
                || !commonOpener(a)) {
            return false;
        }
        return !d.capitalisedWithinSentence(t.low);
    }

    /**
     * Rule title-not-person (session names22): a run of several capitalised words after a capitalised `The` (`her
     * book, The Quiet Case for Alder,`, `The Harbour Case for Reform was released`) is a title, a show or an
     * organisation: no person, so neither `Case` nor `Quiet` may later stand for it (a `she wrote` went to
     * `Quiet Case`). Not when a first name or a title follows `The` (`The Rev. Ora Finch`, `The Ida
     * Berg campaign`), nor for an organisation the index recognises (`The Harbour Group`).
     */
    private boolean titleAfterThe(int a, int j) {
        Tok the = toks.get(a - 1);
        Tok first = toks.get(a);
        if (!the.text.equals("The") || PersonGenders.isFirstName(first.low) || Lexicon.TITLES.contains(first.low)
                || Lexicon.TITLES.contains(first.low.replace(".", "")) || RoleWords.isRole(first)
                || LeadingNameWords.acronym(d, toks, a, j)) { // n65b: `The CS Ann Roe said`: an office, no book
            return false;
        }
        Name nm = names.classify(a, j);
        return nm != null && nm.kind == SpeakerKind.PERSON;
    }

    /**
     * Rule name-adjective (session names22): an adjective made from a name (`the Trumpian storm`, `a Reaganesque
     * optimism`, `the Orwellian state`): one capitalised word ending in `-ian` or `-esque` between a determiner and a
     * lower-case word is no person (a `he` after it went to `Trumpian`); first names (`the Christian right` aside,
     * `Brian`, `Julian`) never stand there.
     */
    private boolean nameAdjective(int a) {
        Tok t = toks.get(a);
        if (a == 0 || a + 1 >= toks.size() || !(t.low.endsWith("ian") || t.low.endsWith("esque")) || t.low.length() < 6
                || PersonGenders.isFirstName(t.low)) {
            return false;
        }
        Tok next = toks.get(a + 1);
        return Lexicon.DETERMINERS.contains(toks.get(a - 1).low) && next.type == WORD && !next.cap
                && next.qrole == OUT;
    }

    /**
     * Rule opening-adverb (session names28): `Lately, he ...`, `Frankly, the plan ...`: a word in -ly opening its
     * sentence before a comma is an adverb, not a person, unless it is a first name (`Kelly,`) or the text capitalises
     * it inside a sentence too (a surname: `Joe Donnelly` ... `Donnelly, a Democrat,`).
     */
    private boolean openingAdverb(int a) {
        Tok t = toks.get(a);
        if (!t.low.endsWith("ly") || t.low.length() < 5 || a + 1 >= toks.size() || !toks.get(a + 1).text.equals(",")
                || a > 0 && toks.get(a - 1).sent == t.sent || PersonGenders.isFirstName(t.low)) {
            return false;
        }
        for (int k = 1; k < toks.size(); k++) {
            Tok w = toks.get(k);
            if (w.type == Tok.WORD && w.text.equals(t.text) && toks.get(k - 1).sent == w.sent) {
                return false;
            }
        }
        return true;
    }

    private int indexOfAnd(int a, int b) {
        for (int k = a; k <= b; k++) {
            if (toks.get(k).low.equals("and")) {
                return k;
            }
        }
        return -1;
    }

    /** Records a name run: its mention, a person's full name by last name, an organisation's acronym. */
    private void register(int a, int j) {
        Name nm = names.classify(a, j);
        // lower-cased once for the region and place tests (Lexicon.isRegion's sets): this runs for every name run
        String low = nm == null || nm.canonical == null ? null : Lexicon.lower(nm.canonical);
        if (low == null || Lexicon.REGIONS.contains(low) || Lexicon.MULTIWORD_REGIONS.contains(low)) {
            return; // a US state or city is no antecedent for `he`, `it` or `they`, nor a poll's author
        }
        if (a == j && nm.kind == SpeakerKind.PERSON && !nm.canonical.contains(" ") && commonOpener(a)) {
            return; // `Footage of ...`, `Social media ...`: a common word opening its sentence, no one for `she`
        }
        if (a == j && nm.kind == SpeakerKind.PERSON && nameAdjective(a)) {
            return; // rule name-adjective: `amid the Trumpian storm` names no one for the next `he`
        }
        if (a == j && nm.kind == SpeakerKind.PERSON && openingAdverb(a)) {
            return; // rule opening-adverb: `Lately, he has been ...` names no one for the next `he`
        }
        if (a == j && nm.kind == SpeakerKind.PERSON && FaithAdjectives.describes(toks, a)) {
            return; // rule faith-adjective: `his Christian conservative values` names no one for the next `he`
        }
        if (nm.kind == SpeakerKind.PERSON && NameEdges.pluralPeopleTail(d, toks, a, j)) {
            return; // n73c, rule plural-people-tail: `Skylark Captains` is no person for `Skylark said` or `he`
        }
        if (PartyMembers.isDescription(nm)) {
            return; // rule party-member-description: `a Jupiter Democrat` is no one's name for the next `he`
        }
        names.mentionPos.add(new int[]{toks.get(a).s, nm.kind.ordinal(), a});
        names.mentionName.add(nm.canonical);
        if (nm.canonical.indexOf(' ') < 0) {
            return; // one word: one part below, and only names of two parts or more are recorded there
        }
        String[] parts = nm.canonical.split(" ");
        if (nm.kind == SpeakerKind.PERSON && parts.length >= 2
                && (parts.length > 2 || !Lexicon.WORLD_PLACES.contains(low))) {
            String last = GenerationalSuffixes.surname(parts); // n76c: `Cockrel` of `Kenneth Cockrel Jr.`
            if (toks.get(a).para == 0 && !PersonGenders.isFirstName(Lexicon.lower(parts[0]))) {
                headlineOnly.add(last); // `Top Clinton Aide Says`: a headline's words, until the body names her
            } else if (headlineOnly.remove(last)) {
                names.lastNameToFull.put(last, nm.canonical);
            }
            names.lastNameToFull.putIfAbsent(last, nm.canonical);
            List<String> same = toks.get(a).para == 0 ? null
                    : names.fullNamesByLast.computeIfAbsent(last, k -> new ArrayList<>(2));
            if (same != null && !same.contains(nm.canonical)) {
                same.add(nm.canonical); // `Bill Clinton`, `Hillary Clinton` in the body: `Mrs. Clinton` picks by gender
            }
            if (same != null && a < j) {
                HonorificSurnames.recordTitled(names, toks.get(a), nm.canonical); // `Dr. Martin Hale`: `Dr. Hale`
            }
            if (last.indexOf('-') > 0 && Character.isLowerCase(last.charAt(0))) {
                // `Anwar al-Awlaki` ... `Al-Awlaki said`: the particle capitalised where it opens the mention
                names.lastNameToFull.putIfAbsent(Character.toUpperCase(last.charAt(0)) + last.substring(1), nm.canonical);
            }
            // a first name only from a plain name of two or three words in the body (a Title Case headline's words
            // are no name: `Obama Says Museum Will Tell`)
            if (a > 0 && LOCATIVES.contains(toks.get(a - 1).low) && !PersonGenders.isFirstName(Lexicon.lower(parts[0]))) {
                placeLike.add(nm.canonical);
            }
            // n73b: `Kestrel Captains` is a group, so `Kestrel` is no first name of it
            if ((parts.length <= 3 || GivenNameHonorifics.within(toks, a, j)) && toks.get(a).para > 0
                    && !placeLike.contains(nm.canonical) && !PluralBodyNames.roleGroup(toks, nm.canonical)) {
                String known = names.firstNameToFull.putIfAbsent(parts[0], nm.canonical);
                if (known != null && !known.equals(nm.canonical)) {
                    names.firstNameToFull.put(parts[0], ""); // two people called `Tom`: `Tom said` stays unresolved
                }
            }
            for (int p = 1; p < parts.length - 1; p++) {
                if (NAME_PARTICLES.contains(parts[p])) { // `Lula` for `Luiz Inacio Lula da Silva`
                    names.lastNameToFull.putIfAbsent(parts[p - 1], nm.canonical);
                    // names32, rule particle-surname: `De Vries told` after `Geert de Vries`, `Van der Berg said`
                    String tail = String.join(" ", java.util.Arrays.copyOfRange(parts, p, parts.length));
                    names.lastNameToFull.putIfAbsent(Character.toUpperCase(tail.charAt(0)) + tail.substring(1), nm.canonical);
                    break;
                }
            }
        } else if (nm.kind == SpeakerKind.ORGANIZATION && parts.length >= 2) {
            StringBuilder ac = new StringBuilder();
            for (String p : parts) {
                if (!p.isEmpty() && !ACRONYM_SKIPS.contains(lower(p))) {
                    ac.append(Character.toUpperCase(p.charAt(0)));
                }
            }
            if (ac.length() >= 2) {
                names.acronyms.putIfAbsent(ac.toString(), nm.canonical);
            }
        }
    }
}
