package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule quotative-frame (session n68e): a quote that opens its sentence and closes on a comma (or `?`, `!`), followed
 * in the same sentence only by a named person and one finite verb, is that person's, whatever the verb: `"...,"
 * Judge Ana Ruiz boomed.`, `"...," claims Tomas Berg, a former mayor of Dunmore.` In English the frame itself marks
 * the attribution (quotative inversion, a manner verb used as a verb of saying), so the verb need not be in the
 * cue lexicon; the trailing-cue sieve left these because the verb (`boomed`, `cries`) or its present tense
 * (`claims`) is not a cue there, and the quote went to `nearby-speaker` without a speaker. Only a proper name:
 * an unknown voice (`cries a resident`, `a relative told`) stays unnamed, and a lower-case word after the verb
 * (`reads the banner`) is no person.
 */
final class QuotativeFrames {
    /** Finite forms in -s or -ed that are no verb of saying: copulas and auxiliaries ending the frame. */
    private static final Set<String> NOT_QUOTATIVE = Lexicon.words(
            "is was has does goes seems appears remains stands lives works needs used added");
    private static final int MAX_SUBJECT = 8;
    /** n72e: past forms without -ed that open or frame speech: `"...," Ana Ruiz began.` */
    private static final Set<String> IRREGULAR_QUOTATIVES = Lexicon.words("began");
    /** Prepositions opening a place, time or audience after the verb: `boomed at the lawyers`, `fumed on Monday`. */
    private static final Set<String> ADJUNCT_OPENERS = Lexicon.words(
            "at to in on during from after before outside inside as");

    private QuotativeFrames() {
    }

    /** The named person the frame after the quote gives, with its verb as [verb token], or null. */
    static Framed after(Doc d, QuoteCandidate c) {
        List<Tok> toks = d.toks;
        if (!c.startsSentence || !c.endsComma || c.q.close < 0) {
            return null;
        }
        int k = c.q.close + 1;
        int end = c.cse; // the sentence's last token
        if (k <= end && toks.get(k).text.equals(",")) {
            k++;
        }
        if (k >= end || toks.get(k).para != toks.get(c.q.close).para) {
            return null;
        }
        Tok first = toks.get(k);
        if (first.type == WORD && !first.cap && quotativeForm(first)) {
            // inverted: `claims Tomas Berg, former mayor of Dunmore.`: the name up to a comma or the end
            int b = titleBeforeName(toks, k + 1, end); // n73d: `stressed the chief officer of X, Nina Serra.`
            if (b < 0) {
                return null;
            }
            int a = b;
            while (b <= end && b - a < MAX_SUBJECT && toks.get(b).type == WORD
                    && (toks.get(b).cap || toks.get(b).dotted)) {
                b++;
            }
            if (b == a || b > end || !(toks.get(b).text.equals(",") || b == end && Words.isTerminal(toks.get(b)))) {
                return null;
            }
            return named(d, a, b - 1, k);
        }
        // subject then verb ending the sentence, or only a place or time after it: `Judge Ana Ruiz boomed.`,
        // `Ana Ruiz fumed outside the court.`
        if (!Words.isTerminal(toks.get(end)) || !first.cap) {
            return null;
        }
        int v = k;
        while (v < end && v - k <= MAX_SUBJECT && toks.get(v).type == WORD && toks.get(v).qrole == OUT
                && (toks.get(v).cap || toks.get(v).dotted || Words.NAME_PARTICLES.contains(toks.get(v).low))) {
            v++;
        }
        Tok verb = toks.get(v);
        if (v == k || v >= end || verb.type != WORD || verb.cap || !quotativeForm(verb) || !adjunctOnly(toks, v + 1, end)) {
            return null;
        }
        return named(d, k, v - 1, v);
    }

    /**
     * Where the name starts after an inverted verb: right after it, or (n73d) after a title opened by `the` and closed
     * by a comma (`highlighted the presiding counsellor of the Board, Nina Serra.`: the appositive names the title's
     * holder); -1 for a `the` phrase without such a comma.
     */
    private static int titleBeforeName(List<Tok> toks, int k, int end) {
        if (k > end || !toks.get(k).low.equals("the")) {
            return k;
        }
        for (int m = k + 1; m < end && m - k <= MAX_TITLE; m++) {
            Tok t = toks.get(m);
            if (t.text.equals(",")) {
                return m > k + 1 ? m + 1 : -1;
            }
            if (t.type != WORD || t.qrole != OUT) {
                return -1;
            }
        }
        return -1;
    }

    private static final int MAX_TITLE = 10;

    /**
     * Nothing, or a phrase opened by a preposition without quotation marks, from {@code a} to the full stop; n72e: or
     * a comma right after the verb, which closes the frame (`"...," Ana Ruiz began, but she soon ...`): what follows
     * is a clause of its own.
     */
    private static boolean adjunctOnly(List<Tok> toks, int a, int end) {
        if (a == end || a < end && toks.get(a).text.equals(",") && toks.get(a).qrole == OUT) {
            return true;
        }
        if (!ADJUNCT_OPENERS.contains(toks.get(a).low)) {
            return false;
        }
        for (int i = a; i < end; i++) {
            if (toks.get(i).qrole != OUT || toks.get(i).type == DQ || toks.get(i).type == SQ) {
                return false;
            }
        }
        return true;
    }

    private static Framed named(Doc d, int a, int b, int verb) {
        Speaker sp = d.resolver.resolve(a, b);
        if (sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null
                || !SpeakerNames.isName(sp.name(), SpeakerKind.PERSON) || !Character.isUpperCase(sp.name().charAt(0))) {
            return null;
        }
        return new Framed(sp, verb);
    }

    /** A lower-case finite verb form: `boomed`, `claims`, `cries`, not a copula or auxiliary. */
    private static boolean quotativeForm(Tok t) {
        String w = t.low;
        return w.length() >= 5 && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"))
                && !NOT_QUOTATIVE.contains(w) || IRREGULAR_QUOTATIVES.contains(w);
    }

    record Framed(Speaker speaker, int verb) {
    }
}
