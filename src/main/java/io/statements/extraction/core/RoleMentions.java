package io.statements.extraction.core;

import java.util.List;

/**
 * Who a role mention means (`the mayor`, `the Florida senator`, `the former harbour commissioner`, `a spokesman`): the
 * person the article gave the title to, else the person a definite description points back to. For
 * {@link SpeakerResolver}; null where the article gives no one.
 */
final class RoleMentions {
    private final Doc d;
    private final List<Tok> toks;
    private final DefiniteDescriptions descriptions;
    private final DescribedNames described;
    private final DoctorMentions doctors;
    private final AgeDescriptions ages;
    private final QualifiedTitles qualified;
    private final RepeatedOffices offices;
    private final TitleAliases aliases;
    private final OfficeRanks ranks;
    private final BodyHeads bodyHeads;
    private final VerbGivenRoles verbRoles;

    RoleMentions(Doc d, DefiniteDescriptions descriptions, DescribedNames described) {
        this.d = d;
        this.toks = d.toks;
        this.descriptions = descriptions;
        this.described = described;
        this.doctors = new DoctorMentions(d);
        this.ages = new AgeDescriptions(d);
        this.qualified = new QualifiedTitles(d);
        this.offices = new RepeatedOffices(d);
        this.aliases = new TitleAliases(d);
        this.ranks = new OfficeRanks(d);
        this.bodyHeads = new BodyHeads(d);
        this.verbRoles = new VerbGivenRoles(d);
    }

    /** {@link #secretaryOfState}, else n51c's rule title-alias-holder: `the PM`, `the TSC CJ`, `Norland leader`. */
    String office(int a, int end, int b, int ms) {
        String office = secretaryOfState(a, end, b, ms);
        return office != null ? office : aliases.holder(a, end, ms);
    }

    /**
     * Session names21: `said former commissioner` + `of ports Ida Berg` (a mention cut at `of`) is the name after
     * it; `the former commissioner of ports` the holder of that office or the person the story is about; not `while she
     * was commissioner of ports`.
     */
    String secretaryOfState(int a, int end, int b, int ms) {
        String ofState = Presidents.ofStateAt(toks, b) ? d.titles.personAt(b + 3) : null;
        if (ofState != null) {
            return ofState;
        }
        if (end - a >= 3 && toks.get(a).low.equals("the") && Presidents.ofStateAt(toks, end - 2)) {
            boolean former = Presidents.former(toks, end - 2);
            String holder = d.titles.holder(Presidents.SECRETARY_OF_STATE, ms, former, false);
            String meant = holder != null ? holder
                    : descriptions.isDescription(a, end - 2) ? descriptions.antecedent(a, end - 2, ms) : null;
            return meant == null && former ? lastNamedPerson(ms) : meant;
        }
        return null;
    }

