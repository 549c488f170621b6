package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n65c, rule kind-document-issuer: a document whose issuer is a kind noun (`a company statement`, `the
 * force's statement`, `A statement from the company blamed ...`, `said a statement by the federation.`) is the body
 * the article called of that kind or named with that head ({@link LearnedBodyKinds}, {@link PublishedDocuments},
 * {@link DocumentMentions}, {@link NamedDocuments}); never a person who spoke before. Invented text.
 */
class KindDocumentIssuerRulesTest {

    private static final String SMELTER = "Smelter to shut\n\n"
            + "Dorrane, the state aluminium company, will shut its smelter in Quell next spring.\n\n"
            + "Union organiser Hal Prentis said 600 jobs were at risk.\n\n";

    @Test
    void aCompanyStatementIsTheCompanyTheArticleNamed() {
        String text = SMELTER + "\"Power prices have made the smelter a loss-maker,\" a company statement said.";
        assertEquals("Dorrane", with(text, "Power prices have made").speakerName());
    }

    @Test
    void theStatementFromTheCompanyThatBlamedIsTheCompanys() {
        String text = SMELTER + "A statement from the company blamed power prices.\n\n"
                + "\"The smelter has lost money for years,\" the statement said.";
        assertEquals("Dorrane", with(text, "The smelter has lost money").speakerName());
    }

    @Test
    void theForcesStatementIsTheForceNotTheLawyerWhoSpoke() {
        String text = "Officer charged\n\n"
                + "A constable of the Westmere Police was charged on Friday with theft.\n\n"
                + "Defence lawyer Ines Caro said her client denied it.\n\n"
                + "\"We hold our officers to the highest standard,\" the force's statement said.";
        assertEquals("Westmere Police", with(text, "We hold our officers").speakerName());
    }

    @Test
    void aStatementByTheFederationAfterTheVerb() {
        String text = "Coach dismissed\n\n"
                + "The Orlen Handball Federation dismissed national coach Ivo Stam on Monday.\n\n"
                + "Stam's agent Leo Brand said his client would sue.\n\n"
                + "\"The results fell short of our goals,\" said a statement by the federation.";
        assertEquals("Orlen Handball Federation", with(text, "The results fell short").speakerName());
    }

    @Test
    void aStatementFromMondayNamesNoAuthor() {
        String text = "Coach dismissed\n\n"
                + "Agent Leo Brand said on Sunday his client would sue.\n\n"
                + "\"The results fell short of our goals,\" said a statement from Monday.";
        assertNotEquals("Monday", with(text, "The results fell short").speakerName());
    }

    @Test
    void aPersonsOwnStatementIsNoBodysOfAKind() {
        String text = "Candidate replies\n\n"
                + "Dorrane, the state aluminium company, will shut its smelter in Quell.\n\n"
                + "\"I will fight for every job,\" the candidate's statement said.";
        assertNotEquals("Dorrane", with(text, "I will fight for every job").speakerName());
    }
}
