package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n51c, rules title-alias-holder and acronym-title-spelled (TitleAliases): an office spelled several
 * ways (`Prime Minister X` ≈ `the PM`; `Chief Justice X` ≈ `the <court> CJ`; `X, the chief executive of Y` ≈ `the
 * company's chief executive` ≈ `the Y boss`) is its holder wherever the text names them, later included; a headline's
 * `<country> leader says` is the head of government the body names. Near-misses: a former and a current holder, a
 * holder of another firm, an opposition leader, an acronym nobody holds. Invented text.
 */
class TitleAliasRulesTest {

    private static final String LEADER = "Dam plan is 'our only answer,' Korvanian leader says\n\n"
            + "TALMERE — Korvania's prime minister said Monday the new dam was \"our only answer to the droughts.\"\n\n"
            + "Opposition leader Edda Vance called the plan \"a monument to debt\".\n\n"
            + "Prime Minister Jorun Aldane later told parliament the work would begin in spring.";

    @Test
    void aCountrysLeaderInTheHeadlineIsThePrimeMinisterNamedLater() {
        assertEquals("Jorun Aldane", with(LEADER, "our only answer,").speakerName());
    }

    @Test
    void anOppositionLeaderKeepsHerOwnName() {
        assertEquals("Edda Vance", with(LEADER, "a monument to debt").speakerName());
    }

    private static final String COURT = "Court hears detention petition\n\n"
            + "The KHC CJ said the police had \"ignored three summonses in a row\" before adjourning.\n\n"
            + "The hearing at the Kelmar High Court (KHC) lasted four hours.\n\n"
            + "\"This court will not wait forever,\" Chief Justice Omar Haddeni observed.";

    @Test
    void aCourtsAcronymTitleIsTheChiefJusticeNamedLater() {
        assertEquals("Omar Haddeni", with(COURT, "ignored three summonses").speakerName());
    }

    private static final String FIRM = "Lender warns of weaker year\n\n"
            + "Ilse Brandt, the chief executive of Norvik Bank, said the bank expected \"a flat year at best\".\n\n"
            + "The company's chief executive added that costs were \"under control\".\n\n"
            + "Rivalco chief executive Peter Olds said rivals were \"hiding their losses\". The Norvik boss said the bank"
            + " would \"not cut a single branch\".";

    @Test
    void theCompanysChiefExecutiveIsTheOneNamedSo() {
        assertEquals("Ilse Brandt", with(FIRM, "under control").speakerName());
    }

    @Test
    void aFirmsBossIsItsChiefExecutiveNotAnotherFirms() {
        assertEquals("Ilse Brandt", with(FIRM, "not cut a single branch").speakerName());
    }

    @Test
    void anOfficeWithItsHolderAfterACommaIsThatHolder() {
        String text = "Mill keeps its staff\n\nThe mill will keep every job, \"whatever the orders do this winter,\" said"
                + " the company's chief executive, Marta Oyelaran.";
        assertEquals("Marta Oyelaran", with(text, "whatever the orders do").speakerName());
    }

    private static final String FORMER = "Port deal divides premiers\n\n"
            + "Former Premier Aksel Voigt attacked the port deal. \"We will regret this,\" the former premier said.\n\n"
            + "Premier Hanna Lund defended it. \"The port needs this deal,\" the PM said.";

    @Test
    void theFormerPremierIsTheFormerHolder() {
        assertEquals("Aksel Voigt", with(FORMER, "We will regret this").speakerName());
    }

    @Test
    void thePmIsTheServingPremier() {
        assertEquals("Hanna Lund", with(FORMER, "The port needs this deal").speakerName());
    }

    @Test
    void anAcronymTitleNobodyHoldsIsNoName() {
        String text = "Clinic closes ward\n\nThe CEO said the ward would \"reopen in the autumn\".";
        assertEquals("chief executive", with(text, "reopen in the autumn").speakerName());
        assertNotEquals("CEO", with(text, "reopen in the autumn").speakerName());
    }
}
