package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.statements.extraction.core.Lexicon.lower;
import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * Stage 4: names and mentions. Classifies capitalised runs into people and organisations and answers the resolver's
 * look-ups (last names to full names, acronyms, the name mentions before a position), which {@link NamePrepass}
 * fills once per document.
 */
final class NameIndex {
    private final Doc d;
    private final List<Tok> toks;

    NameIndex(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    final Map<String, String> lastNameToFull = new HashMap<>(); // entity memory
    final Map<String, String> firstNameToFull = new HashMap<>(); // by first name; "" when two share it (ambiguous)
    final Map<String, String> acronyms = new HashMap<>();
    final ShorterNameForms.Table shorter = new ShorterNameForms.Table(); // n65b: `Industry Ada Roe` → `Ada Roe`
    /** Every full person name by last name, in the order the text gives them (`Bill Clinton`, `Hillary Clinton`). */
    final Map<String, List<String>> fullNamesByLast = new HashMap<>();
    /** Rule titled-surname: `dr Hale` → the full name the text gave after that title, "" when two (session names34). */
    final Map<String, String> titledFullNames = new HashMap<>();
    final List<int[]> mentionPos = new ArrayList<>();   // [charPos, kindOrdinal, token]
    final List<String> mentionName = new ArrayList<>();

    boolean isSentenceInitialNoise(int a) {
        return toks.get(a).has(WordBits.NOISE_OR_TIME_WORD) || NameBoundaries.opener(toks.get(a)); // n72a
    }

    /** A run with an organisation word or an acronym in it (`Ministry of Fisheries`, `NATO`). */
    boolean isOrganisation(int a, int b) {
        for (int k = a; k <= b; k++) {
            String t = stripPossessive(toks.get(k).text);
            if (Lexicon.ORG_WORDS.contains(lower(t)) || isAcronym(t)) {
                return true;
            }
        }
        return false;
    }

    /** Classify a run of capitalised tokens [a, b] into a person or organisation with a canonical name. */
    Name classify(int a, int end) {
        int b = NameBoundaries.beforePostNominals(toks, a, HeadlineRuns.nameEnd(toks, a, end, lastNameToFull)), inner = NameBoundaries.afterOwner(d, toks, a, b, afterInnerRole(RoleRunNames.afterField(d, toks, LongMentionPersons.afterOrganisation(toks, a, b), b), b));
        if (inner > a && (inner < b || RoleSurnames.loneSurnameAfter(d, toks, this, a, b - 1, b)) // n75c: `Rep X`
                && !isOrganisation(inner, b) || inner == a && OfficePhrases.titleOnly(toks, a, b)) {
            return inner > a ? classify(inner, b) : null; // n49b: `X Academy Ann Roe`; n63a: `Head of Research X`; n66c
        }
        Name nm = new Name();
        boolean org = false;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            String w = lowStripped(t);
            if (Lexicon.ORG_WORDS.contains(w) || isAcronym(stripPossessive(t.text)) && !RoleWords.capitalAbbreviation(t)
                    && !PersonInitials.at(toks, a, k, b) && !LeadingNameWords.acronym(d, toks, k, b)) { // n61a,n65b
                org |= Lexicon.ORG_WORDS.contains(w) || !CapitalNames.person(d, toks, a, b); // names46: `JOHN SMALLEY`
            }
        }
        org |= ArticleBodies.named(toks, a, b) || OrganisationKinds.kindName(toks, a, b) // n56a; n59a: `X Orchestra`
                || PlaceNamedBodies.named(toks, a, b) || PlaceNamedBodies.sportBody(toks, a, b) // n61a, n67d
                || BodyNameEdges.pluralPeopleRun(d, toks, a, b); // n73c: `the United Forge Workers`
        if (!org && a == b) {
            String w = lowStripped(toks.get(a));
            org = Lexicon.PLACES.contains(w) || Lexicon.REGIONS.contains(w);
        } else if (!org && b - a <= 2 && Lexicon.MULTIWORD_REGION_STARTS.contains(low(toks.get(a)))) {
            // joined and lower-cased only when the first word may open a region, which most runs' first word cannot
            org = Lexicon.MULTIWORD_REGIONS.contains(lower(stripPossessive(joinText(a, b))));
        }
        if (org) {
            int a2 = a;
            while (a2 < b && (low(toks.get(a2)).equals("the") || NameDescriptors.compound(toks, a2, b))) { // n51e
                a2++;
            }
            String c = stripPossessive(joinText(a2, b));
            if (a2 == b && acronyms.containsKey(c)) {
                c = acronyms.get(c);
            }
            nm.canonical = c;
            nm.kind = SpeakerKind.ORGANIZATION;
            return nm;
        }
        // person: strip titles (and nationality adjectives before titles) from the front
        int a2 = a;
        while (a2 < b) {
            Tok t = toks.get(a2);
            String w = low(t);
            if (Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(w.replace(".", "")) || Lexicon.hyphenatedTitle(w)
                    || t.has(WordBits.NOISE_OR_TIME_WORD) || RoleWords.pluralRole(t) || NameBoundaries.opener(t)
                    || NameDescriptors.before(toks, a, a2, b) || RoleWords.capitalAbbreviation(t)
                    || RoleRunNames.beforeName(toks, a2, b) || LeadingNameWords.strip(d, toks, a, a2, b)
                    || NameEdges.title(w) || NameOpenerSlips.strip(toks, a, a2, b) // n73c: `Tanáiste X`; n74d
                    || HeadlineRuns.speechVerbOpener(toks, a2, b)) { // n75c: `Calls Ben Cole`
                a2++; // `Billionaire Mark Cuban`; lead48: `PM Sadiq`; n63a: `Cricketer X Y`; n63e, n65b: `Me X`, `NDP X`
            } else if (looksNationality(w) && titleAfterNationalities(a2 + 1, b)) {
                a2++;
            } else {
                break;
            }
        }
        a2 = RoleRunNames.pastRange(toks, ArticleCommonNouns.personStart(d, toks, a, GluedOffices.personStart(toks, a,
                afterInnerRole(TitleOfPlaceNames.personStart(toks, a, a2, b), b), b), b, lastNameToFull), b); // n50b..n63a
        int b2 = b;
        for (int k = a2 + 1; k <= b; k++) {
            String lw = toks.get(k).low;
            if (lw.equals("of") || lw.equals("in") && !NameParticles.inBeforeArticle(toks, k, b)
                    || lw.equals("for") || lw.equals("and")) {
                b2 = k - 1;
                break;
            }
        }
        while (b2 > a2 && TrailingTimeWords.at(toks, b2)) { // n76c: a generational suffix (`Jr.`) stays in the name
            b2--;
        }
        String c = stripPossessive(joinText(a2, b2));
        String w = a2 == b2 ? lowStripped(toks.get(a2)) : ""; // the lists below hold one word each, no name of more
        if (a2 == b && FunctionWordSurnames.wordRun(toks, a, b, w) && FunctionWordSurnames.fullName(this, c) != null) {
            w = ""; // `From said` after `Al From`: the last name, not the preposition; n63a: `King said` after `Lea King`
        }
        if (a2 == b && a2 > a && toks.get(b).cap && PersonGenders.ofTitle(toks.get(a2 - 1).low) != null) {
            w = ""; // session names21: `Mr. King`, `Mr. Prince` after `Charlie King`: an honorific's last name
        }
        if (!w.isEmpty() && (Lexicon.TITLES.contains(w) || Lexicon.TIME_WORDS.contains(w) || SENTENCE_NOISE.contains(w))
                || ChannelVia.platformX(toks, a2, b)) { // no list holds "", a name of more words (most runs)
            return null;
        }
        String gendered = a2 > a && !c.contains(" ") ? HonorificSurnames.fullName(this, toks.get(a2 - 1), c) : null;
        if (gendered != null) {
            c = gendered; // `Mrs. Berg` after `Anton Berg` and `Ida Berg`: the woman
        } else if ((c.indexOf(' ') < 0 || Words.particleSurname(c)) && lastNameToFull.containsKey(c)) {
            String full = lastNameToFull.get(c);
            if (!HonorificSurnames.contradicts(d, a2 > a ? toks.get(a2 - 1) : null, full)) {
                c = full; // but `Mr. Obama` is not the only full name `Michelle Obama`: the last name stays
            }
        } else if (!c.contains(" ") && firstNameToFull.containsKey(c)) { // lead49: of two, the one named last before
            c = FirstNameBearers.fullName(this, c, b2 == b ? toks.get(a).s : -1); // `Wang told` after `Wang Wenbin`
        } else if (!c.contains(" ")) {
            String slip = SurnameVariants.fullName(lastNameToFull, c);
            if (slip != null) {
                c = slip; // `Bryne said` after `Gary Byrne`: a misspelt last name
            }
        }
        nm.canonical = ShorterNameForms.shorter(d, this, CapitalNames.articleCase(d, toks, a2, b2,
                GenerationalSuffixes.fullName(this, c))); // n67a; n76c: `Trump Jr.`
        nm.kind = SpeakerKind.PERSON;
        return nm;
    }
    /**
     * Past a role that an office or department word opens (`Commerce Secretary Paul Brenner`, `Fed Chair Ana Ruiz`),
     * also abbreviated after a place or a title (`Texas Sen. Ted Cruz`, `Retired Lt. Gen. Mick Doran`, session
     * names16), or a trade (`Kestrel Analyst X`, lead48): the name is the two or more capitalised words after it; else a.
     */
    private int afterInnerRole(int a, int b) {
        if (RoleSurnames.endsInRoleAndSurname(d, toks, this, a, b)) {
            return b; // n75c: `Ostland Chief Minister Kole`: the surname the article writes alone
        }
        for (int k = b - 2; k > a; k--) {
            Tok t = toks.get(k);
            if ((RoleRunNames.roleWord(t) || LeadingNameWords.lowerCaseHead(d, toks, a, k, b)) // n61e, n63a, n65b
                    && (!t.text.endsWith(".") || k > a && toks.get(k - 1).cap)) { // `PTI MNA X`: a party's legislator
                for (int n = k + 1; n <= b; n++) {
                    Tok w = toks.get(n);
                    boolean particle = !w.cap && NAME_PARTICLES.contains(w.low) && n > k + 1 && n < b; // `Karin de Wit`
                    if (w.type != WORD || !w.cap && !particle || (RoleWords.isRole(w) || Lexicon.TITLES.contains(w.low))
                            && (n > k + 1 || !RoleHonorifics.at(toks, n, b))) { // n59c: `WHO Chief Dr Ann Roe`
                        return a;
                    }
                }
                return k + 1;
            }
        }
        return a;
    }

