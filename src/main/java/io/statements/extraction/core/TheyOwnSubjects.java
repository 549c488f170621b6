package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n75d, rule they-own-subject: a `they` inside its sentence, after that sentence's subject, stands for that
 * subject when it can be a `they` and was named after the last speaker: `The Dock Workers Union told the paper they
 * would appeal`, `Police and fire crews released a statement in which they said`, `Tom Reyes and Ida Berg held a
 * rally, striking a hopeful tone as they promised`, `The Holt family still receive threats, they said`. The subject
 * nearest the pronoun, in its own clause, is the antecedent a reader takes; the last speaker of an earlier sentence
 * (a court's head, another party's mayor) is not. {@link TheyPronouns} asked its own-sentence subject only when a
 * person spoke last; a body or group that spoke last won over the subject the pronoun's own sentence opens with.
 * <p>
 * The subject can be a `they` when it is an organisation (no place), people described in the plural, names or noun
 * phrases joined by `and`, or a collective noun for people (`family`, `police`, `crew`). Not a person by name, a
 * pronoun, a document or a place.
 */
final class TheyOwnSubjects {
    /** Singular nouns for a group of people that English takes up with `they`. */
    private static final Set<String> COLLECTIVES = Lexicon.words("""
            family families police crew crews couple staff team government management board council committee
            campaign party union jury panel band club parents relatives""");

    private final Doc d;
    private final SpeakerResolver resolver;
    private final GroupAntecedents groups;

    TheyOwnSubjects(Doc d, SpeakerResolver resolver, GroupAntecedents groups) {
        this.d = d;
        this.resolver = resolver;
        this.groups = groups;
    }

    /** The antecedent of `they` at [ms, me) in its own sentence's subject, named after {@code prev}; else null. */
    Speaker speaker(int ms, int me, String mention, Speaker prev) {
        if (d.clauses == null) {
            return null;
        }
        int p = d.tokenAt(ms);
        Tok pronoun = d.toks.get(p);
        int si = pronoun.sent, ss = d.sentStart[si];
        if (p < ss + 3 || pronoun.qrole != Tok.OUT || d.toks.get(p - 1).qrole != Tok.OUT) {
            return null; // opening its sentence, or right after a quote: the sentence before decides
        }
        int[] subj = d.clauses.sentenceSubject(ss, p - 1);
        if (subj == null || subj[1] >= p - 1 || subj[0] < ss) {
            return null;
        }
        for (int k = ss; k <= subj[1]; k++) {
            if (d.toks.get(k).qrole != Tok.OUT) {
                return null; // a quote before the pronoun: whose words they are is the quote rules' business
            }
        }
        if (prev != null && prev.ms() >= d.toks.get(ss).s
                && (prev.ms() < d.toks.get(subj[0]).s || prev.ms() >= d.toks.get(subj[1]).e)) {
            return null; // someone else spoke in the pronoun's own sentence: that frame decides
        }
        boolean afterComma = d.toks.get(p - 1).text.equals(",") && !breakBetween(subj[1] + 1, p - 2);
        if (afterComma && p + 2 <= d.sentEnd[si] && d.toks.get(p + 2).text.equals(",")) {
            return null; // `The union's early gains, they said, could be lost`: the subject is of the words reported
        }
        int joinedEnd = joinedEnd(subj, p - 1);
        if (otherPeopleBetween(Math.max(subj[1], joinedEnd) + 1, p - 1)) {
            return null; // `the managers hired the workers they trusted`: a nearer plural may be meant
        }
        Speaker found = null;
        Tok head = d.toks.get(d.subjects.headOf(subj));
        if (joinedEnd >= 0) {
            String joined = d.s.substring(d.toks.get(subj[0]).s, d.toks.get(joinedEnd).e);
            found = new Speaker(ms, me, mention, joined, SpeakerKind.GROUP, null);
        } else if (head.type == Tok.WORD && !Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            String group = groups.described(subj, p - 1);
            found = group != null ? new Speaker(ms, me, mention, group, SpeakerKind.GROUP, null) : body(subj, head);
        }
        if (found == null || afterComma && found.kind() != SpeakerKind.GROUP
                || prev != null && prev.name() != null && lastWord(prev.name()).equals(lastWord(found.name()))) {
            return null; // `Two defence officials told ... The officials ... they`: the fuller form that spoke stays
        }
        return new Speaker(ms, me, mention, found.name(), found.kind(), null);
    }

