package io.statements.extraction.core;

/** A one-word mention that is a pronoun, in any of the forms news writing gives a speaker pronoun. */
final class PronounMentions {

    private PronounMentions() {
    }

    /** The speaker a pronoun mention at token p stands for, or null when the token is no speaker pronoun. */
    static Speaker resolve(Doc d, PronounResolver pronouns, int p, int ms, int me, String mention) {
        Tok head = d.toks.get(p);
        if (Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            String author = InWhichPronouns.author(d, p); // names42: `a statement by X in which he said`
            return author != null ? new Speaker(ms, me, mention, author, SpeakerKind.PERSON, null)
                    : pronouns.resolve(head.low, ms, me, mention);
        }
        String object = Words.accordingToPronoun(d.toks, p);
        object = object != null ? object : QuotedAsSaying.objectPronoun(d.toks, p); // n53c: `reported him as saying`
        if (object != null) {
            return pronouns.resolve(object, ms, me, mention); // names36: `According to him, "..."`: he said it
        }
        String contracted = Words.contractedPronoun(head.low);
        if (contracted != null) {
            return pronouns.resolve(contracted, ms, me, mention); // `he'd asked`: the pronoun, never a name `he'd`
        }
        return null;
    }
}
