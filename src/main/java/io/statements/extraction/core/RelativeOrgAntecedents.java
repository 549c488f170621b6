package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names30: `the company` that {@link OrgAnaphora} finds no speaking organisation for, from the sentence just
 * before (in the same paragraph or ending the one before: a quote's paragraph often follows the sentence that
 * introduces its speaker).
 * <ul>
 * <li>rule org-which-relative: a name followed by `, which` (`firms like Harlow, which fought the measure. "...,"
 * the company wrote`): `which`, not `who`, says the name is a thing, so a firm the index reads as a person's
 * one-word name is meant; the last such name of that sentence.</li>
 * <li>rule company-nameless-subject: its own sentence (before it) or the sentence before has as subject one or two
 * capitalised words that are nobody's name (`Crane Technologies posted record profits. But the company says`,
 * `Tolvane was taken to court ..., and the company agreed`): no known first name, no gender, no title; {@link
 * OrgAnaphora} takes only runs of three such words for `the group` (two are mostly a person whose first name the
 * lists lack), but a person is never `the company` or `the firm`.</li>
 * </ul>
 */
final class RelativeOrgAntecedents {
    /** Heads only an organisation has: `the group` may be people. */
    private static final Set<String> FIRM_HEADS = Lexicon.words("company firm");

    /** `Gullwing cuts jobs in Port Alder`: a capitalised word after these is a place, no second party. */
    private static final Set<String> PLACE_PREPOSITIONS = Lexicon.words("in at from across");

    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;

    RelativeOrgAntecedents(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = resolver;
    }

    /** The organisation `the [words] head` at a stands for by the rules above, or null. */
    String find(int a, String head) {
        int si = toks.get(a).sent;
        if (si == 0) {
            return null;
        }
        boolean near = toks.get(d.sentStart[si - 1]).para >= toks.get(a).para - 1;
        String which = near ? beforeWhich(d.sentStart[si - 1], a) : null;
        if (which != null || !FIRM_HEADS.contains(head)) {
            return which;
        }
        String own = near ? namelessSubject(si, a) : null; // `Tolvane was taken to court ..., and the company agreed`
        own = own != null || !near ? own : namelessSubject(si - 1, toks.size());
        return own != null ? own : headlineSubject(si);
    }

    /**
     * Rule company-headline-subject (session names31): `Harlow takes bigger steps against fraud` over an article whose
     * body says only `the company said`: the headline's subject, when it is such a nameless name (and written inside
     * a sentence somewhere, as {@link #namelessSubject} asks of a one-word subject opening its sentence).
     */
    private String headlineSubject(int si) {
        if (si == 0 || toks.get(d.sentEnd[0]).para != 0 || toks.get(d.sentStart[1]).para == 0) {
            return null;
        }
        boolean opening = true; // the capitalised run opening the headline: its subject
        for (int k = d.sentStart[0] + 1; k <= d.sentEnd[0]; k++) {
            Tok t = toks.get(k), p = toks.get(k - 1);
            opening &= t.type == WORD && t.cap;
            if (!opening && t.type == WORD && t.cap && !PLACE_PREPOSITIONS.contains(p.low)) {
                return null; // `Columbia defends Exxon articles`: a second party, the company may be that one
            }
        }
        String name = namelessSubject(0, toks.size());
        return name == null || partOfLongerName(name) ? null : name;
    }

