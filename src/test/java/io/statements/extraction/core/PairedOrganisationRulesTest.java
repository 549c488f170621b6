package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n61b's cases for `the two companies`, `both firms` as a speaker: the two organisations the text just named
 * together as `A and B`; not three names in a list, not two people, not after another organisation was named since.
 * n61b and n61c wrote the same rule in parallel; the merge kept n61c's {@link JointBodies}, which passes these too.
 * Invented text.
 */
class PairedOrganisationRulesTest {

    @Test
    void theTwoCompaniesAreThePairNamedBefore() {
        String text = "Steel firms agree merger\n\n"
                + "Halvard Steel and Ossmark have agreed to merge their rolling mills, the companies said on Monday.\n\n"
                + "\"Together we can compete with anyone in Europe,\" the two companies told reporters.";
        assertEquals("Halvard Steel and Ossmark", with(text, "Together we can compete").speakerName());
    }

    @Test
    void bothBanksAreThePairAcrossAParagraph() {
        String text = "Lenders end talks\n\n"
                + "On Friday, Corrow and Pellmark called off their merger talks.\n\n"
                + "Shares in both fell in early trading.\n\n"
                + "\"We could not agree on a price,\" both banks said.";
        assertEquals("Corrow and Pellmark", with(text, "We could not agree").speakerName());
    }

    @Test
    void threeNamesInAListAreNoPair() {
        String text = "Steel firms agree merger\n\n"
                + "Halvard Steel, Ossmark and Trell Metals have agreed to merge their rolling mills.\n\n"
                + "\"Together we can compete with anyone in Europe,\" the companies told reporters.";
        assertEquals("companies", with(text, "Together we can compete").speakerName());
    }

    @Test
    void twoPeopleAreNoPairOfFirms() {
        String text = "Couple open bakery\n\n"
                + "Anna Berg and Tomas Reyes opened a bakery on the high street on Monday.\n\n"
                + "\"Nobody will undercut our bread,\" the two firms said.";
        assertEquals("firms", with(text, "Nobody will undercut").speakerName());
    }

    @Test
    void anotherOrganisationNamedSinceLeavesTheNoun() {
        String text = "Drug makers merge\n\n"
                + "On Friday, Varnex and Tolmira called off their merger. The Trade Office later opened an inquiry.\n\n"
                + "\"We expect to save money by sharing laboratories,\" the companies said.";
        assertEquals("companies", with(text, "We expect to save money").speakerName());
    }
}
