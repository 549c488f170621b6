package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n51g, rule body-stand-ins: a body's part or document speaking for the body the text names. `A three-member
 * panel at the Velmora District Court found`, `a three-member panel of the X Court`: the court right after `at`/`of`
 * (any court or tribunal), after {@link CourtParts}' `the panel`, `the judges`. `the citation said`, `its written
 * citation concluded`: the prize body named last before it (a name holding Committee, Academy, Foundation, Jury ...),
 * not the laureate the citation describes; no such body named within a few paragraphs leaves the description. A
 * judges' panel when the text writes its one court only in lower case (`the supreme court`): that court.
 */
final class BodyStandIns {
    /** How far back (in characters) the prize body may be named. */
    private static final int REACH = 2500;
    private static final Set<String> PARTS = Lexicon.words("panel bench");
    private static final Set<String> JUDGES = Lexicon.words("judges justices");
    /** Kinds of court a text may write in lower case (`the supreme court`). */
    private static final Set<String> COURT_KINDS = Lexicon.words("supreme high constitutional");
    private static final Set<String> OPENERS = Lexicon.words("the its their this");
    /** Words a prize-giving body's name holds. */
    private static final Set<String> BODY_WORDS = Lexicon.words("""
            committee academy foundation jury institute society council trust board""");

    private BodyStandIns() {
    }

    /** The body the mention [a, end] stands for, as a speaker; else null. */
    static Speaker speaker(Doc d, int a, int end, int ms, int me, String mention) {
        Speaker court = CourtParts.speaker(d, a, end, ms, me, mention);
        if (court != null) {
            return court;
        }
        List<Tok> toks = d.toks;
        Tok head = toks.get(end);
        if (end - a > 4 || head.cap || head.type != Tok.WORD) {
            return null;
        }
        for (int k = a + 1; k < end; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap || Words.endsWithPossessive(t)) {
                return null; // `the Senate panel`, `the mayor's citation`: another's
            }
        }
        String name = PARTS.contains(head.low) ? courtAfter(d, end) : head.low.equals("citation")
                && OPENERS.contains(toks.get(a).low) ? prizeBody(d, ms) : null;
        name = name != null || !toks.get(a).low.equals("the") ? name : lowerCaseCourt(toks, a, end);
        return name == null ? null : new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, null);
    }

    /** The court named right after `at`/`of` (`the`) following the head at {@code end}; else null. */
    private static String courtAfter(Doc d, int end) {
        List<Tok> toks = d.toks;
        int k = end + 1;
        if (k + 1 >= toks.size() || !toks.get(k).low.equals("at") && !toks.get(k).low.equals("of")) {
            return null;
        }
        int from = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1;
        if (from >= toks.size()) {
            return null;
        }
        int m = d.names.mentionBefore(toks.get(from).s + 1);
        if (m < 0 || d.names.mentionPos.get(m)[0] != toks.get(from).s
                || d.names.mentionPos.get(m)[1] != SpeakerKind.ORGANIZATION.ordinal()) {
            return null;
        }
        String name = d.names.mentionName.get(m);
        return name.startsWith("Court ") || name.contains(" Court") || name.contains("Tribunal") ? name : null;
    }

    /**
     * `The six-judge panel`, `the judges` when the text writes its one court only in lower case, as some house styles
     * do (`Velmora's supreme court annulled`): that court, title-cased; no court, two kinds or a capitalised court: null.
     */
    private static String lowerCaseCourt(List<Tok> toks, int a, int end) {
        boolean judges = JUDGES.contains(toks.get(end).low);
        for (int k = a + 1; k < end; k++) {
            judges |= toks.get(k).low.endsWith("-judge") || toks.get(k).low.endsWith("-justice");
        }
        String kind = null;
        for (int k = 0; judges && k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.WORD && t.cap && (t.low.equals("court") || t.low.equals("tribunal"))) {
                return null; // a court written with capitals is CourtParts' (or two courts)
            }
            if (k > 0 && t.low.equals("court") && COURT_KINDS.contains(toks.get(k - 1).low) && !toks.get(k - 1).cap) {
                if (kind != null && !kind.equals(toks.get(k - 1).low)) {
                    return null;
                }
                kind = toks.get(k - 1).low;
            }
        }
        return kind == null ? null : Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " Court";
    }

    /** The prize body named last before {@code ms}, within {@link #REACH}; else null. */
    private static String prizeBody(Doc d, int ms) {
        for (int k = d.names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = d.names.mentionPos.get(k);
            if (mp[0] < ms - REACH) {
                return null;
            }
            if (mp[1] != SpeakerKind.ORGANIZATION.ordinal()) {
                continue;
            }
            String name = d.names.mentionName.get(k);
            for (String w : name.toLowerCase().split(" ")) {
                if (BODY_WORDS.contains(w)) {
                    return name;
                }
            }
        }
        return null;
    }
}
