package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n67f, rule headline-cue-subject: `Ex-minister jailed, judge says both sides sought 'plainly inadequate'
 * terms`: a headline quote inside the clause of the headline's own verb of saying is the words of that verb's subject,
 * also when no body sentence repeats them (the body paraphrases, or quotes other words of the same speaker). The
 * subject is the noun phrase between the clause's start (the headline's start, a comma, colon, semicolon or dash) and
 * the verb, at most four words; it must resolve to a person or an organisation whose name the body writes in full
 * (`judge` to the `presiding judge Mara Quill` of the body). Not a subject that names no one the body names (`Critics
 * say ...`, a title nobody holds in the text), nor a verb far from its subject.
 */
final class HeadlineCueSubjects {

    /** Most words between the clause's start and the headline's verb. */
    private static final int MAX_SUBJECT = 4;

    private HeadlineCueSubjects() {
    }

    /** The speaker of the headline quote q whose headline [a, b] has the verb of saying at cue before it, or null. */
    static Speaker speaker(Doc d, Quote q, int a, int b, int cue) {
        List<Tok> toks = d.toks;
        if (cue <= a || cue >= q.open || !Lexicon.SPEECH.contains(toks.get(cue).low)) {
            return null; // a finite verb of saying (`says`, `tells`, `slams`), not a weak cue (`calls`, `finds`)
        }
        int f = cue - 1;
        while (f - 1 >= a && toks.get(f - 1).type == WORD && toks.get(f - 1).qrole == OUT && cue - f < MAX_SUBJECT) {
            f--;
        }
        if (f > a && !(toks.get(f - 1).type == PUNCT && ",:;-\u2013\u2014|".contains(toks.get(f - 1).text))) {
            return null; // the clause runs on before: the verb's subject is not these words alone
        }
        for (int s = f; s < cue; s++) {
            if (toks.get(s).type != WORD || toks.get(s).qrole != OUT) {
                return null;
            }
        }
        for (int s = f; s < cue; s++) { // `Top judge`: the longest run that resolves, its first words may describe
            Speaker sp = d.resolver.resolve(s, cue - 1);
            if (sp != null && sp.name() != null && sp.name().contains(" ") && (sp.kind() == SpeakerKind.PERSON
                    || sp.kind() == SpeakerKind.ORGANIZATION) && d.s.indexOf(sp.name(), toks.get(b).e) >= 0) {
                return new Speaker(sp.ms(), sp.me(), sp.mention(), sp.name(), sp.kind(), null);
            }
        }
        return null;
    }
}
