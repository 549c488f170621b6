package io.statements.extraction.core;

/**
 * A capitalised head or an acronym ({@link SpeakerResolver}): the name its last capitalised run classifies as
 * (`Netanyahu's office`; n60a: `The Court said` is the Court the text named; n68a: `Police said` the qualified
 * one), else the words as a person.
 */
final class CapitalisedHeads {
    private final Doc d;
    private final SpeakerResolver resolver;

    CapitalisedHeads(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.resolver = resolver;
    }

    /** Whether the phrase's head {@code last} is capitalised or an acronym. */
    static boolean applies(Tok last) {
        return last.cap || Words.isAcronym(Words.stripPossessive(last.text));
    }

    /** The speaker of the phrase [a, end] with a capitalised head; never null. */
    Speaker speaker(int a, int end, int ms, int me, String mention) {
        int[] run = d.names.lastCapRun(a, end);
        if (run != null) {
            // a possessive run followed by a noun: "Netanyahu's office"
            Name nm = d.names.classify(run[0], run[1]);
            if (nm != null) { // n60a: `The Court said` is the Court the text named; n68a: `Police said`
                Speaker name = new Speaker(ms, me, mention, nm.canonical, nm.kind, null);
                return PlaceQualifiedBodies.headed(d, a, end, name);
            }
        }
        Speaker words = new Speaker(ms, me, mention, resolver.cleanCommon(a, end), SpeakerKind.PERSON, null);
        return PlaceQualifiedBodies.headed(d, a, end, words);
    }
}
