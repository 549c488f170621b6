package io.statements.extraction.core;

import java.util.List;

/**
 * Session n74a, rule he-reporting-source: centering on the one who speaks. When the sentence before a `he`/`she`
 * that opens its sentence reports what a person named in full said, that person is the pronoun's antecedent, not the
 * people the report itself names, who are what was said about (the accused, the victim, a rival):
 * <ul>
 * <li>`Earlier, Chief Justice Ida Marsh said the panel agreed that Tom Rell, who accused Ed Vane, was truthful. He
 * added: "..."`: the subject of the sentence's first speech verb (a past form or `says`/`tells`), unless it asks
 * (`Lee asked Ida Marsh whether ... "...," she said` is the answer of the one asked);</li>
 * <li>`According to Prime Minister Ed Vane, gunmen attacked Tom Rell's home. He described ...`: the source named
 * by the sentence's opening `According to`;</li>
 * <li>`The firm was accused of "greed" by union leader Ana Holt. She wants ...`: the agent that closes a
 * sentence with a quoted word in it, after `by` (the quote's source).</li>
 * </ul>
 * Only when that person was named after the last speaker, or the last speaker stands inside the report itself (a
 * nested `the panel agreed`), and the pronoun may agree with the person (gender unknown or the same).
 */
final class ReportingSourceSalience {
    private ReportingSourceSalience() {
    }

    static Speaker speaker(Doc d, SpeakerResolver resolver, Speaker prev, int ms, int me, String mention, char want) {
        int before = d.clauses == null ? -1 : RelativeSubjectSalience.sentenceBefore(d, ms);
        if (before < 0) {
            return null;
        }
        int ss = d.sentStart[before], se = d.sentEnd[before];
        Speaker source = source(d, resolver, ss, se);
        if (source == null || source.name() == null || source.kind() != SpeakerKind.PERSON
                || !source.name().contains(" ") || PersonAntecedents.nonPerson(source.name())
                || BodyEvidenceNames.body(d, source.name()) || d.genders.conflicts(source.name(), want)) {
            return null;
        }
        if (prev != null && prev.ms() > source.ms() && !inside(d, prev, ss, se)) {
            return null; // someone spoke after the source was named, outside the report
        }
        return new Speaker(ms, me, mention, source.name(), SpeakerKind.PERSON, null);
    }

    /** Verbs of asking: their subject asks, and a pronoun after it is the answer of the one asked. */
    private static final java.util.Set<String> ASKING = Lexicon.words("""
            asked asks questioned pressed quizzed interviewed challenged""");

    /** The last speaker stands inside sentence [ss, se] (a clause of the report). */
    private static boolean inside(Doc d, Speaker prev, int ss, int se) {
        return prev.ms() >= d.toks.get(ss).s && prev.ms() < d.toks.get(se).e;
    }

    /** The person whose words sentence [ss, se] reports: by `According to`, a speech verb's subject or `by`. */
    private static Speaker source(Doc d, SpeakerResolver resolver, int ss, int se) {
        List<Tok> toks = d.toks;
        if (se - ss > 3 && toks.get(ss).low.equals("according") && toks.get(ss + 1).low.equals("to")) {
            for (int k = ss + 2; k <= se && k - ss < 12; k++) {
                if (toks.get(k).text.equals(",")) {
                    return nameEndingAt(d, resolver, k - 1, ss + 2);
                }
            }
            return null;
        }
        boolean quoted = false;
        for (int k = ss + 1; k <= se; k++) {
            Tok t = toks.get(k);
            if (t.qrole != Tok.OUT) {
                quoted = true;
                continue;
            }
            if (t.type == Tok.WORD && !t.cap && Lexicon.isUnambiguousSpeechVerb(t)) {
                if (ASKING.contains(t.low)) {
                    return null; // `Lund asked Ortiz how long ...`: the one asked answers, not the asker
                }
                int b = toks.get(k - 1).low.endsWith("ly") && k - 2 >= ss ? k - 2 : k - 1; // `Marsh flatly said`
                Speaker subject = quoted ? null : nameEndingAt(d, resolver, b, ss);
                if (subject != null) {
                    return subject;
                }
                break; // `X was accused of "..." by Y`: the agent below
            }
        }
        // `... accused of "greed" by union leader Ana Holt.`: the agent closing a sentence with a quote in it
        if (se - 2 > ss && Words.isTerminal(toks.get(se)) && quoteIn(toks, ss, se)) {
            int b = se - 1, a = b;
            while (a - 1 > ss && b - a < 6 && toks.get(a - 1).type == Tok.WORD && toks.get(a - 1).qrole == Tok.OUT
                    && !toks.get(a - 1).low.equals("by") && !Lexicon.DETERMINERS.contains(toks.get(a - 1).low)) {
                a--; // `by Forge union general secretary Ana Holt`: the agent's titles and body
            }
            if (a - 1 > ss && toks.get(a - 1).low.equals("by") && a < b) {
                return nameEndingAt(d, resolver, b, a);
            }
        }
        return null;
    }

    private static boolean quoteIn(List<Tok> toks, int ss, int se) {
        for (int k = ss; k <= se; k++) {
            if (toks.get(k).qrole != Tok.OUT) {
                return true;
            }
        }
        return false;
    }

    /** The person named by the capitalised run that ends at token b (not before {@code from}); else null. */
    private static Speaker nameEndingAt(Doc d, SpeakerResolver resolver, int b, int from) {
        List<Tok> toks = d.toks;
        Tok last = toks.get(b);
        if (b < from || last.type != Tok.WORD || !last.cap || last.qrole != Tok.OUT || Words.endsWithPossessive(last)) {
            return null;
        }
        int a = b;
        while (a - 1 >= from && toks.get(a - 1).type == Tok.WORD && toks.get(a - 1).cap
                && !Words.endsWithPossessive(toks.get(a - 1))) {
            a--;
        }
        if (a == b && Lexicon.SUBJECT_PRONOUNS.contains(last.low)
                || a > from && Lexicon.PREPOSITIONS.contains(toks.get(a - 1).low)) {
            return null; // `the Member of Parliament for Kestrel Bay said`: a place in the subject, no name
        }
        return resolver.resolve(a, b);
    }
}
