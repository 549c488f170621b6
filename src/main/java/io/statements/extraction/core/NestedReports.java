package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported speech inside the reported clause of other reported speech (`The aides said Mr. Obama believed in airing
 * differences`, `She says he found the files`) is part of the outer statement, not a statement of its own: the
 * inner speaker's words reach the reader only through the outer speaker, so storing them as the inner speaker's
 * statement would attribute hearsay. Runs after the sentence sieves and drops such inner `reported-speech`
 * statements; nested quotes and reported speech inside a quote's attribution stay (the quote sieves decide those).
 */
final class NestedReports {
    private static final String REPORTED = "reported-speech";

    private NestedReports() {
    }

    /**
     * `Port Aide Calls Mayor 'Reckless'`: the headline sieve attributes a headline's clause after its verb of saying
     * from the body; the reported-speech reading of the same words (speaker `Port Aide`, a headline fragment) is
     * the same statement twice.
     */
    static void dropInsideHeadlines(List<Stmt> out) {
        List<Stmt> headlines = new ArrayList<>();
        for (Stmt st : out) {
            if ("headline".equals(st.sieve)) {
                headlines.add(st);
            }
        }
        if (!headlines.isEmpty()) {
            out.removeIf(p -> REPORTED.equals(p.sieve)
                    && headlines.stream().anyMatch(h -> h.ls <= p.ls && p.le <= h.le));
        }
    }

    /**
     * `Berg added that the board badly hopes to step back soon. "..."`: reported speech inside the reported
     * clause of an earlier statement of its sentence (which {@link #drop} removes) is no attribution the next quote
     * continues; the outer one stays the one to continue. Reads only the sentence's own statements, the last added.
     */
    static boolean insideEarlier(List<Stmt> out, Stmt st) {
        for (int k = out.size() - 1; k >= 0; k--) {
            Stmt o = out.get(k);
            if (o.sent < st.sent) {
                return false;
            }
            if (o != st && o.sent == st.sent && o.ls <= st.ls && st.le <= o.le && o.le - o.ls > st.le - st.ls) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names25, rule last-speaker-not-nested: the reported speech at {@code k} of {@code d.out} lies inside a
     * longer reported clause of its sentence (`Ida Marsh offered her thoughts on Tom Reyes's appeal among voters`), so
     * {@link #drop} will remove it; until then the outer statement (returned), not the inner one, is whom a `he` or
     * `she` after that sentence (before {@code before}) continues. Only an inner person or organisation against an
     * outer person named in full: an inner stray phrase (`a sharp retort on ...`) is no rival, a misread outer
     * statement (`One month after ..., Ida Marsh still believes`, `the retired surgeon ... he`) keeps the inner one,
     * and inside the same sentence the inner clause's subject is the nearer antecedent. Reads the statements near
     * {@code k}; else null.
     */
    static Stmt outerOf(Doc d, int k, int before) {
        List<Stmt> out = d.out;
        Stmt st = out.get(k);
        if (!REPORTED.equals(st.sieve) || st.sp.kind() == SpeakerKind.GROUP || st.sent < 0
                || st.sent >= d.sentEnd.length || d.toks.get(d.sentEnd[st.sent]).e > before) {
            return null;
        }
        for (int j = Math.max(0, k - 8); j < Math.min(out.size(), k + 9); j++) {
            Stmt o = out.get(j);
            if (j != k && REPORTED.equals(o.sieve) && o.sent == st.sent && o.ls <= st.ls && st.le <= o.le
                    && o.le - o.ls > st.le - st.ls && o.sp != null && o.sp.kind() == SpeakerKind.PERSON
                    && o.sp.name() != null && fullName(o.sp.name())) {
                return o;
            }
        }
        return null;
    }

    /** `Ida Marsh`: two or more words, first and last capitalised (not `retired surgeon`, not a surname alone). */
    private static boolean fullName(String name) {
        int sp = name.lastIndexOf(' ');
        return sp > 0 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(sp + 1));
    }

    static void drop(List<Stmt> out) {
        Map<Integer, List<Stmt>> bySentence = new HashMap<>();
        for (Stmt st : out) {
            if (REPORTED.equals(st.sieve)) {
                bySentence.computeIfAbsent(st.sent, k -> new ArrayList<>()).add(st);
            }
        }
        List<Stmt> inner = new ArrayList<>();
        for (List<Stmt> sts : bySentence.values()) {
            for (Stmt p : sts) {
                for (Stmt o : sts) {
                    if (o != p && o.ls <= p.ls && p.le <= o.le && o.le - o.ls > p.le - p.ls) {
                        inner.add(p);
                        break;
                    }
                }
            }
        }
        if (!inner.isEmpty()) {
            Set<Stmt> gone = Collections.newSetFromMap(new IdentityHashMap<>());
            gone.addAll(inner);
            out.removeIf(gone::contains);
        }
    }
}
