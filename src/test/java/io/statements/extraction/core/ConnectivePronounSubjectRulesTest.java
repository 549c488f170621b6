package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule connective-pronoun-subject (session n53a, {@link FrontedConnectives}): a connective opening the sentence right
 * before its pronoun subject (`Then he made the announcement: "..."`) is no subject, the pronoun is; near-misses: a
 * connective before a name, a surname that is a connective word. Invented text.
 */
class ConnectivePronounSubjectRulesTest {

    @Test
    void thenBeforeHeAtAColon() {
        String text = "Outbreak over\n\n"
                + "The director of the Palmora Health Agency, Ravel Onduka, spoke in Tessaly on Friday.\n\n"
                + "Then he made the announcement: \"Full of hope, I can say this outbreak is no longer an emergency.\"";
        assertEquals("Ravel Onduka", with(text, "I can say this outbreak").speakerName());
    }

    @Test
    void thenBeforeSheWithAParticipleOfSaying() {
        String text = "Senator tested\n\n"
                + "At first, Senator Ilse Marchetti would point to her long record in the assembly. Then she began "
                + "dismissing the idea that leadership owed anything to years in office.";
        assertEquals("Ilse Marchetti", with(text, "leadership owed anything").speakerName());
    }

    @Test
    void thenBeforeANameKeepsTheName() {
        String text = "Port chief\n\n"
                + "The Kestrel Port Authority on Monday named Tamsin Okoro as its chief executive.\n\n"
                + "Then Okoro made her first pledge: \"No ship will wait more than a day for a berth.\"";
        assertEquals("Tamsin Okoro", with(text, "No ship will wait").speakerName());
    }

    @Test
    void aSurnameThatIsAConnectiveStaysTheSubject() {
        String text = "Council vote\n\n"
                + "Councillor Maren Still opposed the budget on Tuesday, and Ravel Onduka backed it.\n\n"
                + "Still made the case plainly: \"This budget spends money the town does not have.\"";
        assertEquals("Maren Still", with(text, "This budget spends money").speakerName());
    }
}