    /** `Harbour news` over `The Harbour Board ...`: the headline's word is a piece of a longer name in the body. */
    private boolean partOfLongerName(String name) {
        for (int k = d.sentEnd[0] + 1; k + 1 < toks.size(); k++) {
            Tok next = toks.get(k + 1);
            if (toks.get(k).text.equals(name) && next.type == WORD && next.cap && next.sent == toks.get(k).sent) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule what-it-calls (session names31): `They paid a firm called Harlow Data, which builds what it calls "..."`:
     * the `it` right before the cue at {@code cue} inside a `which` clause of its sentence (from {@code ss}) is the
     * thing named before `, which`, not the main clause's subject (the speaker was a fragment such as `super PACs
     * devoted them`); null when no such name stands before the cue.
     */
    String itOfWhichClause(int ss, int cue) {
        return cue - 1 > ss && toks.get(cue - 1).low.equals("it") ? beforeWhich(ss, cue) : null;
    }

    /** The last name in [from, to) written before `, which`, when it is no place and no known person; else null. */
    private String beforeWhich(int from, int to) {
        String found = null;
        for (int k = from; k + 2 < to; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap || t.qrole != OUT || !toks.get(k + 1).text.equals(",")
                    || !toks.get(k + 2).low.equals("which") || Words.endsWithPossessive(t)) {
                continue;
            }
            int start = k;
            while (start - 1 >= from && k - start < 4 && toks.get(start - 1).type == WORD && toks.get(start - 1).cap) {
                start--;
            }
            if (start == d.sentStart[t.sent] && start == k && d.names.isSentenceInitialNoise(start)) {
                continue;
            }
            Name nm = d.names.classify(start, k);
            if (nm != null && nm.canonical != null && thing(nm.canonical, nm.kind)) {
                found = nm.canonical;
            }
        }
        return found;
    }

    /** An organisation, or a name that is nobody's the text knows as a person's and no place. */
    private boolean thing(String name, SpeakerKind kind) {
        if (Lexicon.PLACES.contains(Lexicon.lower(name)) || Lexicon.isRegion(name) || States.full(name) != null) {
            return false;
        }
        return kind == SpeakerKind.ORGANIZATION || kind == SpeakerKind.PERSON && nameless(name);
    }

    /** No known first name opens it, no gender, no title, and no full name ends with it. */
    private boolean nameless(String name) {
        int sp = name.indexOf(' ');
        String first = Lexicon.lower(sp < 0 ? name : name.substring(0, sp));
        return !PersonGenders.isFirstName(first) && d.genders.of(name) == null && !RoleWords.ROLES.contains(first)
                && !Lexicon.TITLES.contains(first.replace(".", "")) && !d.names.lastNameToFull.containsKey(name)
                && !d.names.firstNameToFull.containsKey(name);
    }

    /**
     * The subject of sentence si, ending before the token limit, when it is one or two capitalised words that are
     * nobody's name (or an organisation's); else null.
     */
    private String namelessSubject(int si, int limit) {
        if (d.clauses == null) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        subj = subj == null ? null : afterTradeNoun(subj);
        if (subj == null || subj[1] >= limit || subj[1] - subj[0] > 1 || !toks.get(subj[0]).cap
                || !toks.get(subj[1]).cap || Words.endsWithPossessive(toks.get(subj[1]))
                || subj[0] == subj[1] && d.names.isSentenceInitialNoise(subj[0])) {
            return null;
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        String name = sp == null ? null : sp.name();
        // as written (`Supré` read as `Geert Supré` is a person), and a word opening the sentence written so inside
        // one too (`Through`, `Just`, `ABSTRACT` are no firm's names)
        return name != null && name.equals(d.s.substring(toks.get(subj[0]).s, toks.get(subj[1]).e))
                && (subj[0] < subj[1] || subj[0] != d.sentStart[si] || writtenInside(toks.get(subj[0]).text)
                || itsAfter(subj[1], d.sentEnd[si]))
                && thing(name, sp.kind()) && !describedPerson(subj[0], subj[1]) ? name : null;
    }

    /** Determiners a description of a person opens with after a name's comma: `Esteban Moya, a pilot,`. */
    private static final Set<String> PERSON_OPENERS = Lexicon.words("a an the his her");

    /**
     * Rule company-not-described-person (session names47): a name set beside a noun for a person (`The chief
     * executive (of X), Esteban Moya, said`, `Esteban Moya, a former executive, said`) is someone's, whatever first
     * name the lists lack; `the company` after it is no one the text named.
     */
    private boolean describedPerson(int s0, int s1) {
        for (int k = s0 - 2; s0 >= 2 && toks.get(s0 - 1).text.equals(",") && k >= 0 && k >= s0 - 10
                && toks.get(k).type == WORD; k--) {
            if (personNoun(toks.get(k)) && (k == s0 - 2 || toks.get(k + 1).low.equals("of"))) {
                return true; // `The chief executive of the largest tug operator, Esteban Moya,`
            }
        }
        if (s1 + 2 >= toks.size() || !toks.get(s1 + 1).text.equals(",")
                || !PERSON_OPENERS.contains(toks.get(s1 + 2).low)) {
            return false;
        }
        for (int k = s1 + 3; k < toks.size() && k <= s1 + 7 && toks.get(k).type == WORD; k++) {
            if (personNoun(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean personNoun(Tok t) {
        return CommonHeads.personNoun(t) || !t.cap && (DefiniteDescriptions.PERSON_NOUNS.contains(t.low)
                || DefiniteDescriptions.TRADE_NOUNS.contains(t.low));
    }

    /** Nouns of a trade before a firm's name: `Streaming giant Flixo`, `Chipmaker Arvo`, `Ride-hailing firm Zoomo`. */
    private static final Set<String> TRADE_NOUNS = Lexicon.words("""
            giant startup start-up maker chipmaker carmaker automaker platform app chain operator developer producer
            manufacturer brand retailer firm company group service conglomerate lender insurer airline bank miner
            broker brokerage carrier utility supermarket""");

    /**
     * Rule company-trade-subject (session lead48): `Streaming giant Flixo is raising prices`, `Chipmaker Arvo said`:
     * the one or two capitalised words after a trade noun that closes the subject's other words are its name; else
     * the subject as it was.
     */
    private int[] afterTradeNoun(int[] subj) {
        int n = subj[1] + 1; // `Streaming giant Flixo`: the subject read stops at the first lower-case word
        while (n < toks.size() && n - subj[1] <= 2 && toks.get(n).type == WORD && !toks.get(n).cap) {
            n++;
        }
        if (n > subj[1] + 1 && n < toks.size() && toks.get(n).cap && toks.get(n).type == WORD
                && TRADE_NOUNS.contains(toks.get(n - 1).low)) {
            return n + 1 < toks.size() && toks.get(n + 1).cap && toks.get(n + 1).type == WORD ? new int[]{n, n + 1} : new int[]{n, n};
        }
        int k = subj[1];
        while (k > subj[0] && toks.get(k).cap && subj[1] - k < 2) {
            k--;
        }
        Tok noun = toks.get(k);
        boolean trade = k < subj[1] && TRADE_NOUNS.contains(noun.low) && (!noun.cap || k == subj[0]);
        return trade ? new int[]{k + 1, subj[1]} : subj;
    }

    /**
     * Rule company-its-subject (session lead48): `Flixo is raising its prices`: an `its` later in the subject's own
     * sentence says a one-word subject opening it is a thing, as being written inside another sentence does.
     */
    private boolean itsAfter(int from, int se) {
        for (int k = from + 1; k <= se && k - from < 12; k++) {
            if (toks.get(k).low.equals("its") && toks.get(k).qrole == OUT) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written somewhere not at a sentence's start. */
    private boolean writtenInside(String word) {
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).text.equals(word) && k != d.sentStart[toks.get(k).sent]) {
                return true;
            }
        }
        return false;
    }
}
