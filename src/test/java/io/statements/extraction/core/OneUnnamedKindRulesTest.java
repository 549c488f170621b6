package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49d, rule one-unnamed-kind (`AgeDescriptions.unresolvedKind`): one person the text never names (`a man who
 * had driven from Pellham said`, `the relative said`) is an unnamed source, kind ANONYMOUS as `a spokesperson` is, with
 * the lower-case description as its name (the API's fallback for a speaker nobody names); it was a GROUP. People in
 * the plural stay a group, and `the party said` after `The Harbour Party` stays the party. Invented text.
 */
class OneUnnamedKindRulesTest {

    private static final String TEXT = "Crowd outside court\n\n"
            + "\"He gave this town its only song anyone knows,\" a man who had driven from Pellham said.\n\n"
            + "A family member of one passenger said the families had waited weeks. \"Nobody has called us once,\" the"
            + " relative said.\n\n"
            + "Fans said the hearing was \"long overdue.\"\n\n"
            + "The Harbour Party said it would not take part. \"Our voters did not elect us for this,\" the party said.";

    @Test
    void aManWhoIsOneUnnamedPerson() {
        ExtractedStatement s = with(TEXT, "its only song");
        assertEquals("man", s.speakerName());
        assertEquals(SpeakerKind.ANONYMOUS, s.speakerKind());
    }

    @Test
    void theRelativeToo() {
        assertEquals(SpeakerKind.ANONYMOUS, with(TEXT, "Nobody has called us").speakerKind());
    }

    @Test
    void peopleInThePluralStayAGroup() {
        assertEquals(SpeakerKind.GROUP, with(TEXT, "long overdue").speakerKind());
    }

    @Test
    void theNamedPartyStays() {
        ExtractedStatement s = with(TEXT, "Our voters did not elect");
        assertEquals("Harbour Party", s.speakerName());
        assertEquals(SpeakerKind.ORGANIZATION, s.speakerKind());
    }
}
