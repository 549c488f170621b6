package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n71c, the documents part of the entity layer: one record per article (memoised on {@link Doc}) of every
 * document noun the text ties to a named issuer, so that a later `the report said` resolves to that issuer however
 * far back the tie stood. The ties are the ones the grammar of English news gives a document everywhere: a possessive
 * (`the Harbour Board's report`), `a report by/from X`, `X released/issued/published a report`, `In a statement, X
 * ...`, `X said in a statement`, `the ruling of the X Court`, `X took to Twitter` (a post). Only a capitalised name is
 * recorded: a pronoun or description would resolve against the reading state of the moment, not of the tie.
 */
final class DocumentRecords {
    /** A document tie: the noun's token, its class, and its issuer. */
    record Tie(int tok, String kind, Speaker issuer) {
    }

    /**
     * Nouns of one kind of document, which an article uses for one text (`released a statement` ... `the release
     * said`, `its decision` ... `the ruling`): a noun → its class (the first word of the class).
     */
    private static final Map<String, String> CLASS = Map.ofEntries(
            Map.entry("statement", "statement"), Map.entry("release", "statement"),
            Map.entry("announcement", "statement"), Map.entry("communique", "statement"),
            Map.entry("readout", "statement"),
            Map.entry("report", "report"), Map.entry("review", "report"), Map.entry("findings", "report"),
            Map.entry("inquiry", "report"),
            Map.entry("ruling", "ruling"), Map.entry("decision", "ruling"), Map.entry("verdict", "ruling"),
            Map.entry("judgment", "ruling"), Map.entry("judgement", "ruling"), Map.entry("order", "ruling"),
            Map.entry("post", "post"), Map.entry("tweet", "post"), Map.entry("message", "post"),
            Map.entry("letter", "letter"), Map.entry("memo", "memo"), Map.entry("memorandum", "memo"),
            Map.entry("notice", "notice"), Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("video", "video"), Map.entry("complaint", "complaint"), Map.entry("petition", "petition"));

    /** Verbs that issue a document: `X released a report`, `X delivered its ruling`, `X made the announcement`. */
    private static final Set<String> ISSUING = Lexicon.words("""
            released releases issued issues published publishes posted posts sent sends shared shares tweeted
            unveiled unveils delivered delivers handed hands signed signs submitted submits filed files made makes
            wrote writes circulated circulates""");
    /** Verbs of saying before `in a statement`: `X said in a statement`, `X wrote in a post`. */
    private static final Set<String> SAYING = Lexicon.words("""
            said says wrote writes stated states announced announces added adds noted notes explained explains
            declared declares argued argues insisted insists confirmed confirms""");
    /** Determiners of a document after `in`: `in a statement`, `in its ruling`. */
    private static final Set<String> IN_DETERMINERS = Lexicon.words("a an its his her their the");
    /** Where a person or body posts: `X took to Twitter`, `took to social media`. */
    private static final Set<String> PLATFORMS = Lexicon.words("""
            twitter x facebook instagram telegram tiktok linkedin weibo threads social""");
    /** How many words may stand between the document noun and its tie (`released a long-awaited 40-page report`). */
    private static final int REACH = 4;

    private final Doc d;
    private final List<Tok> toks;
    private final List<Tie> ties = new ArrayList<>();

