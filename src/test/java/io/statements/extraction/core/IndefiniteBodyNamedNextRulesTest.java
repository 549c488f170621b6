package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66b, rule indefinite-body-named-next ({@link LaterNamedBodies}): `..., a union has said.` then `The RMW
 * union, which ...`: the lede's indefinite body is the one the next sentence names with that noun; not when only a
 * later sentence names one. Invented text.
 */
class IndefiniteBodyNamedNextRulesTest {

    @Test
    void aUnionIsTheUnionTheNextSentenceNames() {
        String text = "Kessmart will close most of its shops \"within the next fortnight\", a union said on Sunday after "
                + "meeting the chain's administrators.\n\n"
                + "The RMW union, with 2,000 members at the chain, added that managers had warned of job cuts to come.";
        assertEquals("RMW", with(text, "within the next fortnight").speakerName());
    }

    @Test
    void aUnionNamedOnlyLaterStaysAUnion() {
        String text = "Kessmart will close most of its shops \"within the next fortnight\", a union said on Sunday after "
                + "meeting the chain's administrators.\n\n"
                + "The chain has 400 stores across the north.\n\n"
                + "The RMW union, with 2,000 members at the chain, added that managers had warned of job cuts to come.";
        assertEquals("union", with(text, "within the next fortnight").speakerName());
    }
}
