package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n52b, rule org-noun-named-nearby ({@link NearbyOrganisations}): `the organisation`, `the firm` when no
 * organisation spoke before is the organisation named just before it in its sentence or the sentence before. Not a
 * newspaper the sentence names, not a demonym, not an organisation two sentences back, not `the combined company`.
 * Rule org-noun-story: else the organisation the story names at least three times and twice as often as any other.
 * Invented text.
 */
class NearbyOrganisationRulesTest {

    private static final String SAME_SENTENCE = "Sprinter banned\n\n"
            + "\"I never took anything,\" the sprinter Joel Marren said on Monday.\n\n"
            + "Marren, 29, was banned for four years by the Baltic Integrity Unit for what the organisation called"
            + " \"a careful and patient scheme\".\n";

    private static final String SENTENCE_BEFORE = "Lender under pressure\n\n"
            + "Several customers told the Valley Courier they had moved their savings out of KTB on Thursday.\n\n"
            + "The firm, which lends mostly to farmers, calls itself the \"bank that knows the weather\".\n";

    private static final String FAR = "Lender under pressure\n\n"
            + "Customers said they had moved their savings out of KTB on Thursday. Queues formed early in the"
            + " morning outside the branches. Several shops closed for the day.\n\n"
            + "The firm, which lends mostly to farmers, calls itself the \"bank that knows the weather\".\n";

    private static final String OUTLET = "Ferry fares rise\n\n"
            + "Passengers told the Harbour Gazette that fares had doubled.\n\n"
            + "The company called the rise \"regrettable but necessary\" in a notice at the pier.\n";

    private static final String STORY = "Tessaro files for insolvency\n\n"
            + "Tessaro filed for protection from creditors on Thursday. Tessaro shares fell by"
            + " half. Tessaro has been under scrutiny over missing funds since March.\n\n"
            + "The auditors said they could not confirm the balances.\n\n"
            + "Its founder resigned last week. On Friday, the company said it had \"no choice left\" but to file.\n";

    private static final String TWO_FIRMS = "Merger called off\n\n"
            + "Tessaro and Volmark had planned to merge. Tessaro shares fell. Volmark shares rose. Tessaro and Volmark"
            + " both blamed regulators.\n\n"
            + "The auditors said they could not confirm the balances.\n\n"
            + "Its founder resigned last week. On Friday, the company said it had \"no choice left\" but to wait.\n";

    @Test
    void theCompanyIsTheStorysOrganisation() {
        assertEquals("Tessaro", with(STORY, "no choice left").speakerName());
    }

    @Test
    void twoOrganisationsNamedAlikeLeaveTheCompany() {
        String name = with(TWO_FIRMS, "no choice left").speakerName();
        assertNotEquals("Tessaro", name);
        assertNotEquals("Volmark", name);
    }

    @Test
    void theOrganisationIsTheOneTheSentenceNames() {
        assertEquals("Baltic Integrity Unit", with(SAME_SENTENCE, "a careful and patient scheme").speakerName());
    }

    @Test
    void theFirmIsTheOneTheSentenceBeforeNames() {
        assertEquals("KTB", with(SENTENCE_BEFORE, "bank that knows the weather").speakerName());
    }

    @Test
    void anOrganisationTwoSentencesBackIsNotTheFirm() {
        assertNotEquals("KTB", with(FAR, "bank that knows the weather").speakerName());
    }

    @Test
    void aNewspaperIsNotTheCompany() {
        assertNotEquals("Harbour Gazette", with(OUTLET, "regrettable but necessary").speakerName());
    }
}
