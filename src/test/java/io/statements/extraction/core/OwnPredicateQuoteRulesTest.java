package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.all;
import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session n66f, rule own-predicate and the speech-act words it adds to spoken-fragment: a short quote that is its
 * clause's own predicate of speech or feeling (`"firmly condemned"`, `was "deeply hurt"`), a short quote after
 * `apologised`, `termed` or a noun `call`, is its subject's words; a quoted modifier of a noun, a feeling of a thing
 * and a naming verb `call` stay no statement. Invented text.
 */
class OwnPredicateQuoteRulesTest {

    @Test
    void aQuotedVerbOfSpeechRightAfterItsSubject() {
        String text = "Rowers punished\n\nOn Monday, Premier Tarja Holmsten \u201cfirmly condemned\u201d the"
                + " supporters\u2019 conduct and asked the board to step down.";
        assertEquals("Tarja Holmsten", with(text, "firmly condemned").speakerName());
    }

    @Test
    void aQuotedFeelingAfterBe() {
        String text = "Coach leaves\n\nRowing chief Ansgar Voll was \u201cdeeply hurt\u201d to see his coach"
                + " leave the club last month.";
        assertEquals("Ansgar Voll", with(text, "deeply hurt").speakerName());
    }

    @Test
    void apologisedAndTermed() {
        String text = "Clinic sorry\n\nClinic director Oona Prell has apologised \"without reservation\" after an"
                + " audit found years of failures.\n\nPiet Varro was jailed for fraud, a charge he termed"
                + " \"baseless\".";
        assertEquals("Oona Prell", with(text, "without reservation").speakerName());
        assertEquals("Piet Varro", with(text, "baseless").speakerName());
    }

    @Test
    void theNounCallAfterADeterminer() {
        String text = "Mine row\n\nMinister Lina Obradu caused uproar with her call to \u201cburn out\u201d the"
                + " squatters in the old pit.";
        assertEquals("Lina Obradu", with(text, "burn out").speakerName());
    }

    @Test
    void quotedModifiersFeelingsOfThingsAndNamingStayNoStatement() {
        String text = "Harbour plan\n\nThe \"widely praised\" plan of Mayor Kees Dorland was shelved on Friday."
                + " Dorland's \"much criticised\" ferry was sold. The weather was \"grim\" and the mood"
                + " \"gloomy\". Locals call it \"the pit\". The report was \"deeply troubling\" reading for all.";
        for (ExtractedStatement s : all(text)) {
            String t = s.text();
            assertTrue(!t.contains("widely praised") && !t.contains("much criticised") && !t.contains("grim")
                    && !t.contains("gloomy") && !t.contains("the pit") && !t.contains("deeply troubling"),
                    "no statement wanted: " + t);
        }
    }
}
