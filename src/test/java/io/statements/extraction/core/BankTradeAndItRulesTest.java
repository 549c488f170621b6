package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n49d, rules bank-trade-subject (`RelativeOrgAntecedents.afterTradeNoun`: `US investment bank Harlow Brothers
 * announced` names a firm, so `The financial firm said` is it, as after `Chipmaker Arvo`) and it-kind-subject
 * (`DocumentIt`: `The investment bank said ... It said` is the bank the description stood for, or the description
 * itself when nobody named one; not the law school named before, and whatever kind the name index gave `Harlow
 * Brothers`). A person after a trade of people (`Investment banker Tomas Reyes`) stays a person. Invented text.
 */
class BankTradeAndItRulesTest {

    private static final String NAMED = "Harlow to seek protection\n\n"
            + "US investment bank Harlow Brothers announced on Monday that it would seek bankruptcy protection.\n\n"
            + "The financial firm said its board had approved the filing late on Sunday.\n\n"
            + "Legal scholar Odile Varga, a professor at Fenmore Law School, said a trustee was likely. \"They would"
            + " rather run the sale themselves,\" Varga said.\n\n"
            + "The investment bank said its brokerage arms would stay out of the case. It said it was in"
            + " \"advanced talks\" to sell its fund arm.";

    private static final String UNNAMED = "Banks under pressure\n\n"
            + "Legal scholar Odile Varga, a professor at Fenmore Law School, said a trustee was likely. \"They would"
            + " rather run the sale themselves,\" Varga said.\n\n"
            + "The investment bank said its brokerage arms would stay out of the case. It said it was in"
            + " \"advanced talks\" to sell its fund arm.";

    private static final String PERSON = "Banks under pressure\n\n"
            + "Investment banker Tomas Reyes said on Monday that rates would stay high. \"Nobody should expect relief"
            + " this year,\" Reyes said.";

    @Test
    void theFinancialFirmIsTheBankNamedByItsTrade() {
        assertEquals("Harlow Brothers", with(NAMED, "its board had approved").speakerName());
    }

    @Test
    void itAfterTheInvestmentBankIsTheBank() {
        assertEquals("Harlow Brothers", with(NAMED, "advanced talks").speakerName());
    }

    @Test
    void itAfterAnUnnamedBankIsTheDescriptionNotTheSchool() {
        assertEquals("investment bank", with(UNNAMED, "advanced talks").speakerName());
    }

    @Test
    void aBankerIsStillAPerson() {
        assertEquals("Tomas Reyes", with(PERSON, "Nobody should expect").speakerName());
    }
}