    private DocumentRecords(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** One pass over the words: each document noun with a tie, and each `took to Twitter`. */
    private void build() {
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT || t.para == 0) {
                continue; // a headline's words tie nothing: they are cut short
            }
            String kind = t.cap ? null : CLASS.get(t.low);
            if (kind != null && !(kind.equals("ruling") && courtActsOn(i))) {
                Speaker issuer = issuer(i);
                if (issuer != null) {
                    ties.add(new Tie(i, kind, issuer));
                }
            } else if (!t.cap && t.low.startsWith("t") && (t.low.equals("took") || t.low.equals("takes")
                    || t.low.equals("taking")) && tookToPlatform(i)) {
                Speaker poster = named(d.subjects.subjectBefore(i, d.sentStart[t.sent]));
                if (poster != null) {
                    ties.add(new Tie(i, "post", poster));
                }
            }
        }
    }

    static DocumentRecords of(Doc d) {
        if (d.documentRecords == null) {
            // stored before the pass: a tie's subject that is itself a document (`The Harbour Report's authors`)
            // reads the ties found so far instead of building the record again
            d.documentRecords = new DocumentRecords(d);
            d.documentRecords.build();
        }
        return d.documentRecords;
    }

    /**
     * The issuer of the document `the {@code noun}` whose mention opens at token {@code a}: the issuer of the latest tie before it
     * of the same class of document, else of the nearest tie before it in the same paragraph; null when the text ties
     * none (the caller then names nobody rather than a body or person merely named nearby).
     */
    Speaker issuerOf(String noun, int a) {
        String kind = CLASS.get(noun);
        if (kind == null || ties.isEmpty()) {
            return null;
        }
        int ms = toks.get(a).s, para = toks.get(a).para;
        for (int k = ties.size() - 1; k >= 0; k--) {
            Tie tie = ties.get(k);
            if (toks.get(tie.tok).s < ms && tie.kind.equals(kind)) {
                return tie.issuer;
            }
        }
        for (int k = ties.size() - 1; k >= 0; k--) {
            Tok t = toks.get(ties.get(k).tok);
            if (t.s < ms && t.para == para) {
                return ties.get(k).issuer;
            }
            if (t.s < ms && t.para < para) {
                break;
            }
        }
        return null;
    }

    /** The named issuer the text ties to the document noun at {@code i}, or null. */
    private Speaker issuer(int i) {
        int ss = d.sentStart[toks.get(i).sent], se = d.sentEnd[toks.get(i).sent];
        for (int k = i - 1; k >= ss && i - k <= REACH; k--) {
            Tok t = toks.get(k);
            if (t.type != WORD || t.qrole != OUT) {
                break;
            }
            if (Words.endsWithPossessive(t)) { // `Kobe Steel's report`, `the Supreme Court's ruling`
                // not `Hale's release from jail`, `Hale's post as mayor`: an event or an office, no text
                boolean office = toks.get(i).low.equals("release") || i + 1 <= se && toks.get(i).low.equals("post")
                        && toks.get(i + 1).low.equals("as");
                if (!t.cap && !office && k - 1 >= ss && toks.get(k - 1).low.equals("the") && t.low.length() > 2
                        && Lexicon.ORG_NOUNS.contains(t.low.substring(0, t.low.length() - 2))) {
                    return body(d.resolver.resolve(k - 1, k)); // `the council's report`: the body `the council` names
                }
                return t.cap && !office ? named(possessorRun(k, ss)) : null;
            }
            if (ISSUING.contains(t.low) && !t.cap) { // `X released a report`
                return named(d.subjects.subjectBefore(k, ss));
            }
            if (t.low.equals("in") && k + 1 < i && IN_DETERMINERS.contains(toks.get(k + 1).low)) {
                return inDocument(k, i, ss, se);
            }
        }
        return after(i, se);
    }

    /** `In a statement, X ...` (the subject after the comma) and `X said in a statement` (the verb's subject). */
    private Speaker inDocument(int in, int noun, int ss, int se) {
        int v = in - 1;
        if (v >= ss && toks.get(v).type == WORD && !toks.get(v).cap && SAYING.contains(toks.get(v).low)) {
            return sayer(v, ss);
        }
        if (in != ss) {
            return null;
        }
        for (int k = noun + 1; k <= se && k - noun <= 6; k++) { // `In a statement on Friday, the Harbour Board said`
            Tok t = toks.get(k);
            if (t.type == PUNCT && t.text.equals(",")) {
                int a = k + 1, b = a < se && toks.get(a).low.equals("the") ? a + 1 : a;
                while (b + 1 <= se && toks.get(b + 1).type == WORD && toks.get(b + 1).cap) {
                    b++;
                }
                return b <= se && toks.get(b).cap && toks.get(b).type == WORD ? named(new int[]{a, b}) : null;
            }
            if (t.type != WORD) {
                return null;
            }
        }
        return null;
    }

    /**
     * Who said it in the document: the speaker of the statement found for the verb at {@code v} (`Judge Ann Lok of the
     * Fifth Circuit said in a statement`: the judge the sentence's own attribution gave, not the court her title
     * names), else the verb's subject when no preposition stands inside it.
     */
    private Speaker sayer(int v, int ss) {
        int cue = toks.get(v).s;
        for (int k = d.out.size() - 1; k >= 0; k--) {
            Stmt st = d.out.get(k);
            if (st.cueS == cue) {
                return st.sp == null || st.sp.name() == null || !Character.isUpperCase(st.sp.name().codePointAt(0))
                        || !DocumentIssuers.author(st.sp) ? null : st.sp;
            }
        }
        int[] subj = d.subjects.subjectBefore(v, ss);
        if (subj == null || subj[0] < 0) {
            return null;
        }
        for (int k = subj[0]; k <= subj[1]; k++) {
            if (toks.get(k).low.equals("of") || toks.get(k).low.equals("at") || toks.get(k).low.equals("for")) {
                return null;
            }
        }
        return named(subj);
    }

    /** `a report by/from X`, `a report released by X`, `the ruling of the X Court`: the name after the noun. */
    private Speaker after(int i, int se) {
        int k = i + 1;
        if (k + 1 <= se && !toks.get(k).cap && toks.get(k).low.endsWith("ed") && toks.get(k + 1).low.equals("by")) {
            k++; // `a report published by X`
        }
        if (k + 1 > se || toks.get(k).cap) {
            return null;
        }
        String link = toks.get(k).low;
        boolean court = link.equals("of");
        if (!link.equals("by") && !link.equals("from") && !court) {
            return null;
        }
        int a = k + 1, from = toks.get(a).low.equals("the") ? a + 1 : a, b = from - 1;
        while (b + 1 <= se && toks.get(b + 1).type == WORD && toks.get(b + 1).cap) {
            b++;
        }
        if (b < from || court && !(toks.get(b).low.equals("court") || toks.get(b).low.equals("tribunal"))
                || Words.endsWithPossessive(toks.get(b))) {
            // `the order of the day`, `a statement from Monday`: no issuer after the noun; `a report from the Harbour
            // Board's inspector`: the possessor's officer wrote it, not the possessor
            return null;
        }
        if (!court && b + 1 <= se && !toks.get(b + 1).cap && Lexicon.ORG_NOUNS.contains(toks.get(b + 1).low)) {
            b++; // `a statement issued by the Holt campaign`: the campaign, not Holt
        }
        return named(new int[]{a, b});
    }

    /**
     * `The High Court upheld a ruling of the District Court`: a court named before the ruling in its sentence acts on
     * it, and a later `the ruling said` may be either court's, so the sentence ties the ruling to neither.
     */
    private boolean courtActsOn(int i) {
        int ss = d.sentStart[toks.get(i).sent];
        for (int k = i - 1; k >= ss; k--) {
            Tok t = toks.get(k);
            if (t.cap && (t.low.equals("court") || t.low.equals("tribunal")) && k + 1 < i
                    && !Words.endsWithPossessive(t) && !toks.get(k + 1).low.equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** `X took to Twitter`, `took to social media`: the poster of the post that follows. */
    private boolean tookToPlatform(int i) {
        int se = d.sentEnd[toks.get(i).sent];
        return i + 2 <= se && toks.get(i + 1).low.equals("to") && PLATFORMS.contains(toks.get(i + 2).low)
                && (toks.get(i + 2).cap || toks.get(i + 2).low.equals("social"));
    }

    /** The capitalised run ending in the possessive at {@code k}: `the Harbour Board's` → [Harbour, Board's]. */
    private int[] possessorRun(int k, int ss) {
        int a = k;
        while (a - 1 >= ss && toks.get(a - 1).type == WORD && toks.get(a - 1).cap
                && !Words.endsWithPossessive(toks.get(a - 1))) {
            a--;
        }
        while (a < k && d.names.isSentenceInitialNoise(a)) {
            a++;
        }
        return d.names.isSentenceInitialNoise(a) ? null : new int[]{a, k};
    }

    /** A definite description's body when it resolves to a capitalised organisation's name, else null. */
    private static Speaker body(Speaker sp) {
        return sp != null && sp.name() != null && sp.kind() == SpeakerKind.ORGANIZATION
                && Character.isUpperCase(sp.name().codePointAt(0)) && SpeakerNames.isName(sp.name(), sp.kind()) ? sp : null;
    }

    /** The subject as a name: a person or body by a capitalised name, never a pronoun, description or place. */
    private Speaker named(int[] subj) {
        if (subj == null || subj[0] < 0) {
            return null;
        }
        int h = d.subjects.headOf(subj);
        boolean namedBody = h > subj[0] && !toks.get(h).cap && Lexicon.ORG_NOUNS.contains(toks.get(h).low)
                && toks.get(h - 1).cap; // `the Orla Benn campaign`
        if (h >= 0 && DescribedIssuers.body(toks, subj, h)) { // `the council released a report`: the body it names
            return body(d.resolver.resolveSubject(subj));
        }
        if (h < 0 || !toks.get(h).cap && !namedBody || Lexicon.SUBJECT_PRONOUNS.contains(toks.get(h).low)) {
            return null;
        }
        Speaker sp = d.resolver.resolveSubject(subj);
        return sp == null || sp.name() == null || sp.kind() != SpeakerKind.PERSON && sp.kind() != SpeakerKind.ORGANIZATION
                || !Character.isUpperCase(sp.name().codePointAt(0)) || !SpeakerNames.isName(sp.name(), sp.kind())
                || !DocumentIssuers.author(sp) ? null : sp;
    }
}
