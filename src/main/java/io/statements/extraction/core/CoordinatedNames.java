package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.endsWithPossessive;
import static io.statements.extraction.core.Words.stripPossessive;

/**
 * `Tom Reyes and Ida Berg said`, `Senators Ann Cole and Ray Dunn, both Republicans, said`: two people named together as
 * the subject speak together. The speaker is one GROUP named by both, its mention covering both, never the second name
 * alone; a group named by a conjunction is never created as a stored speaker (see {@link SpeakerNames#isName}).
 */
final class CoordinatedNames {

    /** Most words in the first name of the pair, titles included (`Former Senators Ann Cole`). */
    private static final int MAX_FIRST_NAME = 5;

    private final Doc d;
    private final List<Tok> toks;

    CoordinatedNames(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /**
     * The pair's GROUP speaker when the subject [a, b] resolved to {@code second} is the last of two names; {@code
     * second} with the whole title run as its mention when the run before `and` is its title's (rule title-and-run);
     * else null.
     */
    Speaker widen(int a, Speaker second, SpeakerResolver resolver) {
        Speaker joined = joinedOrganisation(a, second);
        if (joined != null) {
            return joined; // rule and-inside-organisation
        }
        if (second == null || second.kind() != SpeakerKind.PERSON || second.name() == null || a < 2) {
            return null;
        }
        Tok head = toks.get(a);
        boolean partner = PossessivePartners.describedThroughFirst(toks, a, second.me()); // `and his counterpart Y`
        if (head.type == WORD && !head.cap && !Lexicon.TITLES.contains(head.low) && !Character.isDigit(head.text.charAt(0))
                && !partner) {
            return null; // `Trump and other Republicans`: a person and a group, not two people named
        }
        Tok and = toks.get(a - 1);
        Tok end = toks.get(a - 2);
        if (!(and.low.equals("and") || and.text.equals("&")) || !isNameWord(end, toks.get(a).sent)) {
            return null;
        }
        int start = a - 2;
        // `New Zealand Prime Minister Ana Ravu and her counterpart`: the possessive makes a pair sure, a longer title may open it
        int most = partner ? MAX_FIRST_NAME + 2 : MAX_FIRST_NAME;
        while (start - 1 >= 0 && a - 2 - start < most - 1 && isNameWord(toks.get(start - 1), end.sent)) {
            start--;
        }
        if (BodyNameEdges.employerRun(toks, start, a - 1, second)) { // n73c: `Acme & Company ... President X`
            return BodyNameEdges.employed(d, toks.get(start).s, second);
        }
        if (!opensSubject(start, end.sent)) {
            // `He met Tom Reyes and Ida Berg said ...`: the first name is someone else's object; names47: unless
            // it ends a list of people named by name that opens the subject
            return firstOfList(start, second, resolver);
        }
        int nameStart = start;
        while (nameStart < a - 2 && isPluralTitle(toks.get(nameStart).low)) {
            nameStart++; // `Councillors Ann Cole and Ray Dunn`: the title both share
        }
        if (oneTitleRun(nameStart, a - 2, a, toks.get(d.tokenAt(second.me() - 1)).sent == end.sent
                ? d.tokenAt(second.me() - 1) : a)) {
            int ms = toks.get(start).s; // rule title-and-run: `Deputy Roads and Ports Minister Aldo Brenti`: one person
            return new Speaker(ms, second.me(), d.s.substring(ms, second.me()), second.name(), second.kind(), second.channel());
        }
        if (nameStart == a - 2 && HonorificCouples.opens(toks, nameStart)) {
            return HonorificCouples.couple(d, nameStart, second.me()); // n67e: `Mr and Mrs Marsh said`
        }
        Speaker first = resolver.resolve(nameStart, a - 2);
        if (first == null || first.kind() != SpeakerKind.PERSON || first.name() == null
                || first.name().equals(second.name())) {
            return null;
        }
        int ms = toks.get(start).s;
        return new Speaker(ms, second.me(), d.s.substring(ms, second.me()), first.name() + " and " + second.name(),
                SpeakerKind.GROUP, null);
    }

    /**
     * Rule first-of-list (session names47): `Senators Ann Cole, Ray Dunn and Ida Berg said`, `Senate Minority Leader
     * Tom Reyes and Senators Cole, Dunn and Berg said in a joint statement`: three or more people named in a list
     * (commas, the last joined by `and`) as the subject speak together; the speaker is the first named, its mention
     * covering the list, never the last name alone (a PERSON, so that `read the statement` after it is theirs). Every member must resolve to a person by name (not
     * `Sciences, Engineering and Medicine`), and the list must open the subject. {@code start} opens the name before
     * the last `and`; null when no such list ends there.
     */
    private Speaker firstOfList(int start, Speaker last, SpeakerResolver resolver) {
        int sent = toks.get(start).sent, members = 2, first = start;
        while (first >= 2 && (toks.get(first - 1).text.equals(",") || toks.get(first - 1).low.equals("and"))
                && isNameWord(toks.get(first - 2), sent) && members < 12) {
            int e = first - 2, b = e;
            while (b - 1 >= 0 && e - b < MAX_FIRST_NAME && isNameWord(toks.get(b - 1), sent)) {
                b--;
            }
            Speaker member = Lexicon.PREPOSITIONS.contains(toks.get(b).low) ? null : resolver.resolve(b, e);
            if (member == null || member.kind() != SpeakerKind.PERSON || member.name() == null) {
                return null; // `On Monday, Mr. Dunn and Senator Vance`: a time, no member
            }
            first = b;
            members++;
        }
        if (members < 3 || !opensSubject(first, sent)) {
            return null;
        }
        int nameStart = first;
        while (nameStart < start && isPluralTitle(toks.get(nameStart).low)) {
            nameStart++;
        }
        Speaker head = resolver.resolve(nameStart, listEnd(nameStart));
        if (head == null || head.kind() != SpeakerKind.PERSON || head.name() == null || head.name().indexOf(' ') < 0) {
            return null;
        }
        int ms = toks.get(first).s;
        return new Speaker(ms, last.me(), d.s.substring(ms, last.me()), head.name(), SpeakerKind.PERSON, null);
    }

    /** The last token of the name opening at k (before its comma or `and`). */
    private int listEnd(int k) {
        int e = k;
        while (e + 1 < toks.size() && isNameWord(toks.get(e + 1), toks.get(k).sent)) {
            e++;
        }
        return e;
    }

    /**
     * `"...," said Ann Cole and Ray Dunn`: both names inside a subject after its verb ({@link InvertedSubjects} keeps
     * `and` between capitalised words); the GROUP of both, or null (`the Department of Parks and Coastal Services` is
     * one organisation, not two people).
     */
    Speaker pairWithin(int a, int b, SpeakerResolver resolver) {
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type == PUNCT) {
                return null;
            }
            if (!t.low.equals("and") || !isNameWord(toks.get(k - 1), t.sent) || !isNameWord(toks.get(k + 1), t.sent)) {
                continue;
            }
            int end = k + 1;
            while (end + 1 <= b && isNameWord(toks.get(end + 1), t.sent)) {
                end++;
            }
            if (oneTitleRun(a, k - 1, k + 1, b)) {
                return null; // rule title-and-run: `said former Varnia Gov. and Unity Party Chairman Ed Morrow`
            }
            if (k - 1 == a && HonorificCouples.opens(toks, a)) {
                return HonorificCouples.couple(d, a, toks.get(end).e); // n67e: `said Mr and Mrs Marsh`
            }
            Speaker first = resolver.resolve(a, k - 1);
            Speaker second = resolver.resolve(k + 1, end);
            if (first == null || second == null || first.kind() != SpeakerKind.PERSON || second.kind() != SpeakerKind.PERSON
                    || first.name() == null || second.name() == null || first.name().equals(second.name())) {
                return null;
            }
            int ms = toks.get(a).s, me = toks.get(end).e;
            return new Speaker(ms, me, d.s.substring(ms, me), first.name() + " and " + second.name(), SpeakerKind.GROUP, null);
        }
        return null;
    }

    /**
     * Rule title-and-run (session n52d): `Deputy Roads and Ports Minister Aldo Brenti said`, `said former Varnia Gov.
     * and Unity Party Chairman Ed Morrow`, `said Kestrel Capital and Brokerage analyst Tomas Vell`: an `and` inside
     * the title or employer run before one person's name, not two people. True when the words after `and`, [c, b],
     * run on to a role word (`Minister`, `Chairman`, `analyst`) with a capitalised name after it, and the words before
     * `and`, [f, e], name no one: no first name, no surname of a person the text names elsewhere in a longer form,
     * or a role word last (`Gov.`). `Senator Ann Cole and Transport Minister Ray Dunn` (a first name) stays two people.
     */
    private boolean oneTitleRun(int f, int e, int c, int b) {
        int r = c;
        // n67f: lower case after a role word before `and` (`Green MP and finance committee member Ida Berg`); n67a bodyWord
        boolean titled = RoleWords.isRole(toks.get(e)) || RoleWords.capitalAbbreviation(toks.get(e));
        while (r < b && toks.get(r).type == WORD && (toks.get(r).cap || titled || bodyWord(r, c))
                && !(titleHead(toks.get(r)) && toks.get(r + 1).cap)) {
            r++;
        }
        if (r >= b || !titleHead(toks.get(r)) || !toks.get(r + 1).cap || toks.get(r + 1).type != WORD) {
            return false;
        }
        if (RoleWords.isRole(toks.get(e)) || RoleWords.capitalAbbreviation(toks.get(e))) {
            return true; // `former Varnia Gov. and ...`: a title with no name after it; n67a: `Labour MP and ...`
        }
        String run = d.s.substring(toks.get(f).s, toks.get(e).e);
        for (int k = f; k <= e; k++) {
            Tok t = toks.get(k);
            String full = RoleWords.isRole(t) ? null : d.names.lastNameToFull.get(stripPossessive(t.text));
            if (PersonGenders.isFirstName(t.low) || full != null && !run.endsWith(full)) {
                return false; // `Mayor Holt and ...` after `Jane Holt`; not the run itself read as a name
            }
        }
        return true;
    }

    /** n67a, rule title-chain-with-and: a lower-case word of the second title's body or field (`Labour MP and Transport
     * committee member X`) after its first word: a title's words, no function word (`X and other members`). */
    private boolean bodyWord(int r, int c) {
        Tok t = toks.get(r);
        return r > c && r - c <= 3 && !Lexicon.DETERMINERS.contains(t.low) && !Lexicon.PREPOSITIONS.contains(t.low)
                && !t.low.equals("and") && !t.low.equals("or") && (Lexicon.ORG_WORDS.contains(t.low) || titleHead(t));
    }

    /** A title's head: a role word (`Minister`, `Gov.`) or a lower-case noun for a person (`analyst`). */
    private static boolean titleHead(Tok t) {
        return RoleWords.isRole(t) || CommonHeads.personNoun(t);
    }

    private static boolean isPluralTitle(String low) {
        return low.endsWith("s") && Lexicon.TITLES.contains(low.substring(0, low.length() - 1));
    }

    /** A capitalised word of a name: not `But`, `As`, `Both` or `The` opening the sentence. */
    /**
     * Rule and-inside-organisation (session n50e): `the ruling Liberty and Progress Party has said`, `the Trade and
     * Industry Council said`: a subject of capitalised words closing on a body's word (`Party`, `Council`) right after
     * `Word and` is one organisation's name with `and` inside (was `Progress Party`). Not after a person (`Ida Berg and
     * the Harbour Party`, a first name or a title), nor when the words before `and` close on a body's word of their
     * own (`the Labour Party and Green Party`: two bodies).
     */
    private Speaker joinedOrganisation(int a, Speaker second) {
        if (second == null || a < 2 || !toks.get(a - 1).low.equals("and") || toks.get(a).s != second.ms()) {
            return null;
        }
        int sent = toks.get(a).sent, b = a;
        while (b + 1 < toks.size() && toks.get(b + 1).s < second.me()) {
            b++;
        }
        Tok last = toks.get(b), before = toks.get(a - 2);
        if (!last.cap || !Lexicon.ORG_WORDS.contains(stripPossessive(last.text).toLowerCase(java.util.Locale.ROOT))
                || !isNameWord(before, sent) || Lexicon.ORG_WORDS.contains(before.low)) {
            return null;
        }
        for (int k = a; k <= b; k++) {
            if (!toks.get(k).cap || toks.get(k).type != WORD) {
                return null;
            }
        }
        int start = a - 2;
        while (start - 1 >= 0 && a - 2 - start < 2 && isNameWord(toks.get(start - 1), sent)) {
            start--;
        }
        if (PersonGenders.isFirstName(toks.get(start).low) || Lexicon.TITLES.contains(toks.get(start).low)
                || RoleWords.isRole(toks.get(start))) {
            return null;
        }
        int ms = toks.get(start).s;
        String name = stripPossessive(d.s.substring(ms, last.e));
        return new Speaker(ms, second.me(), d.s.substring(ms, second.me()), name, SpeakerKind.ORGANIZATION, null);
    }

    private static boolean isNameWord(Tok t, int sent) {
        return t.type == WORD && t.cap && t.qrole == OUT && t.sent == sent && !endsWithPossessive(t)
                && !Lexicon.CLAUSE_WORDS.contains(t.low) && !Lexicon.DETERMINERS.contains(t.low)
                && !SpeakerNames.isFunctionWord(t.text);
    }

    /** The first name starts its sentence or follows a quote, a comma, a dash or a clause word (`but`, `then`). */
    private boolean opensSubject(int start, int sent) {
        if (start == 0 || toks.get(start - 1).sent != sent) {
            return true;
        }
        Tok p = toks.get(start - 1);
        if (p.text.equals(",") && start >= 2 && toks.get(start - 2).cap && toks.get(start - 2).sent == sent) {
            return false; // `Sciences, Engineering and Medicine`, `In Oslo, Ann and Bo`: a list or a place, unsure
        }
        return p.qrole == CLOSE // `"We will not pay," Tom Reyes and Ida Berg said`
                || p.type == PUNCT && (p.text.equals(",") || p.text.equals("\u2014") || p.text.equals(":"))
                || p.type == WORD && (Lexicon.CLAUSE_WORDS.contains(p.low) || p.low.equals("then"));
    }

    /**
     * `Tom Reyes and Ida Berg` as the subject of sentence {@code prev} (for a `they` after it, {@link
     * PronounResolver}): its token range, else null (also when prev is -1).
     */
    static int[] sentenceSubjectPair(Doc d, int prev) {
        if (prev < 0) {
            return null;
        }
        int ps = d.sentStart[prev], pe = d.sentEnd[prev];
        int[] first = d.clauses.sentenceSubject(ps, pe);
        if (first == null || !d.toks.get(first[0]).cap || !d.toks.get(first[1]).cap || first[1] + 2 > pe
                || !d.toks.get(first[1] + 1).low.equals("and")) {
            return null;
        }
        int end = first[1] + 2;
        while (end + 1 <= pe && d.toks.get(end + 1).type == Tok.WORD && d.toks.get(end + 1).cap && end - first[1] < 5) {
            end++;
        }
        Tok last = d.toks.get(end);
        return last.type == Tok.WORD && last.cap && last.qrole == Tok.OUT ? new int[]{first[0], end} : null;
    }
}
