package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n52d, rule title-and-run ({@link CoordinatedNames}): an `and` inside the title or employer run before one
 * person's name (`Deputy Roads and Ports Minister Aldo Brenti`, `former Varnia Gov. and Unity Party Chairman Ed
 * Morrow`, `Kestrel Capital and Brokerage analyst Tomas Vell`) joins no two people: the speaker is the person.
 * Two people each with a first name, or with a surname the text gave in full before, stay a pair. Invented text.
 */
class TitleAndRunRulesTest {

    private static final String TEXT = "Bridge closed in Corvale\n\n"
            + "Engineers closed the main bridge into Corvale on Tuesday.\n\n"
            + "\"Half the town crosses that span on the way to work,\" Deputy Roads and Ports Minister Aldo Brenti told a"
            + " radio station.\n\n"
            + "\"Voters in the mill towns remember who came,\" said former Varnia Gov. and Unity Party Chairman Ed"
            + " Morrow.\n\n"
            + "\"The blow is far heavier than feared,\" including the fines, said Kestrel Capital and Brokerage"
            + " analyst Tomas Vell.\n\n"
            + "\"We will see the damage for ourselves,\" Senator Ann Cole and Transport Minister Ray Dunn said.\n";

    private static final String KNOWN = "Harbour vote\n\n"
            + "Mayor Jane Holt opened the harbour meeting on Monday.\n\n"
            + "\"The harbour stays open,\" Mayor Holt and Ports Minister Ray Dunn said after the vote.\n";

    @Test
    void aTitleRunWithAndBeforeANameIsOnePerson() {
        assertEquals("Aldo Brenti", with(TEXT, "Half the town").speakerName());
    }

    @Test
    void aFormerTitleAndAnotherTitleAfterTheVerbIsOnePerson() {
        assertEquals("Ed Morrow", with(TEXT, "mill towns remember").speakerName());
    }

    @Test
    void anEmployerWithAndBeforeATradeAndANameIsThePerson() {
        assertEquals("Tomas Vell", with(TEXT, "far heavier than feared").speakerName());
    }

    @Test
    void aLowerCaseTitleRunAfterAndIsOnePerson() { // n67f
        String text = "Lawmaker backs reform\n\n\"It is a bold move,\" Green MP and finance committee member Darla"
                + " Kestrin said on Friday.\n\n\"We will wait,\" Senator Ann Cole and finance committee member Ray"
                + " Dunn said.\n\n\"We can wait,\" Rep. Ardo Kessling and state House Speaker Ray Dunn said.\n";
        assertEquals("Darla Kestrin", with(text, "bold move").speakerName());
        assertEquals("Ann Cole and Ray Dunn", with(text, "We will wait").speakerName());
        assertEquals("Ardo Kessling and Ray Dunn", with(text, "We can wait").speakerName()); // no role before `and`
    }

    @Test
    void twoPeopleWithFirstNamesStayAPair() {
        assertEquals("Ann Cole and Ray Dunn", with(TEXT, "see the damage").speakerName());
    }

    @Test
    void aSurnameNamedInFullBeforeStaysAPair() {
        assertEquals("Jane Holt and Ray Dunn", with(KNOWN, "harbour stays open").speakerName());
    }
}
