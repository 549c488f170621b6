package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n53b, rule trade-noun-story ({@link StoryOrganisations}): `the telco`, `the payments processor`, `the
 * company` that nothing nearer resolves is the organisation the whole story names again and again, also after the
 * mention. Not one of two firms named as often, not a firm named once in passing, not a person's epithet
 * (`the history maker`). Invented text.
 */
class StoryOrganisationRulesTest {

    private static final String TELCO = "Brindle outage leaves callers stranded\n\n"
            + "Brindle has begun texting customers hit by a network outage on Sunday.\n\n"
            + "Brindle also said why some customers heard of the fault on the radio first.\n\n"
            + "\"We know how much people rely on us,\" the telco wrote in a message to customers.\n";

    private static final String PROCESSOR = "Orlent files for protection\n\n"
            + "Orlent, the payments firm once valued at ten billion euros, filed for creditor protection on Friday.\n\n"
            + "Auditors at Fenwick Drury could not confirm cash balances, and Orlent later conceded the money was "
            + "gone.\n\n"
            + "The payments processor told its lenders in a filing that it was \"unable to meet its obligations\".\n\n"
            + "Orlent shares were suspended.\n";

    private static final String NAMED_AFTER = "Depot cuts at Selvane\n\n"
            + "Selvane plans to cut 300 jobs at its northern depots, union officials said on Monday.\n\n"
            + "The cuts follow a fall in container traffic. \"We have not taken this decision lightly,\" the company "
            + "said in a note to staff.\n\n"
            + "Selvane employs 4,000 people. Selvane shares fell 3 percent.\n";

    private static final String CHARITY = "Food bank warns of winter shortfall\n\n"
            + "Larkfield Food Trust says demand has doubled since the spring.\n\n"
            + "Volunteers packed 2,000 parcels last week. \"We cannot keep up without more donors,\" the charity "
            + "said.\n\n"
            + "Larkfield Food Trust opened in 2011. Larkfield Food Trust relies on 300 volunteers.\n";

    private static final String TWO_TELCOS = "Regulator weighs mobile merger\n\n"
            + "The regulator opened an inquiry into the merger of Kestrel Mobile and Talvo.\n\n"
            + "Kestrel Mobile serves four million customers; Talvo serves three million.\n\n"
            + "Talvo and Kestrel Mobile say the deal would speed up rural coverage.\n\n"
            + "\"Fewer networks will not mean higher bills,\" the telco said.\n";

    private static final String ONCE = "Harbour market reopens\n\n"
            + "The covered market at Pellow Quay reopened on Saturday. Repairs were carried out by Tarrant Build.\n\n"
            + "\"The work finished on time and on budget,\" the company said.\n";

    @Test
    void aTradeNounIsTheStorysCompany() {
        assertEquals("Brindle", with(TELCO, "We know how much people rely on us").speakerName());
    }

    @Test
    void aTradeNounWithAModifierIsTheStorysCompany() {
        assertEquals("Orlent", with(PROCESSOR, "unable to meet its obligations").speakerName());
    }

    @Test
    void theCompanyIsTheOneNamedAgainAfterIt() {
        assertEquals("Selvane", with(NAMED_AFTER, "We have not taken this decision").speakerName());
    }

    @Test
    void aCharityIsTheStorysOrganisation() {
        assertEquals("Larkfield Food Trust", with(CHARITY, "We cannot keep up").speakerName());
    }

    @Test
    void twoFirmsNamedAsOftenGiveNone() {
        String name = with(TWO_TELCOS, "Fewer networks").speakerName();
        assertNotEquals("Talvo", name);
        assertNotEquals("Kestrel Mobile", name);
    }

    @Test
    void aFirmNamedOnceIsNoStorysCompany() {
        assertNotEquals("Tarrant Build", with(ONCE, "The work finished on time").speakerName());
    }
}
