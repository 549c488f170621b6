package io.statements.extraction.core;

import java.util.Map;

/**
 * Session names29, rule document-synonyms: one document called by two nouns. An article names a lawsuit and quotes
 * `the suit`, tells of a memoir and quotes `the book`, of an advertisement and quotes `the ad`; the author found for
 * one noun ({@link DocumentIssuers}: the statement whose sentence names it, the sentence that says who issued it) is
 * the other's too. `the poll found` after `according to a Herald survey` is the survey's, and a newspaper's survey of
 * voter lists is `the study` a sentence later.
 */
final class DocumentNouns {
    /** A word → the family it belongs to (the family's first word). */
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("suit", "lawsuit"), Map.entry("lawsuit", "lawsuit"),
            Map.entry("book", "book"), Map.entry("memoir", "book"),
            Map.entry("ad", "ad"), Map.entry("advertisement", "ad"), Map.entry("commercial", "ad"),
            Map.entry("email", "email"), Map.entry("e-mail", "email"),
            Map.entry("poll", "poll"), Map.entry("survey", "poll"), Map.entry("study", "poll"));

    private DocumentNouns() {
    }

    /** `noun` (a mention's head) has other nouns for its kind of document: callers test {@link #synonym} only then. */
    static boolean hasSynonyms(String noun) {
        return FAMILY.containsKey(noun);
    }

    /** `word` (a text's lower-case word) is another noun for the kind of document `noun` (a mention's head) names. */
    static boolean synonym(String word, String noun) {
        String family = FAMILY.get(noun);
        return family != null && !word.equals(noun) && family.equals(FAMILY.get(word));
    }
}
