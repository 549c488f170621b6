package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n50b, rule court-parts: reports of a ruling call the court by its parts or a description: `The seven-judge
 * panel ruled`, `The judges said`, `the highest court in sport said`. When the text names exactly one court
 * (an organisation whose name holds `Court` or `Tribunal`, before the mention or later: agencies often describe the
 * court first and name it after), the mention is that court. A bare `the court` is left to the organisation
 * anaphora; a panel needs a judges' modifier (`seven-judge`) or the court named within two paragraphs (`A panel of
 * former athletes`, indefinite, is no court's); two courts named: neither.
 */
final class CourtParts {
    /** Heads that stand for a court's bench. */
    private static final Set<String> PARTS = Lexicon.words("panel bench judges justices");
    /** Heads of a court described (`the highest court`, `the top tribunal`). */
    private static final Set<String> COURTS = Lexicon.words("court tribunal");

    private CourtParts() {
    }

    /** The court the mention [a, end] stands for, as a speaker; else null. */
    static Speaker speaker(Doc d, int a, int end, int ms, int me, String mention) {
        List<Tok> toks = d.toks;
        Tok head = toks.get(end);
        if (OPINIONS.contains(head.low) && !head.cap) {
            return courtOpinion(d, a, end, ms, me, mention);
        }
        if (end == a + 1 && COURTS.contains(head.low) && toks.get(a).low.equals("the")) {
            String court = JudgeTitledCourts.before(d, ms); // n66a: `X District Court Judge Y` ... `the court said`
            return court == null || namesCourt(d) ? null : new Speaker(ms, me, mention, court, SpeakerKind.ORGANIZATION, null);
        }
        boolean part = PARTS.contains(head.low);
        if (end - a > 4 || head.cap || !toks.get(a).low.equals("the") || !part && !COURTS.contains(head.low)
                || !part && end == a + 1) {
            return null;
        }
        boolean judges = !head.low.equals("panel");
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap || Words.endsWithPossessive(t)) {
                return null; // `the Tarsel court's panel`, `the Senate panel`: a named body's own part or another's
            }
            judges |= t.low.endsWith("-judge") || t.low.endsWith("-justice");
        }
        int[] courtAt = {-1};
        String court = soleCourt(d, ms, courtAt);
        if (court == null || !judges && Math.abs(toks.get(d.tokenAt(courtAt[0])).para - head.para) > 2) {
            return null;
        }
        return new Speaker(ms, me, mention, court, SpeakerKind.ORGANIZATION, null);
    }

    /**
     * The one court the text names (its longest form), its mention nearest {@code ms} put in {@code at[0]}; null
     * when the text names none or two.
     */
    private static String soleCourt(Doc d, int ms, int[] at) {
        String court = null;
        for (int k = 0; k < d.names.mentionName.size(); k++) {
            String name = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] != SpeakerKind.ORGANIZATION.ordinal() || !courtName(name)) {
                continue;
            }
            if (court != null && !court.contains(name) && !name.contains(court)) {
                return null; // two courts: neither
            }
            court = court == null || name.length() > court.length() ? name : court;
            int pos = d.names.mentionPos.get(k)[0];
            at[0] = at[0] < 0 || Math.abs(pos - ms) < Math.abs(at[0] - ms) ? pos : at[0];
        }
        return court;
    }

    /**
     * What a court hands down: the heads {@link #documentCourt} reads. Not `opinion` (PolNeAR train: `the unsigned
     * opinion` after a justice `assigned the majority opinion`, `A legal opinion`, an agency's advisory opinion).
     */
    static final Set<String> DOCUMENTS = Lexicon.words("verdict verdicts ruling judgment judgement");

    /**
     * Session n52d, rule court-documents: a court's own document as the subject (`said the verdict`, `the ruling
     * said`, `the judgment added`) when the text names no author of it: the one court
     * the text names before the mention (any court or tribunal, the name holding `Court` or `Tribunal`); none or two
     * named, or only after it: null (the document stays unattributed).
     */
    static String documentCourt(Doc d, String head, int ms) {
        int[] at = {-1};
        String court = DOCUMENTS.contains(head) ? soleCourt(d, ms, at) : null;
        return court != null && at[0] < ms ? court : null;
    }

    /**
     * Session n66a: the court the text named last before the char offset ms (its longest form the text gives), or
     * null; for a bench whose members are listed ({@link BenchMembers}), which sits in the court just reported on.
     */
    static String lastCourt(Doc d, int ms) {
        String court = null;
        for (int k = d.names.mentionBefore(ms); k >= 0 && court == null; k--) {
            String name = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.ORGANIZATION.ordinal() && name != null && courtName(name)) {
                court = name;
            }
        }
        for (int k = 0; court != null && k < d.names.mentionName.size(); k++) {
            String name = d.names.mentionName.get(k);
            court = name != null && name.length() > court.length() && name.endsWith(" " + court)
                    && d.names.mentionPos.get(k)[1] == SpeakerKind.ORGANIZATION.ordinal() ? name : court;
        }
        return court;
    }

    /** A court's written reasons: read only when the mention marks them as the court's ({@link #courtOpinion}). */
    private static final Set<String> OPINIONS = Lexicon.words("opinion opinions");
    /** Owners whose possessive makes an opinion a court's: `the court's opinion`, `the justices' opinion`. */
    private static final Set<String> BENCH_OWNERS = Lexicon.words("court tribunal justices judges panel bench");

    /**
     * Session n66a, rule court-opinion: `the court's opinion said`, `the 47-page opinion said`, `the majority
     * opinion`: a court's written opinion speaks for the court, the one the text names before it (else one named
     * only before its judge's title, {@link JudgeTitledCourts}). Only with such a mark: a bare `opinion` is as often a
     * lawyer's, an agency's advisory one or anyone's view (see {@link #DOCUMENTS}); none or two courts: null.
     */
    private static Speaker courtOpinion(Doc d, int a, int end, int ms, int me, String mention) {
        boolean marked = false;
        for (int k = a; k < end && !marked; k++) {
            Tok t = d.toks.get(k);
            marked = t.type == Tok.WORD && !t.cap && (t.low.endsWith("-page") || t.low.equals("majority")
                    || Words.endsWithPossessive(t) && BENCH_OWNERS.contains(Words.lowStripped(t)));
        }
        if (!marked || end - a > 4) {
            return null;
        }
        int[] at = {-1};
        String court = soleCourt(d, ms, at);
        court = court != null && at[0] < ms ? court : namesCourt(d) ? null : JudgeTitledCourts.before(d, ms);
        return court == null ? null : new Speaker(ms, me, mention, court, SpeakerKind.ORGANIZATION, Channel.OTHER);
    }

    /** Whether the name index holds any court (an organisation whose name holds `Court` or `Tribunal`). */
    private static boolean namesCourt(Doc d) {
        for (int k = 0; k < d.names.mentionName.size(); k++) {
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.ORGANIZATION.ordinal() && courtName(d.names.mentionName.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean courtName(String name) {
        return name.startsWith("Court ") || name.contains(" Court") || name.contains("Tribunal");
    }
}