    /** An organisation or a collective noun for people as the subject [subj] with its head; else null. */
    private Speaker body(int[] subj, Tok head) {
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.name() == null || Lexicon.isRegion(sp.name())
                || Lexicon.PLACES.contains(Lexicon.lower(sp.name()))
                || !head.cap && !lastWord(sp.name()).equals(head.low)) {
            return null; // `Russia's military successes`: the resolver's name must keep the subject's head
        }
        if (sp.kind() == SpeakerKind.ORGANIZATION) {
            return sp;
        }
        return !head.cap && COLLECTIVES.contains(head.low)
                ? new Speaker(sp.ms(), sp.me(), sp.mention(), sp.name(), SpeakerKind.GROUP, null) : null;
    }

    /** A plural noun for people between tokens [from, to] (`workers`, `employees`), outside quotes. */
    private boolean otherPeopleBetween(int from, int to) {
        for (int k = from; k <= to; k++) {
            Tok t = d.toks.get(k);
            if (t.type == Tok.WORD && !t.cap && plural(t.low) && CommonHeads.personWord(t.low)) {
                return true;
            }
        }
        return false;
    }

    /** A dash, colon or semicolon between tokens [from, to]: a clause of its own ends before the pronoun's cue. */
    private boolean breakBetween(int from, int to) {
        for (int k = from; k <= to; k++) {
            String t = d.toks.get(k).text;
            if (t.equals(";") || t.equals(":") || t.equals("\u2014") || t.equals("\u2013") || t.equals("-")
                    || t.equals("--")) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String name) {
        String low = Lexicon.lower(name.trim());
        return low.substring(low.lastIndexOf(' ') + 1);
    }

    /**
     * `Tom Reyes and Ida Berg`, `Police and fire crews`: the last token of what `and` joins to the subject, up to
     * the verb; -1 when no `and` follows the subject or the words after it run into a clause.
     */
    private int joinedEnd(int[] subj, int limit) {
        int and = subj[1] + 1;
        if (and + 1 > limit || !d.toks.get(and).low.equals("and")) {
            return -1;
        }
        int end = -1;
        for (int k = and + 1; k <= limit && k - and <= 4; k++) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT || Lexicon.CLAUSE_WORDS.contains(t.low)
                    || Lexicon.PREPOSITIONS.contains(t.low) || Lexicon.SUBJECT_PRONOUNS.contains(t.low)
                    || end >= 0 && !t.cap && !plural(t.low) && !COLLECTIVES.contains(t.low)) {
                break; // the verb after the joined nouns, or a clause
            }
            if (t.cap || plural(t.low) || COLLECTIVES.contains(t.low)) {
                end = t.cap && end >= 0 && !d.toks.get(end).cap ? end : k;
            }
        }
        if (end < 0) {
            return -1;
        }
        Tok first = d.toks.get(subj[1]), last = d.toks.get(end);
        boolean names = first.cap && last.cap;
        boolean groups = !last.cap && (plural(last.low) || COLLECTIVES.contains(last.low))
                && (first.cap || plural(first.low) || COLLECTIVES.contains(first.low));
        return names || groups ? end : -1;
    }

    /** A plural noun by its form (`crews`, `forces`), not a verb of saying in -s. */
    private static boolean plural(String low) {
        return low.length() > 3 && low.endsWith("s") && !low.endsWith("ss") && !low.endsWith("us")
                && !Lexicon.ATTRIBUTING_VERBS.contains(low);
    }
}
