package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names37, rule headline-title-label ({@link TranscriptLabelSieve}): a headline labelled with a bare title
 * (`Minister: 'no deal this year'`) is the statement of the person the article gives that title. Invented text.
 */
class HeadlineTitleLabelRulesTest {

    @Test
    void aBareTitleLabelIsThePersonTheArticleGivesThatTitle() {
        String text = "Minister: 'no new runway this decade'\n\n"
                + "The transport minister, Priya Halvorsen, told MPs on Tuesday that the airport's expansion would not "
                + "go ahead before 2035.\n\n"
                + "'The money is simply not there,' Ms Halvorsen said.";
        assertEquals("Priya Halvorsen", with(text, "no new runway").speakerName());
    }

    @Test
    void aTitleNobodyHoldsStaysTheLabel() {
        String text = "Governor: \"We will appeal the ruling\"\n\n"
                + "The state will appeal a court ruling that struck down its new voting map, officials said on Monday.";
        assertEquals("Governor", with(text, "We will appeal").speakerName());
    }
}
