package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66a, rule weighed-evidence-is-the-courts: in a report of a judgment, `The woman's deposition "gave a
 * credible impression,"`, `the victim's testimony "was consistent,"` quote the court's assessment of a piece of
 * evidence, not the witness: the witness is the document's subject, described by a possessive person noun, and the
 * words in quotation marks are the court's, whose statement came just before. So when a described person's
 * deposition, testimony or evidence is the subject and the last statement before it, in the same or the previous
 * paragraph, was a court's (a name holding `Court` or `Tribunal`), the quote is that court's. A named witness's
 * testimony (`Holt's testimony`), or one quoted with no court speaking just before, is left to the other rules.
 */
final class WeighedEvidence {
    /** What a court weighs: evidence given by a witness (not `statement`, which a person issues in their own name). */
    private static final Set<String> EVIDENCE = Lexicon.words("deposition depositions testimony testimonies evidence");

    private WeighedEvidence() {
    }

    /** The court whose assessment of the evidence [a, end] quotes, as a speaker; else null. */
    static Speaker court(Doc d, SpeakerResolver resolver, int a, int end, int ms, int me, String mention) {
        List<Tok> toks = d.toks;
        Tok head = toks.get(end);
        if (end == a || head.cap || !EVIDENCE.contains(head.low)) {
            return null; // the quick rejection: the head is an evidence noun
        }
        Tok owner = toks.get(end - 1);
        if (owner.cap || owner.type != Tok.WORD || !Words.endsWithPossessive(owner)
                || !witness(Words.lowStripped(owner))) {
            return null; // `the woman's deposition`, not `Holt's testimony` nor `the court's evidence`
        }
        Speaker last = LastSpeakers.before(d, ms);
        if (last == null || last.name() == null || last.ms() >= ms || !courtName(last.name())
                || head.para - toks.get(d.tokenAt(last.ms())).para > 1) {
            return null;
        }
        return new Speaker(ms, me, mention, last.name(), last.kind(), null);
    }

    /** People whose evidence a court weighs: a plain person or kin noun, a role, or a party to the case. */
    private static final Set<String> PARTIES = Lexicon.words("""
            victim victims witness witnesses complainant complainants accused defendant defendants plaintiff""");

    private static boolean witness(String low) {
        return PARTIES.contains(low) || PersonHeadNouns.plain(low) || CommonHeads.personWord(low);
    }

    private static boolean courtName(String name) {
        return name.startsWith("Court ") || name.contains(" Court") || name.contains("Tribunal");
    }
}
