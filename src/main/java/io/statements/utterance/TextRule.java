package io.statements.utterance;

/**
 * One normalisation rule applied to a report's text before reports are compared. Rules run in the order
 * {@link ReportText} lists them; each is one family of differences between reports of the same words.
 */
interface TextRule {

    String apply(String text);
}
