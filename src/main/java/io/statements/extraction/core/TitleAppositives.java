package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * A person's name after a title and a comma inside one speaker mention: `the mayor, Anna Holt`, `the mayor of
 * Eastbrook, Anna Holt`, `A spokesman for Harbour Logistics, Karl Brenner`, `the bill's author, state Senator Dale
 * Brooks`. The name is the speaker; the title stays the mention's.
 */
final class TitleAppositives {
    private final Doc d;
    private final List<Tok> toks;

    TitleAppositives(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * The name an appositive gives the mention [a, b]: a person after a title (below), or an organisation after a
     * common noun (`The steel maker, Salzgitter AG,`, `the carrier, Harbour Logistics Ltd.`; session names16: the
     * speaker was a group `steel maker`); null when neither.
     */
    Name named(int a, int b) {
        String person = nameAfterTitle(a, b);
        if (person != null) {
            Name nm = new Name();
            nm.canonical = person;
            nm.kind = SpeakerKind.PERSON;
            return nm;
        }
        for (int k = a + 1; k < b; k++) {
            if (toks.get(k).text.equals(",")) {
                Tok before = toks.get(k - 1);
                boolean noun = before.type == WORD && !before.cap && (toks.get(a).low.equals("the") || owned(a, k - 1));
                int from = k + 2 < b && toks.get(k + 1).low.equals("the") ? k + 2 : k + 1, to = acronymBefore(from, b);
                Name nm = noun && capitalisedUpTo(from, to) ? d.names.classify(from, to) : null;
                if (nm != null && nm.kind == SpeakerKind.PERSON && Lexicon.ORG_NOUNS.contains(before.low) && to > from) {
                    nm.kind = SpeakerKind.ORGANIZATION; // `his party, the Renewal Movement`: a body, whatever its words
                    nm.canonical = d.s.substring(toks.get(from).s, toks.get(to).e);
                }
                return nm != null && nm.kind == SpeakerKind.ORGANIZATION
                        && !Lexicon.PLACES.contains(Lexicon.lower(nm.canonical)) && !Lexicon.isRegion(nm.canonical)
                        ? nm : null;
            }
        }
        return null;
    }

    /**
     * Session n63c, rule owned-body-appositive: `His party, the Renewal Movement, said`, `Mr Dalton's party, the
     * Renewal Movement (RM), said`: a body described by whose it is (a possessive determiner or a possessive name)
     * and then named in apposition is the body named, as `The steel maker, Salzgitter AG,` is; the name may open with
     * `the` and close with its acronym in brackets. Before, the speaker was the description (`Mr Dalton's party`).
     */
    private boolean owned(int a, int noun) {
        if (Lexicon.words("his her its their our").contains(toks.get(a).low)) {
            return true;
        }
        for (int m = a; m < noun; m++) {
            if (toks.get(m).cap && Words.endsWithPossessive(toks.get(m))) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the name from {@code from} to b, before a bracketed acronym closing it: `X Movement (XM)`. */
    private int acronymBefore(int from, int b) {
        return b - 3 > from && toks.get(b).text.equals(")") && toks.get(b - 2).text.equals("(") ? b - 3 : b;
    }

    /** `the mayor, Anna Holt`, `White House press secretary, Helen Marsh`: the name after a title and a comma. */
    private String nameAfterTitle(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.text.equals(",")) {
                int e = bracketedAcronymBefore(a, k); // n67a: `The chair of the Harbour Board (HB), X`
                Tok before = toks.get(e);
                // `the bill's author, state Senator Dale Brooks`: a lower-case word before a title opens the name
                int name = k + 2 <= b && TitlePhrases.modifiedTitleAt(toks, k + 1) ? k + 2 : titledName(k + 1, b);
                // `the mayor, Anna Holt`; `the leader of the dockers' union, Sara Lind`: the name closing the mention
                boolean nameCloses = before.type == WORD && !before.cap && capitalisedUpTo(name, b);
                // `the mayor of Eastbrook, Anna Holt`: an office of a place, then the holder's name
                boolean office = before.cap && capitalisedUpTo(name, b) && officeOf(a, e);
                // lead, session 46: `Kano State Governor, Alhaji Musa Danjuma,`, `his Chief Press Secretary, X`
                office |= before.cap && (RoleWords.isRole(before) || officialHead(before)) && capitalisedUpTo(name, b);
                office |= before.cap && capitalisedUpTo(name, b) && organisationBefore(a, e); // org-then-person
                office |= before.cap && capitalisedUpTo(name, b) && personAtBody(a, e); // n68c
                office |= before.cap && capitalisedUpTo(name, b) // n74b: `UN Rapporteur on rights in X, Y`
                        && LongTitleAppositives.capitalisedTitleWithPhrase(toks, a, e);
                String person = !before.cap && (RoleWords.isRole(before) || nameCloses) || office
                        ? orOneWord(d.titles.personAt(name), name, b) : null;
                return person != null ? person : TitledAppositiveNames.named(d, a, k, b);
            }
        }
        return null;
    }

    /**
     * n67a, rule bracketed-acronym-before-appositive: `The chairman of the Harbour Works Committee (HWC), Ana Roe`:
     * the body's acronym in brackets before the comma belongs to the title; the title ends before it. The comma's
     * token k; the last token of the title.
     */
    private int bracketedAcronymBefore(int a, int k) {
        return k - 4 > a && toks.get(k - 1).text.equals(")") && toks.get(k - 3).text.equals("(")
                && Words.isAcronym(toks.get(k - 2).text) ? k - 4 : k - 1;
    }

    /**
     * n67a, rule body-official-appositive: `Union North Official, Ana Roe`, `Harbour Board Organiser, Ana Roe`: a
     * capitalised person noun of one (a title by its place, though no title word) closing a body's name before the
     * comma and the holder's name.
     */
    private static boolean officialHead(Tok t) {
        return !t.low.endsWith("s") && CommonHeads.personWord(t.low);
    }

    /**
     * Session names40: `Her predecessor, the former chancellor Rupert Vane`, `his rival, a retired general Ed Moss`: a
     * lower-case title (with its article and up to two words such as `former`) before the capitalised name that
     * closes the mention; the name's first token, else i.
     */
    private int titledName(int i, int b) {
        if (!Lexicon.DETERMINERS.contains(toks.get(i).low) && !toks.get(i).low.equals("former")) {
            return i; // `The staff, led by their manager X`: a clause, not a title, after the comma
        }
        int j = i + 1;
        while (j < b && j - i < 4 && toks.get(j).type == WORD && !toks.get(j).cap && !RoleWords.isRole(toks.get(j))
                && !Lexicon.PREPOSITIONS.contains(toks.get(j).low)) {
            j++;
        }
        return j > i && j < b && !toks.get(j).cap && RoleWords.isRole(toks.get(j)) && capitalisedUpTo(j + 1, b) ? j + 1 : i;
    }

    /**
     * Session names18: `the band's drummer, Tiko`, `his wife, Jane`: a one-word name closing the mention is the
     * person (a stage name, or a first name the text gives in full elsewhere), not the description before it.
     */
    private String orOneWord(String full, int name, int b) {
        if (full != null || name != b || RoleWords.isRole(toks.get(name))) {
            return full;
        }
        Name nm = d.names.classify(name, name);
        return nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null
                && !Lexicon.isRegion(nm.canonical) ? nm.canonical : null;
    }

    /**
     * `the mayor of Eastbrook`, `the head of the Energy Agency`: a role and `of` inside [a, b]; also `a spokesman for
     * Harbour Logistics`, whose name after the comma is the spokesman's (without one, he speaks for the company).
     */
    private boolean officeOf(int a, int b) {
        for (int k = a + 1; k < b; k++) {
            if (TitlePhrases.officeOfBefore(toks, k, a) || TitlePhrases.spokespersonForBefore(toks, k, a)
                    || associateBefore(k) || capitalisedOfficeOf(a, k) || envoyTo(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule envoy-to-place (session n49b): `Costavia's ambassador to Merania, Roberto Manuz, said`: an envoy's office
     * is named by the place he is sent to, then the holder after the comma (was the place, `Merania`).
     */
    private boolean envoyTo(int k) {
        Tok role = toks.get(k - 1);
        return toks.get(k).low.equals("to") && !role.cap && (role.low.equals("ambassador") || role.low.equals("envoy")
                || role.low.equals("consul") || role.low.equals("representative") || role.low.equals("delegate"));
    }

    /**
     * Session names43, rule capitalised-office-appositive: `The Leader of the Opposition, Name,`, `The President of
     * the X Union, Name,`, `The Prime Minister of X, Name`: a capitalised title right after the mention's `The` (its
     * role word before `of` at k, title openers such as `Prime` before it) whose office is followed by the holder.
     */
    private boolean capitalisedOfficeOf(int a, int k) {
        int first = toks.get(a).low.equals("the") ? a + 1 : a; // n67a: also without `the` (`Deputy Chief of X, Y`)
        if (!toks.get(k).low.equals("of") || k - first < 1 || k - first > 2 || !RoleWords.isRole(toks.get(k - 1))) {
            return false;
        }
        for (int m = first; m < k; m++) {
            Tok t = toks.get(m);
            if (!t.cap || m < k - 1 && !LeadTitles.CAPITAL_TITLE_WORDS.contains(t.low)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule org-then-person (session n50e): `the Varnian Centre for Disease Research and Prevention, Song Hae-rin,
     * said`, where a long office before it (`Director of Surveillance at`) was cut off: an organisation's name, a
     * comma, then a person's name closing the mention is that organisation's person (was the organisation). The name
     * must be a person's two words or more ({@link PersonTitles#personAt}); `[a, e]` must be an organisation's name
     * (its last word a body's word, `Centre`, `Prevention` after one).
     */
    private boolean organisationBefore(int a, int e) {
        int k = toks.get(a).low.equals("the") ? a + 1 : a;
        boolean body = false;
        for (int m = k; m <= e; m++) {
            Tok t = toks.get(m);
            if (t.type != WORD || !t.cap && !t.low.equals("for") && !t.low.equals("of") && !t.low.equals("and")) {
                return false;
            }
            body |= t.cap && Lexicon.ORG_WORDS.contains(t.low);
        }
        Name nm = body ? d.names.classify(k, e) : null;
        return nm != null && nm.kind == SpeakerKind.ORGANIZATION;
    }

    /**
     * Session n68c, rule person-at-body-appositive: `His old business partner at Corvane, Carl Morrow,`, `the chief
     * engineer of Tarn Works, Ida Berg`: a determiner or possessive, lower-case words ending in a person's noun (a
     * role, a trade, a kin or associate word), a preposition and a capitalised body or place, then the name after the
     * comma: the person described is the one named (the speaker had been the description).
     */
    private boolean personAtBody(int a, int e) {
        Tok first = toks.get(a);
        if (!DescriptionTies.OPENERS.contains(first.low) && !(first.cap && Words.endsWithPossessive(first))) {
            return false;
        }
        int p = a + 1;
        while (p < e && toks.get(p).type == WORD && !toks.get(p).cap
                && !Lexicon.PREPOSITIONS.contains(toks.get(p).low)) {
            p++;
        }
        if (p == a + 1 || p >= e || !Lexicon.PREPOSITIONS.contains(toks.get(p).low)
                || !personNoun(toks.get(p - 1).low)) {
            return false;
        }
        for (int k = p + 1; k <= e; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap && !t.low.equals("the") && !t.low.equals("of") && !t.low.equals("and")) {
                return false;
            }
        }
        return toks.get(e).cap;
    }

    static boolean personNoun(String low) {
        return RoleWords.ROLES.contains(low) || MentionHeads.ASSOCIATES.contains(low) || PersonHeadNouns.plain(low)
                || DefiniteDescriptions.PERSON_NOUNS.contains(low) || DefiniteDescriptions.TRADE_NOUNS.contains(low)
                || low.equals("partner") || low.equals("predecessor") || low.equals("successor");
    }

    /** `a senior aide to Mayor Anna Holt, Peter Lind`: an associate's `to`/`for`/`of` at k; the name after is theirs. */
    private boolean associateBefore(int k) {
        String w = toks.get(k).low;
        return (w.equals("to") || w.equals("for") || w.equals("of")) && !toks.get(k - 1).cap
                && MentionHeads.ASSOCIATES.contains(toks.get(k - 1).low);
    }

    private boolean capitalisedUpTo(int i, int b) {
        for (int k = i; k <= b; k++) {
            if (toks.get(k).type != WORD || !toks.get(k).cap && !particleInside(k, i, b)) {
                return false;
            }
        }
        return i <= b;
    }

    /**
     * Session names42, rule appositive-particle-name: `the chief executive, Pieter van der Berg`, `the senator, Ramon
     * dela Paz`: a name particle between the name's capitalised words belongs to the name after the comma.
     */
    private boolean particleInside(int k, int i, int b) {
        String w = toks.get(k).low;
        boolean particle = Words.NAME_PARTICLES.contains(w)
                || (w.equals("la") || w.equals("le")) && Words.NAME_PARTICLES.contains(toks.get(k - 1).low);
        return k > i && k < b && particle && toks.get(i).cap && toks.get(b).cap;
    }
}
