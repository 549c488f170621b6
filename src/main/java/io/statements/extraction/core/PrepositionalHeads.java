package io.statements.extraction.core;

/**
 * Mentions whose head a preposition ties to a name ({@link SpeakerResolver}): a document by its author (`a report
 * released Monday by the River Trust`), a person of a body (`Mr. Reyes of the Heron Trust`), an associate of
 * someone (`a top aide to Senator X`).
 */
final class PrepositionalHeads {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final MentionHeads heads;

    PrepositionalHeads(Doc d, SpeakerResolver resolver, MentionHeads heads) {
        this.d = d;
        this.resolver = resolver;
        this.heads = heads;
    }

    /** The speaker of the mention [a, b] its preposition decides; null when none does. */
    Speaker speaker(int a, int b, int ms, int me, String mention) {
        int byAuthor = heads.documentAuthor(a, b);
        if (byAuthor > 0) { // `a report released Monday by the River Trust`: the author's document
            Speaker by = resolver.resolve(byAuthor, heads.authorEnd(byAuthor, b));
            if (by != null && by.name() != null) {
                return new Speaker(ms, me, mention, by.name(), by.kind(), null);
            }
        }
        int of = heads.personBeforeOf(a, b);
        if (of > 0) { // `Mr. Reyes of the Heron Trust`: the person, not the trust
            Speaker person = resolver.resolve(a, of - 1);
            return new Speaker(ms, me, mention, person.name(), person.kind(), null);
        }
        int associate = heads.associatePreposition(a, b);
        if (associate > 0) { // `a top aide to Senator X`: the aide, who is not X
            // `the mayor of Eastbrook`: a title alone, never the town; not the last person called mayor, who may
            // hold the office somewhere else (`the president of Judicial Watch` is not the president named before);
            // but `said the attorney general of Oklahoma, Mike Hunter`: the name the mention's comma introduces
            // `..., Mike Hunter`; lead48: `... unit Lena Park`
            String named = heads.holderNamed(associate, b, d.titles);
            return new Speaker(ms, me, mention, named != null ? named : resolver.cleanCommon(a, associate - 1),
                    SpeakerKind.PERSON, null);
        }
        return null;
    }
}