    /**
     * Whether a title follows, perhaps after more nationality-like words ("Iraqi Kurdish official"): only then is a
     * nationality-like word a description to strip. Given names end like nationalities too ("Ravi Shastri"), and
     * two of them in a row are a name, not "nationality nationality".
     */
    private boolean titleAfterNationalities(int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = low(toks.get(k));
            if ((Lexicon.TITLES.contains(w) || Lexicon.TITLES.contains(w.replace(".", ""))) && !w.equals("of")) {
                return true; // lead49: not `of` (in TITLES for `Secretary of State`): `Imran Khan of Pakistan`
            }
            if (!looksNationality(w)) {
                return false;
            }
        }
        return false;
    }

    String joinText(int a, int b) {
        if (a == b) {
            return toks.get(a).text; // one word (most runs classified): nothing to join
        }
        StringBuilder sb = new StringBuilder(toks.get(a).text);
        for (int k = a + 1; k <= b; k++) {
            sb.append(' ').append(toks.get(k).text);
        }
        return sb.toString();
    }

    /** Index of the last name mention that starts before a char position, or -1. */
    int mentionBefore(int pos) {
        int lo = 0, hi = mentionPos.size() - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (mentionPos.get(mid)[0] < pos) {
                ans = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return ans;
    }

    String findOrg(String head, int before) {
        for (int k = mentionBefore(before); k >= 0; k--) {
            int[] mp = mentionPos.get(k);
            if (mp[0] < before - 20000) {
                return null;
            }
            if (mp[0] >= before || mp[1] != SpeakerKind.ORGANIZATION.ordinal()) {
                continue;
            }
            String nm = lower(mentionName.get(k));
            if (!nm.equals(head) && (Words.containsWord(nm, head) || (head.equals("army") || head.equals("military"))
                    && (nm.contains("forces") || nm.contains("army") || nm.contains("military") || nm.contains("defense")
                    || nm.contains("defence")))) { // n65c: `Party` alone (a title-case headline's word) names no body
                return mentionName.get(k);
            }
        }
        return null;
    }

    /**
     * The most recent organisation named before a position (not a bare place name), within about two paragraphs: its
     * mention index (name in {@link #mentionName}, offset in {@link #mentionPos}), or -1.
     */
    int recentRealOrg(int before) {
        for (int k = mentionBefore(before); k >= 0; k--) { // mentionBefore: every mention from k back starts before
            int[] mp = mentionPos.get(k);
            if (before - mp[0] > 1200) {
                return -1;
            }
            if (mp[1] == SpeakerKind.ORGANIZATION.ordinal() && !Lexicon.PLACES.contains(lower(mentionName.get(k)))) {
                return k;
            }
        }
        return -1;
    }

    /** The last run of capitalised words in [a, b] (`of`, `in`, `for`, `and`, name particles between), or null. */
    int[] lastCapRun(int a, int b) {
        int j = b;
        while (j >= a && !(toks.get(j).cap && toks.get(j).type == WORD)) {
            j--;
        }
        if (j < a) {
            return null;
        }
        int i = j;
        while (i - 1 >= a) {
            Tok p = toks.get(i - 1);
            if (p.type == WORD && p.cap && (!endsWithPossessive(p) || PossessiveNameWords.inside(toks, i - 1, j))) {
                i--;
            } else if (NameParticles.startBeforeTwoParticles(toks, i, a) >= 0) {
                i -= 3; // `Ursula von der Leyen`, `Sophie in 't Veld`
            } else if (p.type == WORD && (p.has(WordBits.NAME_RUN_LINK) || OrganisationOn.at(toks, i - 1))
                    && i - 2 >= a && toks.get(i - 2).cap) { // of, in, for, and, a particle; `Panel on`
                int[] host = p.low.equals("in") && j - i <= 1 ? lastCapRun(a, i - 2) : null;
                if (host != null && isOrganisation(host[0], host[1])) {
                    return host; // `the Ministry of Fisheries in Oslo`: the place is no part of the name
                }
                i -= 2;
            } else if (p.low.equals("the") && i - 3 >= a && toks.get(i - 2).low.equals("of") && toks.get(i - 3).cap
                    && Lexicon.ORG_WORDS.contains(toks.get(i - 3).low)) {
                i -= 3; // `the Ministry of the Interior`: one name, not a person called `Interior`
            } else {
                break;
            }
        }
        while (i < j && (SENTENCE_NOISE.contains(toks.get(i).low) || NameBoundaries.opener(toks.get(i)))) { // n72a
            i++;
        }
        return i == j && Lexicon.COMMON_ACRONYMS.contains(toks.get(j).text) ? null : new int[]{i, j}; // `state TV`
    }
}