    /**
     * Session names30, rule former-office-last-named: `the former secretary of state` whom the text gives that title
     * to nobody and no description antecedent explains is the person named last in its own sentence before it or in
     * the sentence before (`... a jab at Quill. The former secretary of state said ...`): a former holder
     * of an office one person holds at a time is no anonymous source, and a story names the person just before
     * describing them so; null when those sentences name no person.
     */
    private String lastNamedPerson(int ms) {
        int si = toks.get(d.tokenAt(ms)).sent;
        int from = toks.get(d.sentStart[Math.max(si - 1, 0)]).s;
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0 && names.mentionPos.get(k)[0] >= from; k--) {
            if (names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()) {
                String name = names.mentionName.get(k);
                return name == null ? null : Name.inFull(names, name);
            }
        }
        return null;
    }

    /**
     * "the mayor", "the White House press secretary": the person the article gave the title to; but `a spokesman
     * said`: an indefinite article introduces someone else than the one named before.
     */
    String holder(int a, int end, String lastLow, int ms) {
        String role = Presidents.role(toks, end, lastLow); // `the vice president` is no `president`
        String placed = d.titles.placedHolder(a, end, role); // `the Florida senator`: the one from Florida
        placed = placed != null ? placed : PortfolioTitles.holder(d, a, end, role); // n67d: `the interior minister`
        placed = placed != null ? placed : NewHolders.holder(d, a, end, role); // n67d: `the new president`
        String holder = toks.get(a).low.equals("a") || toks.get(a).low.equals("an") ? introduced(a, role)
                : placed != null ? placed : d.titles.holder(role, ms, Presidents.former(toks, end),
                end == a + 1 && toks.get(a).low.equals("the")); // names38: a bare `the judge` of two judges
        holder = ranks.holder(a, end, role, holder, ms); // n65e: `the deputy minister` is no minister
        holder = placed == null && described.otherState(a, end, holder) ? null : holder; // not Vermont's: Florida's
        String elsewhere = qualified.heldElsewhere(a, end, holder) ? holder : null; // names40: not FIFA's: UEFA's
        holder = elsewhere != null ? null : holder;
        holder = holder == null && elsewhere == null && toks.get(a).low.equals("the") ? PostNameTitles.holder(d, role, ms) : holder;
        if (holder != null && end == a + 1 && toks.get(a).low.equals("the") && UnnamedModifiedTitles.unnamedNearer(d, end, role, holder)) {
            return null; // n66d: `the trial judge` (unnamed) came between `High Court judge X` and `the judge`
        }
        if (holder != null) {
            return holder;
        }
        String meant = descriptions.isDescription(a, end) ? descriptions.antecedent(a, end, ms) : null;
        meant = meant == null ? stateTopic(a, end, ms) : meant;
        meant = meant == null && capitalQualified(a, end) ? descriptions.previousTopic(ms) : meant;
        if (meant == null && elsewhere != null) {
            String topic = descriptions.previousTopic(ms); // `Loy met Tann, the FIFA president. The UEFA president said`
            meant = topic != null && !topic.equals(elsewhere) ? topic : null;
        }
        meant = meant == null && end == a + 1 && toks.get(a).low.equals("the") ? nextSubjectSpeaker(ms) : meant;
        return meant != null && !described.otherState(a, end, meant) ? meant : null; // `The Democratic candidate`
    }

    /**
     * Session n49d, rule bare-title-next-speaker: `"...," the prosecutor said.` then `Marrow said the skipper ...`
     * opening the next sentence (same or next paragraph): a bare title the article gives nobody is the person whose
     * lone surname opens the next sentence as the subject of a verb of saying, when the text has not named that
     * person before (a new person is introduced by a full name; a lone surname is someone the reader already met).
     */
    private String nextSubjectSpeaker(int ms) {
        int si = toks.get(d.tokenAt(ms)).sent;
        if (si + 1 >= d.sentStart.length || d.clauses == null
                || toks.get(d.sentStart[si + 1]).para > toks.get(d.sentStart[si]).para + 1) {
            return null;
        }
        int ss = d.sentStart[si + 1];
        int k = ss;
        while (k <= d.sentEnd[si + 1] && k - ss < 2 && toks.get(k).type == Tok.WORD && toks.get(k).cap) {
            k++;
        }
        if (k != ss + 1 || k > d.sentEnd[si + 1] || !Lexicon.SPEECH.contains(toks.get(k).low)
                || Lexicon.DETERMINERS.contains(toks.get(ss).low)
                || Lexicon.SUBJECT_PRONOUNS.contains(toks.get(ss).low)) {
            return null;
        }
        Name nm = d.names.classify(ss, k - 1);
        if (nm == null || nm.kind != SpeakerKind.PERSON) {
            return null;
        }
        NameIndex names = d.names;
        for (int m = names.mentionBefore(ms); m >= 0; m--) {
            if (nm.canonical.equals(names.mentionName.get(m))) {
                return null; // named before the title: someone else than its holder
            }
        }
        return nm.canonical;
    }

    /** `The Mayor`, `The Deputy Minister`: the holder given the title last, of the mention's rank ({@link OfficeRanks}). */
    String capitalHolder(int a, int end, String role, int ms) {
        return ranks.holder(a, end, role, d.titles.holder(role, ms, Presidents.former(toks, end), false), ms);
    }

    /**
     * The person the article ties to a described mention ({@link DescribedNames#person}); else, for `the Kentucky
     * Republican` (a state and a party), the person the sentence before is about ({@link #stateTopic}).
     */
    String tiedPerson(int a, int end, int ms) {
        String tied = ModifierEpithets.holder(d, a, end); // n63d: `the veteran` of `Veteran forward Kai Lund`
        tied = tied == null ? JusticeTitles.holder(d, a, end, ms) : tied; // n63d: `the judge` of `Justice X`
        tied = tied == null ? bodyHeads.holder(a, end) : tied; // n65e: `the EPC chief` of `X, chairman of the EPC`
        tied = tied == null ? verbRoles.holder(a, end, ms) : tied; // n65e: `the accused` of `X, who is charged`
        tied = tied == null ? qualified.holder(a, end, ms) : tied; // names40: `the UEFA president`: given it with UEFA
        tied = tied == null ? described.person(a, end) : tied;
        tied = tied == null ? doctors.named(a, end) : tied; // session names30: `his physician` ... `Dr. X`
        tied = tied == null ? ages.holder(a, end) : tied; // names40: `the 79-year-old` given to `Ann Loy, 79,`
        tied = tied == null ? offices.holder(a, end) : tied; // names43: `the chair of the inquiry`
        tied = tied == null ? capitalTitleHolder(a, end, ms) : tied;
        tied = tied == null ? OfficeParaphrases.holder(d, a, end) : tied; // names46: `Marenia's top diplomat`
        if (tied == null && Demonyms.definite(toks, a, end)) {
            String countryman = Demonyms.countryPerson(d, toks.get(end).low, ms);
            String topic = countryman != null ? countryman : descriptions.previousTopic(ms);
            // n66d, rule demonym-last-named: `... raised by its ousted chief, Mark Fenwick. Yet the Briton warned`: no
            // named subject before, the person named last in the sentence before, as for `the Vermont senator`
            topic = topic != null ? topic : lastNamedPerson(ms);
            char gender = Demonyms.gender(toks.get(end).low);
            return topic != null && (gender == '?' || !d.genders.conflicts(topic, gender)) ? topic : null;
        }
        if (tied == null && AgeDescriptions.definite(toks, a, end) && !ages.several(a, end)) {
            String meant = descriptions.introducedTopic(ms); // lead48: a person just introduced
            meant = meant != null ? meant : descriptions.antecedent(a, end, ms); // rule age-description
            // lead, session 46, rule age-description-topic: an age is evidence like a state (`the Utah Republican`):
            // `Forward Tom Roe has signed ... The 27-year-old told` names Roe once, and means him
            return meant != null ? meant : descriptions.previousTopic(ms);
        }
        if (tied != null || !DescriptionTies.PARTY_HEADS.contains(toks.get(end).low)) {
            return tied;
        }
        String topic = stateTopic(a, end, ms);
        topic = topic != null ? topic : PartyMembers.definite(toks, a, end) ? descriptions.antecedent(a, end, ms) : null;
        return topic != null && !described.otherState(a, end, topic) ? topic : null;
    }

    /**
     * Rule capital-title-holder (session lead48): `the French President said`, `Norland PM calls ...`, `Norland's
     * PM`: a capitalised title after words that name no one the article names (a place, a nationality) is the
     * title's holder, as `the president` is; it had been a name, `French President`.
     */
    private String capitalTitleHolder(int a, int end, int ms) {
        Tok last = toks.get(end);
        if (!last.cap || end - a > 4 || !RoleWords.isRole(last) && !RoleWords.capitalAbbreviation(last)) {
            return null;
        }
        boolean kind = false; // n63d, rule kind-qualified-capital-title: `the bank CEO`, `the company CEO`
        for (int k = toks.get(a).low.equals("the") ? a + 1 : a; k < end; k++) {
            Tok t = toks.get(k);
            String w = Words.stripPossessive(t.text);
            if (t.type == Tok.WORD && !t.cap && k == end - 1 && (OrganisationKinds.isKind(t.low) || Lexicon.ORG_NOUNS.contains(t.low))) {
                kind = true; // the body's kind says where the title is held, as a place does
                continue;
            }
            if (t.type != Tok.WORD || !t.cap || Lexicon.ORG_WORDS.contains(Lexicon.lower(w))
                    || namesSomeone(d.names.firstNameToFull.get(w)) || namesSomeone(d.names.lastNameToFull.get(w))) {
                return null;
            }
        }
        String role = RoleWords.role(last);
        String only = d.titles.holder(role, 0); // a kind fits any body: only when one person holds the title
        return kind && (only == null || !only.equals(d.titles.holder(role, Integer.MAX_VALUE))) ? null : holder(a, end, role, ms);
    }

    /** A full name the index holds that is no title run itself (a headline's `Norland PM` was indexed as a name). */
    private static boolean namesSomeone(String full) {
        if (full == null) {
            return false;
        }
        String last = full.substring(full.lastIndexOf(' ') + 1);
        String low = Lexicon.lower(last);
        return !RoleWords.ROLES.contains(low) && !(last.length() == 2 && last.equals(last.toUpperCase())
                && RoleWords.ABBREVIATIONS.containsKey(low));
    }

    /**
     * Rule party-title-topic (session lead48): `Ilse Varga has resigned. ..., the Harbour Party leader stated`: `the`,
     * one to three capitalised words ending in a body's word (`Party`, `Union`) and a lower-case title that nobody in the text was given is the
     * person the text is about, as `the Utah Republican` is ({@link #stateTopic}); it had been the name `Labour Party
     * leader`.
     */
    private boolean capitalQualified(int a, int end) {
        if (end - a < 2 || end - a > 4 || !toks.get(a).low.equals("the") || toks.get(end).cap) {
            return false;
        }
        for (int k = a + 1; k < end; k++) {
            if (!toks.get(k).cap || toks.get(k).type != Tok.WORD || Words.endsWithPossessive(toks.get(k))) {
                return false;
            }
        }
        return Lexicon.ORG_WORDS.contains(toks.get(end - 1).low); // a body (`Party`), not a nation (`the American envoy`)
    }

    /**
     * Session names23, rule state-description-topic: `the Utah Republican`, `the Vermont senator` (`the`, a US state,
     * the head: at most four words) that no tie in the text explains is the person named in full as the subject of
     * the sentence before (`Harbour Finance Committee Chair Tomas Reyes wrote ... In the note, the Utah
     * Republican asks`); null otherwise.
     */
    private String stateTopic(int a, int end, int ms) {
        if (end - a > 3 || !toks.get(a).low.equals("the") || !described.namesState(a, end)) {
            return null;
        }
        String topic = descriptions.previousTopic(ms);
        // session names35, rule state-description-last-named: `Still, nobody knew if Reyes had agreed. The
        // Vermont senator emailed ...`: no named subject or speaker before, the person named last in the sentence
        return topic != null ? topic : lastNamedPerson(ms);
    }

    /** The holder of the role whom the indefinite mention's own or next sentence names, else null. */
    private String introduced(int a, String role) {
        int si = toks.get(a).sent, next = Math.min(si + 1, d.sentEnd.length - 1);
        return d.titles.holderBetween(role, toks.get(d.sentStart[si]).s, toks.get(d.sentEnd[next]).e);
    }
}
