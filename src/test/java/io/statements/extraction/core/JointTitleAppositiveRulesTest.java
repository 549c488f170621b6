package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66d, rule joint-title-appositive ({@link JointAppositives}): a title phrase for two offices (`the mayor
 * and deputy mayor of the council`, `The mayor and the treasurer`) with two people named after its comma speaks as
 * the pair `A and B`; a single title before two names (a list of three) and an organisation's name with `and` in it
 * are left alone. Invented text.
 */
class JointTitleAppositiveRulesTest {

    private static final String LEADERS = "Council declares itself bankrupt\n\n"
            + "The town council of Harwick said on Tuesday it could not pay its debts.\n\n"
            + "The mayor and deputy mayor of the Green-run council, Tomas Reed and Ilse Varga, wrote in a joint "
            + "statement: \"Like towns across the region, Harwick faces a hard winter and we will act now.\"";

    private static final String MAYOR_TREASURER = "Books to be opened\n\n"
            + "The audit of Harwick ended on Monday.\n\n"
            + "The mayor and the treasurer, Paul Ortiz and Nina Loy, said the books would be opened to the public.";

    private static final String ONE_TITLE = "Books to be opened\n\n"
            + "The audit of Harwick ended on Monday.\n\n"
            + "The chairman, Paul Ortiz and Nina Loy said the books would be opened to the public.";

    private static final String ONE_NAME = "Books to be opened\n\n"
            + "The audit of Harwick ended on Monday.\n\n"
            + "The mayor and the treasurer met. The treasurer of the town, Nina Loy, said the books would be opened.";

    @Test
    void twoOfficesAndTwoNamesArePair() {
        assertEquals("Tomas Reed and Ilse Varga", with(LEADERS, "Harwick faces a hard winter").speakerName());
        assertEquals("Paul Ortiz and Nina Loy", with(MAYOR_TREASURER, "the books would be opened").speakerName());
    }

    @Test
    void aSingleTitleBeforeTwoNamesIsNoPair() {
        assertEquals("Paul Ortiz and Nina Loy", with(ONE_TITLE, "the books would be opened").speakerName(),
                "the names' own coordination, as before");
        assertEquals("Nina Loy", with(ONE_NAME, "the books would be opened").speakerName());
    }

    @Test
    void pairNeedsTwoOffices() {
        Doc d = new Doc("The head of the Port Board, Karl Sund and Eva Lind, said it.");
        Pipeline.namesAndGenders(d);
        assertEquals(null, JointAppositives.pair(d, 0, 11));
    }
}
