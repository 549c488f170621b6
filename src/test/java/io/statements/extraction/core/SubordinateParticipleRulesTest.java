package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n52c, rule participle-after-subordinate-clause ({@link SubordinateParticiples}): `That came after the X
 * condemned Y, saying "..."` is X's: a participle after a comma hangs on the subordinate clause just before it when the
 * main clause's subject cannot speak; a main clause whose subject speaks keeps it.
 */
class SubordinateParticipleRulesTest {

    @Test
    void aDemonstrativeMainClauseLeavesTheParticipleToTheSubordinateSubject() {
        String text = "Bloc suspends Marovia\n\nGeneral Ivo Raskin said the constitution was suspended.\n\n"
                + "That came after the Lakeland Union condemned the takeover, saying it was \"a grave step backwards "
                + "for the region\".";
        assertEquals("Lakeland Union", with(text, "a grave step backwards").speakerName());
    }

    @Test
    void anEventSubjectLeavesTheParticipleToTheOneWhoInterrupted() {
        String text = "Minister heckled\n\nThe worst moment came during a town meeting in Orrin on Monday, when "
                + "Councillor Petra Lindqvist interrupted the minister, saying the tolls were \"a tax on the poor\".";
        assertEquals("Petra Lindqvist", with(text, "a tax on the poor").speakerName());
    }

    @Test
    void aMainClauseWhoseSubjectSpeaksKeepsIt() {
        String text = "Ferry firm trims routes\n\nCalder Ferries cut four routes on Monday after fuel prices rose, "
                + "warning that \"the winter timetable will be thinner still\".";
        assertEquals("Calder Ferries", with(text, "the winter timetable").speakerName());
    }

    @Test
    void aNamedMainSubjectKeepsTheParticipleOverACourt() {
        String text = "Minister quits\n\nTransport Minister Aldo Frenk resigned on Friday after the tribunal ruled "
                + "against him, saying he had been \"abandoned by my own colleagues\".";
        assertEquals("Aldo Frenk", with(text, "abandoned by my own").speakerName());
    }
}
