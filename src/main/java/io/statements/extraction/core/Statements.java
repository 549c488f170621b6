package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the sieves' pieces (UTF-16 offsets) into the public statements (code point offsets): one per attribution,
 * the pieces that share an attribution group becoming its segments.
 */
final class Statements {

    private Statements() {
    }

    /** singleMarks: the article quotes in single marks, so a single mark at a content's edge is its quote's mark. */
    static List<ExtractedStatement> of(String t, List<Stmt> raw, boolean singleMarks) {
        Map<Integer, List<Stmt>> groups = new LinkedHashMap<>(); // raw is in text order, so groups are too
        for (Stmt st : raw) {
            if (st.cs >= 0 && st.ce <= t.length() && st.ce > st.cs) {
                groups.computeIfAbsent(st.group, g -> new ArrayList<>()).add(st);
            }
        }
        StatementExtractor.CodePoints cp = new StatementExtractor.CodePoints(t);
        List<ExtractedStatement> res = new ArrayList<>(groups.size());
        Map<String, String> speakable = new HashMap<>(); // a speaker's name, cleaned once for all its statements
        for (List<Stmt> pieces : groups.values()) {
            res.add(statement(t, cp, pieces, singleMarks, speakable));
        }
        return Collections.unmodifiableList(res);
    }

    /** Confidence factor for a person known only by a title, as for a speaker without a name. */
    private static final double UNNAMED_PERSON = 0.6;

    /** What {@link #speakable} gives for a name that names no one: a map keeps no null. */
    private static final String NO_NAME = new String("no name");

    /**
     * The clean-ups of a speaker's name that read the name alone, in order (session n73s: asked once a name and text,
     * not once a statement, as most speakers have several): null for a name that names no one.
     */
    private static String speakable(String raw) {
        String name = SpeakerNames.isFunctionWord(raw) ? null : SpeakerNames.withoutTrailingVerb(raw); // `After`: none
        name = NonNameWords.isNonName(name) ? null : NonNameWords.withoutCutAdjective(name); // `source close`
        name = NonNameWords.withoutTrailingAuxiliary(name); // rule trailing-auxiliary: `critics have`
        return SpeakerShape.cannotSpeak(name) ? null : name; // n52a, rule speaker-shape: `Rs 500`, `Update`
    }

    private static ExtractedStatement statement(String t, StatementExtractor.CodePoints cp, List<Stmt> pieces,
            boolean singleMarks, Map<String, String> speakable) {
        Stmt first = pieces.get(0);
        List<Span> segments = new ArrayList<>(pieces.size());
        StringBuilder words = new StringBuilder();
        int from = Integer.MAX_VALUE, to = -1;
        double conf = 0;
        Speaker sp = null;
        Stmt cued = null;
        Stmt judged = null;
        for (Stmt st : pieces) {
            if (judged == null && st.stance != null && st.stanceS >= 0 && st.stanceE > st.stanceS
                    && st.stanceE <= t.length()) {
                judged = st;
            }
            segments.add(new Span(cp.at(st.cs), cp.at(st.ce)));
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(t, st.cs, st.ce);
            from = Math.min(from, Math.min(st.ls, st.cs));
            to = Math.max(to, Math.max(st.le, st.ce));
            conf = Math.max(conf, st.conf);
            if (sp == null && st.sp != null) {
                sp = st.sp;
            }
            if (cued == null && st.cueS >= 0 && st.cueE > st.cueS && st.cueE <= t.length()) {
                cued = st;
            }
        }
        from = QuoteMarks.withOpening(t, from, singleMarks);
        to = QuoteMarks.withClosing(t, to, singleMarks);
        TextSpan cue = cued == null ? null : new TextSpan(cp.at(cued.cueS), cp.at(cued.cueE), t.substring(cued.cueS, cued.cueE));
        TextSpan mention = null;
        String name = null;
        SpeakerKind kind = null;
        if (sp != null) {
            if (sp.ms() >= 0 && sp.me() > sp.ms() && sp.me() <= t.length()) {
                mention = new TextSpan(cp.at(sp.ms()), cp.at(sp.me()), t.substring(sp.ms(), sp.me()));
            }
            name = sp.name() == null ? null : speakable.computeIfAbsent(sp.name(), n -> {
                String clean = speakable(n);
                return clean == null ? NO_NAME : clean;
            });
            name = name == NO_NAME ? null : name;
            name = CapitalHeadings.isHeading(t, sp.ms(), sp.me()) || PluralOpeners.namesNobody(t, name) ? null : name; // `Fireworks`
            kind = name == null ? null : sp.kind();
            name = GluedWords.withoutGluedNumber(name); // n49b, rule glued-words: `Ilka Moor12`
            name = TitleAliases.spelledOut(name); // n51c, rule acronym-title-spelled: `KHC CJ` → chief justice
            if (kind == SpeakerKind.PERSON && !SpeakerNames.isName(name, kind)) {
                conf *= UNNAMED_PERSON; // `the president` nobody in the article was named as: a title, not a name
            }
        }
        MentionTitles.Title title = mention == null ? null : MentionTitles.of(t, sp.ms(), sp.me(), name, kind);
        TextSpan evidence = judged == null ? null
                : new TextSpan(cp.at(judged.stanceS), cp.at(judged.stanceE), t.substring(judged.stanceS, judged.stanceE));
        return new ExtractedStatement(words.toString(), first.kind, new Span(cp.at(from), cp.at(to)), segments, cue,
                mention, SpeakerNames.unmangled(name), kind, first.via, first.channel, Math.max(0.0, Math.min(1.0, Math.round(conf * 100) / 100.0)),
                first.sieve, judged == null ? null : judged.stance, judged == null ? null : judged.stanceTarget, evidence,
                title == null ? null : title.title(), title == null ? null : title.affiliation());
    }
}
