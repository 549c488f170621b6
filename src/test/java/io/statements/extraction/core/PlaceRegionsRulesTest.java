package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n53c, rule place-region-aside: a place and its region or country (`in Kelso, Maine,`) closing an aside
 * between a subject and its verb; the place is no speaker. Near-misses: a person `of P, R` right before the verb, a
 * comma-free subject. Invented text.
 */
class PlaceRegionsRulesTest {

    private static final String ASIDES = "Minister back from tour\n\n"
            + "Ilona Varadi returned from a tour of the region on Sunday.\n\n"
            + "Meanwhile, Varadi, while meeting traders in Kisumu, Kenya, said the new port would open in May.\n\n"
            + "Senator Colm Ardagh repeated his pledge on steel.\n\n"
            + "Ardagh, speaking at a rally in Dayton, Ohio, warned that \"every mill we lose is a town we lose\".\n\n"
            + "Nikolai Varga spent two years in detention.\n\n"
            + "Varga, now 77 and farming in Hallam, Mass., said \"the waiting was the worst part\".";

    private static final String NEAR = "Growers count the cost\n\n"
            + "Farmers across the valley lost much of their harvest.\n\n"
            + "Lena Moss, a grower from Alder Creek, Oregon, said \"we lost half the orchard in a night\".\n\n"
            + "Tom Reyes of Kelso, Maine, said the frost came \"weeks earlier than anyone expected\".";

    @Test
    void theSubjectBeforeTheAsideSpeaks() {
        assertEquals("Ilona Varadi", with(ASIDES, "the new port would open").speakerName());
        assertEquals("Colm Ardagh", with(ASIDES, "every mill we lose").speakerName());
        assertEquals("Nikolai Varga", with(ASIDES, "the waiting was the worst").speakerName());
    }

    @Test
    void aPersonFromAPlaceStaysTheSpeaker() {
        assertEquals("Lena Moss", with(NEAR, "we lost half the orchard").speakerName());
        assertEquals("Tom Reyes", with(NEAR, "weeks earlier than anyone").speakerName());
    }
}
