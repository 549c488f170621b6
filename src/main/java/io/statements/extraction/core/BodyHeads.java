package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Session n65e, rule body-head-same-body: `the EPC chief`, `the commission head`, `the union boss` is the one person
 * the article put at the head of that body, whichever word it used for the post then: `Ravi Nandan, chairman of the
 * Eastland Ports Commission (EPC)`, `Ports Commission chairman Ivo Peel`, `Ravi Nandan, who heads the commission`.
 * A newsroom calls a body's chairman, chair, president or head its `chief` or `boss` in the next sentence, so the head
 * noun alone finds no one; the body does. Every word of the mention between `the` and the head must be a word (or the
 * initials) of the body the person heads; two people so placed: nobody.
 */
final class BodyHeads {
    private final Doc d;
    /** The answer per mention's words (`epc chief`): the same words mean the same head anywhere in one text. */
    private final java.util.Map<String, String> answered = new java.util.HashMap<>();

    BodyHeads(Doc d) {
        this.d = d;
    }

    /** Nouns for the person at the head of a body. */
    private static final Set<String> HEADS = Lexicon.words("chief head boss chairman chairwoman chairperson chair president");
    /** Verbs after `who` that make the person head of the body that follows. */
    private static final Set<String> HEADING = Lexicon.words("heads chairs leads");

    /** The one person the text put at the head of the body the mention [a, end] names, or null. */
    String holder(int a, int end) {
        List<Tok> toks = d.toks;
        if (end == a + 1 && end + 3 < toks.size() && toks.get(end + 1).low.equals("of") && HEADS.contains(toks.get(end).low)
                && toks.get(a).low.equals("the")) {
            return ofBody(a, end); // `The president` cut before its `of ... (IRF)` (a subject before its quote)
        }
        if (end - a < 2 || end - a > 5 || !HEADS.contains(toks.get(end).low) || !toks.get(a).low.equals("the")) {
            return null; // `the` + the body's words + the head noun only
        }
        StringBuilder key = new StringBuilder();
        for (int k = a + 1; k <= end; k++) {
            if (toks.get(k).type != Tok.WORD || k < end && RoleWords.isRole(toks.get(k))) {
                return null;
            }
            key.append(toks.get(k).low).append(' ');
        }
        return answered.computeIfAbsent(key.toString(), w -> head(a, end));
    }

    /**
     * Session n67d, rule lead-head-of-body: `The president of the island's rowing federation (IRF) was "..."` opens a
     * story that names the person only later with the body's initials or name (`IRF chief Ana Voss`): the body after
     * `of` is the mention's, as `the IRF chief` would be. Only the initials in brackets right after the body, else
     * its capitalised words after `of the`; null when the text put nobody, or two people, at the head of it.
     */
    private String ofBody(int a, int end) {
        List<Tok> toks = d.toks;
        int j = end + 2, k = j;
        while (k < toks.size() && k - j < 7 && toks.get(k).type == Tok.WORD && toks.get(k).sent == toks.get(end).sent) {
            k++;
        }
        boolean bracket = k + 2 < toks.size() && toks.get(k).text.equals("(") && toks.get(k + 2).text.equals(")")
                && Words.isAcronym(toks.get(k + 1).text);
        int from = bracket ? k + 1 : toks.get(j).low.equals("the") ? j + 1 : j, to = bracket ? k + 2 : from;
        while (!bracket && to < k && toks.get(to).cap && !Words.endsWithPossessive(toks.get(to))) {
            to++;
        }
        if (to - from < 1 || !bracket && (to - from < 2 || to != k)) {
            return null; // no initials, no name of two words closing the phrase: no body to match
        }
        int f = from, t = to;
        return answered.computeIfAbsent("of " + f + " " + t, w -> head(f, t, a, end));
    }

    /** {@link #holder}, read from the whole text. */
    private String head(int a, int end) {
        return head(a + 1, end, a, end);
    }

    /** The one person put at the head of a body whose words hold every word in [from, to); the mention [a, end] skipped. */
    private String head(int from, int to, int a, int end) {
        List<Tok> toks = d.toks;
        String found = null;
        int headline = TitlePhrases.headlineEnd(toks);
        for (int i = headline; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean verb = HEADING.contains(t.low) && i >= 2 && toks.get(i - 1).low.equals("who");
            if (!verb && !HEADS.contains(t.low) || t.qrole != Tok.OUT || i >= a && i <= end) {
                continue;
            }
            String person = d.titles.personAt(i + 1); // `Ports Commission chairman Ivo Peel`
            Set<String> body = new HashSet<>();
            if (person == null) { // `Ravi Nandan, chairman of the commission`, `Ravi Nandan, who heads the commission`
                int comma = verb ? i - 2 : toks.get(i - 1).low.equals("the") ? i - 2 : i - 1;
                person = comma > 0 && toks.get(comma).text.equals(",") ? nameEndingAt(comma - 1) : null;
                bodyAfter(toks, i + 1, body);
            }
            bodyBefore(toks, i, body);
            if (person == null || !names(toks, from, to, body)) {
                continue;
            }
            if (found != null && !found.equals(person)) {
                return null; // two heads of bodies with those words
            }
            found = person;
        }
        return found;
    }

    /** Whether every word in [from, to) is a word of the body, or its initials. */
    private static boolean names(List<Tok> toks, int from, int to, Set<String> body) {
        for (int k = from; k < to; k++) {
            if (!body.contains(Lexicon.lower(Words.stripPossessive(toks.get(k).text)))) {
                return false;
            }
        }
        return !body.isEmpty();
    }

    /** `of the Eastland Ports Commission (EPC)`, `EPC`: the body's words after the head, with their initials. */
    private static void bodyAfter(List<Tok> toks, int j, Set<String> body) {
        if (j < toks.size() && (toks.get(j).low.equals("of") || toks.get(j).low.equals("at"))) {
            j++;
        }
        if (j < toks.size() && toks.get(j).low.equals("the")) {
            j++;
        }
        StringBuilder initials = new StringBuilder();
        for (int k = j; k < toks.size() && k - j < 6 && toks.get(k).type == Tok.WORD && toks.get(k).cap; k++) {
            body.add(toks.get(k).low);
            initials.append(toks.get(k).low.charAt(0));
            j = k + 1;
        }
        body.add(initials.toString());
        if (j + 2 < toks.size() && toks.get(j).text.equals("(") && toks.get(j + 2).text.equals(")")) {
            body.add(toks.get(j + 1).low); // `(EPC)`
        }
    }

    /** `Ports Commission chairman`, `commission chief`: up to three capitalised or kind words right before the head. */
    private static void bodyBefore(List<Tok> toks, int i, Set<String> body) {
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            Tok w = toks.get(k);
            String low = Lexicon.lower(Words.stripPossessive(w.text));
            if (w.type != Tok.WORD || w.sent != toks.get(i).sent || RoleWords.isRole(w)
                    || !w.cap && !OrganisationKinds.isKind(low) && !Lexicon.ORG_NOUNS.contains(low)) {
                return;
            }
            body.add(low);
        }
    }

    /** The full name of a person whose capitalised run ends at token e, or null. */
    private String nameEndingAt(int e) {
        int s = e;
        while (s - 1 >= 0 && e - s < 3 && d.toks.get(s - 1).type == Tok.WORD && d.toks.get(s - 1).cap) {
            s--;
        }
        for (; s <= e; s++) {
            Name nm = d.toks.get(e).cap ? d.names.classify(s, e) : null;
            if (nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null && nm.canonical.contains(" ")) {
                return nm.canonical;
            }
        }
        return null;
    }
}
