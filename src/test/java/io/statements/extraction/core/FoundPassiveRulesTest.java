package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n51b, rule found-passive ({@link ReportedPassives#foundPassive}): `X was found hiding ...`, `the law was
 * later found unlawful` state what was found, so X is no speaker and no last speaker for the next `he said`; near
 * misses: an active `X found that ...` and a passive with its agent (`was found by auditors`) stay statements.
 */
class FoundPassiveRulesTest {

    @Test
    void aPersonFoundHidingIsNoSpeakerForTheNextHe() {
        String text = "Premier rejects claims over fugitive\n\n"
                + "Premier Elda Moravec rejected the criticism on Monday. \"I trust our generals,\" Moravec said.\n\n"
                + "The fact that the smuggler Ivo Drasko was found hiding in a farmhouse near Pelun has led to claims "
                + "that the police were careless.\n\n"
                + "\"We will find out how he stayed there so long,\" he said.";
        assertEquals("Elda Moravec", with(text, "We will find out").speakerName());
        assertTrue(Extracted.all(text).stream().noneMatch(s -> s.text().contains("hiding in a farmhouse")));
    }

    @Test
    void aLawFoundUnlawfulIsNoStatement() {
        String text = "Court strikes down ballot law\n\n"
                + "The ballot law of Versia was later found unlawful by a vote of nine to six.";
        assertTrue(Extracted.all(text).stream().noneMatch(s -> "Versia".equals(s.speakerName())
                || s.speakerName() != null && s.speakerName().contains("ballot law")));
    }

    @Test
    void anActiveFindingAndAnAgentStayStatements() {
        assertEquals("Tove Arkin", with("Audit of the harbour fund\n\n"
                + "Tove Arkin, the state auditor, found that the fund had lost a third of its value.", "lost a third").speakerName());
        String text = "Audit of the harbour fund\n\n"
                + "The shortfall was found by auditors at Kessel Partners to be larger than the board had said.";
        assertTrue(Extracted.all(text).stream().anyMatch(s -> s.text().contains("larger than the board")));
    }
}
