package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names45: the honorifics `Alhaji`, `Fr.`, `Engr.`, `Barr.`, `Hon.`, `Shri`, `Datuk`, `Tan Sri` are titles,
 * not first names nor a sentence's end: `Alhaji Bello said` is Musa Bello, `said Fr. Odera` is Paul Odera. Invented text.
 */
class HonorificNameFormRulesTest {

    @Test
    void alhajiIsATitle() {
        String text = "Rulers offer help\n\nAlhaji Musa Danjuma, the emir's spokesman, said rulers were ready to help."
                + " \"The people trust their rulers,\" Alhaji Danjuma said.";
        assertEquals("Musa Danjuma", with(text, "The people trust").speakerName());
    }

    @Test
    void fatherAbbreviatedIsATitle() {
        String text = "Widows wait for pensions\n\nRev. Fr. Paul Odera, a chaplain, said widows had not been paid."
                + " \"The widows are still waiting,\" said Fr. Odera.";
        assertEquals("Paul Odera", with(text, "widows are still waiting").speakerName());
    }

    @Test
    void engineerAbbreviatedIsATitle() {
        String text = "Roads to be rebuilt\n\nThe works commissioner, Engr. Tochukwu Nwosu, said roads would be"
                + " rebuilt. \"The contracts were signed last week,\" Engr. Nwosu said.";
        assertEquals("Tochukwu Nwosu", with(text, "contracts were signed").speakerName());
    }

    @Test
    void shriIsATitle() {
        String text = "Metro line opens\n\nShri Rakesh Varma, the transport minister, opened the line on Monday."
                + " \"It will carry two lakh passengers a day,\" Shri Varma said.";
        assertEquals("Rakesh Varma", with(text, "two lakh passengers").speakerName());
    }

    @Test
    void tanSriBeforeASurnameFirstName() {
        String text = "Flood money questioned\n\nFormer minister Tan Sri Lim Boon Heng said the money never arrived."
                + " \"The drains are the same as in 1990,\" Lim said.";
        assertEquals("Lim Boon Heng", with(text, "The drains are the same").speakerName());
    }
}
