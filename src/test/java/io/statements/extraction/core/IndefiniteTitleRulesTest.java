package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names16: `a spokesman said` introduces someone new, not the spokesman the article named before (was Dennis
 * Thering, `Their spokesman, Dennis Thering,` two paragraphs up); unless its own or the next sentence names that holder
 * (`A federal judge ordered ... U.S. District Judge Gonzalo Reyes wrote`). Invented text.
 */
class IndefiniteTitleRulesTest {

    private static final String TEXT = "Barrier delayed\n\n"
            + "The opposition called the delay \"a scandal.\" Their spokesman, Dennis Thering, said the city had \"lost"
            + " control of the project.\"\n\n"
            + "The army said it had sandbags ready. \"We can move within hours,\" a spokesman said.\n\n"
            + "A federal judge said the contracts were \"void from the start.\" U.S. District Judge Gonzalo Reyes wrote"
            + " that the city had ignored the law.";

    @Test
    void anIndefiniteTitleIsSomeoneNew() {
        assertEquals("spokesman", with(TEXT, "move within hours").speakerName());
    }

    @Test
    void unlessTheNextSentenceNamesTheHolder() {
        assertEquals("Gonzalo Reyes", with(TEXT, "void from the start").speakerName());
    }
}
