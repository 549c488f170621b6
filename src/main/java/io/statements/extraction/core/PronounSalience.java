package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n50a: who a reader takes `he`/`she` for when the story's main person was named before, but the sentence
 * before (or the pronoun's own) is about someone else.
 * <ul>
 * <li>Rule he-described-speaker: `The chief justice ordered the police chief to appear. He said ...`, `One
 * astronomer pointed to ... "...," he said`: the last speaker is a description of one person (`the`/`one`/`a` + a
 * singular head that names a person) in the sentence before or the pronoun's own, and no person was named since:
 * the pronoun is that person: the one the text gave the same title before a name (`Chief Justice X`), else the
 * description (a speaker the text never names stays unnamed, not the famous person named earlier).</li>
 * <li>Rule he-introduced-subject: `Former Sarvan Space Agency (SSA) chief, R Velan congratulated the team. "...," he
 * told`, `His boss, Harbour coach Dane Morrow was blunt, "...," he said`: the person named in full at the end of the
 * subject of the sentence before (or of the pronoun's own, before its quote), through titles, acronyms in brackets
 * and a comma, introduced after the last speaker, is the pronoun's antecedent.</li>
 * <li>Rule it-outlet-speaker ({@link #outletSpeaker}): `it said` after a speaker named right after `daily`,
 * `newspaper`, `broadcaster` is that outlet.</li>
 * </ul>
 */
final class PronounSalience {
    private PronounSalience() {
    }

    /** Determiners of a description of one person. */
    private static final Set<String> ONE = Lexicon.words("the one a an another");

    /** Words after which a description opens its noun phrase (else the sentence's start or a comma). */
    private static final Set<String> OPENERS = Lexicon.words("and but then");

    /** Those who ask: `one questioner claimed ... "You're right," he said` is the answer of the one asked. */
    private static final Set<String> ASKERS = Lexicon.words("questioner reporter interviewer journalist caller host moderator");

    /** Person-noun endings of a description's head (`astronomer`, `economist`, `spokeswoman`, `prosecutor`). */
    private static final List<String> PERSON_ENDS = List.of("er", "or", "ist", "ian", "man", "woman", "ant", "ent",
            "eer", "ess");

    /** Both rules for `he`/`she` ({@code want} 'M' or 'F'), the last speaker first; null when neither applies. */
    static Speaker pick(Doc d, SpeakerResolver resolver, Speaker prev, int ms, int me, String mention, char want) {
        Speaker reporter = ReportingSubjectPronouns.reporter(d, resolver, ms, me, mention, want);
        if (reporter != null) {
            return reporter; // n51b: `The police chief replied that he ...`: the one who replies
        }
        Speaker spoke = LastSpeakers.before(d, ms);
        Speaker source = ReportingSourceSalience.speaker(d, resolver, spoke, ms, me, mention, want);
        if (source != null) {
            return source; // n74a: `X said the panel found that Y, who accused Z, ... He added`: X
        }
        Speaker described = describedSpeaker(d, resolver, spoke, ms, me, mention, want);
        Speaker relative = described != null ? null : RelativeSubjectSalience.speaker(d, resolver, spoke, ms, me, mention, want);
        if (relative != null) {
            return relative; // n61c: `..., X, who thanked Y. "...," he said`: X
        }
        Speaker chosen = described != null ? described : introducedSubject(d, resolver, prev, ms, me, mention, want);
        // n74a: `One woman, clutching ..., wept. "...," she said`: that woman
        return chosen != null ? chosen : IndefiniteSubjects.speaker(d, spoke, ms, me, mention, want);
    }

    /** Rule he-described-speaker: the described one person who spoke last, right before the pronoun; else null. */
    private static Speaker describedSpeaker(Doc d, SpeakerResolver resolver, Speaker prev, int ms,
                                            int me, String mention, char want) {
        if (prev == null || prev.name() == null || prev.mention() == null
                || prev.kind() != SpeakerKind.GROUP && prev.kind() != SpeakerKind.ANONYMOUS
                || prev.ms() >= ms || Character.isUpperCase(prev.name().charAt(0)) && !qualifiedHead(prev.name())
                || namedBetween(d, prev.me(), ms, want)) {
            return null;
        }
        String[] words = SpeakerNames.SPACES.split(prev.mention().trim());
        String[] head = SpeakerNames.SPACES.split(prev.name());
        String last = PersonHeadNouns.head(head); // n65a: `a relative of the dead`: `relative`
        if (words.length < 2 || !ONE.contains(Lexicon.lower(words[0])) || !personHead(last) && !PersonHeadNouns.plain(last)
                || ASKERS.contains(last) || !Lexicon.lower(words[words.length - 1]).equals(Lexicon.lower(head[head.length - 1]))) {
            return null;
        }
        int tb = d.tokenAt(prev.ms()) - 1;
        if (tb >= 0 && d.toks.get(tb).sent == d.toks.get(tb + 1).sent && !d.toks.get(tb).text.equals(",")
                && !OPENERS.contains(d.toks.get(tb).low)) {
            return null; // `The world number one tennis player`: `one` inside a longer description
        }
        if (namedBetween(d, d.toks.get(d.sentStart[d.toks.get(tb + 1).sent]).s, prev.ms(), '?')) {
            return null; // `Mayor Ida Marsh caused a stir when a dock worker asked ...`: the sentence is about her
        }
        char gender = last.endsWith("woman") || last.endsWith("ess") ? 'F' : last.endsWith("man") ? 'M' : PersonHeadNouns.gender(last);
        if (gender != '?' && gender != want) {
            return null;
        }
        int si = d.toks.get(d.tokenAt(ms)).sent, ps = d.toks.get(d.tokenAt(prev.ms())).sent;
        if (si - ps > 1 || d.toks.get(d.tokenAt(ms)).para - d.toks.get(d.tokenAt(prev.ms())).para > 1) {
            return null; // only the sentence before or the pronoun's own
        }
        String holder = titledHolder(d, resolver, prev.name(), prev.ms());
        if (holder != null && !d.genders.conflicts(holder, want)) {
            return new Speaker(ms, me, mention, holder, SpeakerKind.PERSON, null);
        }
        // `the men's singles player` may be the story's person by another name: only `one`/`a` introduce someone new
        return Lexicon.lower(words[0]).equals("the") ? null : new Speaker(ms, me, mention, prev.name(), prev.kind(), null);
    }

    /**
     * Session n52c, rule he-qualified-description: `a Nordvik Bank spokeswoman`, `an ODF spokeswoman`: capitalised
     * words of a body before a lower-case head still describe one unnamed person (the name of the head is lower case).
     */
    private static boolean qualifiedHead(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && Character.isLowerCase(name.charAt(sp + 1));
    }

    /**
     * A person named between two offsets (not a one-word name the text never makes a person's: `Neptune`) who may be
     * the pronoun ({@code want} 'M'/'F'; '?' any): session n52c, `a spokeswoman confirmed Mr Halvorsen's detention ...
     * she added` keeps the spokeswoman, whom no man named since can replace.
     */
    private static boolean namedBetween(Doc d, int from, int to, char want) {
        NameIndex names = d.names;
        for (int k = names.mentionBefore(to); k >= 0 && names.mentionPos.get(k)[0] >= from; k--) {
            String name = names.mentionName.get(k);
            if (names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && name != null
                    && !PersonAntecedents.nonPerson(name) && !WeakPersons.weak(d, name)
                    && (want == '?' || !d.genders.conflicts(name, want))) {
                return true;
            }
        }
        return false;
    }

    /** A singular head that names a person: a title or role word, or a person noun's ending; no body, no plural. */
    private static boolean personHead(String w) {
        if (Lexicon.ORG_NOUNS.contains(w) || w.endsWith("s") && !w.endsWith("ss")) {
            return false;
        }
        if (RoleWords.ROLES.contains(w) || Lexicon.TITLES.contains(w) || Lexicon.ANON_NOUNS.contains(w)) {
            return true;
        }
        for (String end : PERSON_ENDS) {
            if (w.endsWith(end) && w.length() > end.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person the text named right after the description's words as a title (`Chief Justice Tarik Oyelaran`
     * for `the chief justice`), before {@code before}; null when none or several.
     */
    private static String titledHolder(Doc d, SpeakerResolver resolver, String description, int before) {
        String[] words = SpeakerNames.SPACES.split(Lexicon.lower(description));
        String found = null;
        int n = words.length, stop = d.tokenAt(before);
        // bounded by the mentions' reach, so a long text with many descriptions stays linear
        for (int i = d.tokenAt(Math.max(0, before - DefiniteDescriptions.MENTION_REACH)); i + n < stop; i++) {
            int w = 0;
            while (w < n && d.toks.get(i + w).cap && d.toks.get(i + w).low.equals(words[w])) {
                w++;
            }
            int a = i + n, b = a;
            if (w < n || d.toks.get(a).type != Tok.WORD || !d.toks.get(a).cap || d.toks.get(a).qrole != Tok.OUT) {
                continue;
            }
            while (b + 1 < stop && d.toks.get(b + 1).type == Tok.WORD && d.toks.get(b + 1).cap) {
                b++;
            }
            Speaker sp = resolver.resolve(a, b);
            if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")) {
                continue;
            }
            if (found != null && !found.equals(sp.name())) {
                return null;
            }
            found = sp.name();
        }
        return found;
    }

    /**
     * Rule he-introduced-subject: the person named in full at the end of the subject of the pronoun's own sentence
     * (when a quote's closing mark is right before the pronoun) or of the sentence before, later than the last
     * speaker {@code prev}; else null.
     */
    private static Speaker introducedSubject(Doc d, SpeakerResolver resolver, Speaker prev, int ms, int me, String mention,
                                     char want) {
        int pk = d.tokenAt(ms), si = d.toks.get(pk).sent;
        Speaker sp = null;
        if (pk > 0 && d.toks.get(pk - 1).type == Tok.DQ && d.toks.get(pk - 1).qrole == Tok.CLOSE) {
            sp = subjectPerson(d, resolver, si, want);
        }
        if (sp == null && si > 0 && d.toks.get(d.sentStart[si]).para - d.toks.get(d.sentStart[si - 1]).para <= 1) {
            sp = subjectPerson(d, resolver, si - 1, want);
        }
        if (sp == null || sp.ms() >= ms || prev != null && sp.ms() <= prev.ms()) {
            return null;
        }
        return new Speaker(ms, me, mention, sp.name(), SpeakerKind.PERSON, null);
    }

    /**
     * The person named in full whose name ends the subject of sentence si: from the sentence's start, words in
     * capitals, lower-case title words, `the`, `his`/`her`, `former`, commas and a bracketed acronym, up to a
     * lower-case word (the verb) right after the name; else null.
     */
    private static Speaker subjectPerson(Doc d, SpeakerResolver resolver, int si, char want) {
        int ss = d.sentStart[si], end = d.sentEnd[si], k = ss, runStart = -1;
        for (; k <= end && k - ss < 16; k++) {
            Tok t = d.toks.get(k);
            if (t.qrole != Tok.OUT) {
                return null;
            }
            if (t.type == Tok.WORD && (GLUE.contains(t.low) || k > ss && POSSESSIVES.contains(d.toks.get(k - 1).low)
                    && !t.cap)) {
                continue; // `the`, `former`, `His boss,`
            }
            boolean cap = t.type == Tok.WORD && t.cap;
            if (cap) {
                runStart = runStart < 0 || !d.toks.get(k - 1).cap || d.toks.get(k - 1).type != Tok.WORD ? k : runStart;
                continue;
            }
            boolean glue = t.text.equals(",") || t.text.equals("(") || t.text.equals(")")
                    || t.type == Tok.WORD && (RoleWords.ROLES.contains(t.low) || Lexicon.TITLES.contains(t.low))
                    && !Lexicon.PREPOSITIONS.contains(t.low) && !t.low.equals("and");
            if (!glue) {
                break;
            }
        }
        if (k > end || k == ss || runStart < 0 || k - 1 < runStart || d.toks.get(k).type != Tok.WORD
                || d.toks.get(k).cap || !d.toks.get(k - 1).cap || k - runStart < 2 || runStart == ss) {
            return null; // the name must close the subject, right before a lower-case word, after something else
        }
        Tok before = d.toks.get(runStart - 1), lastTok = d.toks.get(k - 1);
        if (GLUE.contains(before.low) || before.text.equals("(") || d.toks.get(ss).text.equals("(") || lastTok.text.endsWith("'s") || lastTok.text.endsWith("’s")
                || d.toks.get(k).text.startsWith("'") || d.toks.get(k).text.startsWith("’")) {
            return null; // `The Prime Minister's voice`: no name; a title, a comma or a bracket comes right before it
        }
        Speaker sp = resolver.resolve(runStart, k - 1);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null || !sp.name().contains(" ")
                || PersonAntecedents.nonPerson(sp.name()) || d.genders.conflicts(sp.name(), want)) {
            return null;
        }
        return sp;
    }

    private static final Set<String> GLUE = Lexicon.words("the his her their its former then acting");

    private static final Set<String> POSSESSIVES = Lexicon.words("his her their its");

    /** Kind nouns of bodies that publish or broadcast: `the daily newspaper X`, `broadcaster X`, `news agency X`. */
    private static final Set<String> OUTLET_KINDS = Lexicon.words("""
            daily newspaper paper broadcaster magazine weekly tabloid channel network website agency outlet station
            broadsheet""");

    /**
     * Rule it-outlet-speaker: `"...," the daily newspaper Kora Shinmun wrote. "...?" it said`: `it` after a speaker
     * whose name followed a lower-case kind noun of an outlet (whatever the name index made of two capitalised
     * words), in the same or the sentence before, is that outlet; else null.
     */
    static Speaker outletSpeaker(Doc d, SpeakerResolver resolver, int ms, int me, String mention) {
        Speaker prev = LastSpeakers.before(d, ms);
        if (prev == null || prev.name() == null || prev.kind() != SpeakerKind.PERSON || prev.ms() >= ms
                || d.genders.of(prev.name()) != null) {
            return null;
        }
        int pk = d.tokenAt(prev.ms()), si = d.toks.get(d.tokenAt(ms)).sent;
        if (si - d.toks.get(pk).sent > 1) {
            return null;
        }
        String first = SpeakerNames.SPACES.split(prev.name())[0];
        int nk = pk;
        while (nk < d.toks.size() && d.toks.get(nk).s < prev.me() && !d.toks.get(nk).text.equals(first)) {
            nk++; // the name's first word inside the mention (`the daily newspaper Kora Shinmun`)
        }
        if (nk > 0 && nk < d.toks.size() && d.toks.get(nk).s < prev.me()
                && OUTLET_KINDS.contains(d.toks.get(nk - 1).text)) {
            return new Speaker(ms, me, mention, prev.name(), SpeakerKind.ORGANIZATION, null);
        }
        return null;
    }
}
