package io.statements.extraction.core;

import java.util.List;

/**
 * Rule-based extractor of attributed statements (who said what) from English news text. Pure JDK, no models,
 * thread safe (it keeps no state between calls), roughly linear in the length of the text.
 *
 * <p>All offsets in the result are Unicode code point offsets into the input string (not UTF-16 indices):
 * for a text starting with an emoji, the first letter after it is at offset 1, although Java's
 * {@code String.indexOf} says 2.
 */
public final class StatementExtractor {

    /** Texts longer than this many UTF-16 units are cut to it before extraction (the REST layer rejects them first). */
    public static final int MAX_TEXT_CHARS = 5 * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(StatementExtractor.class.getName());

    private final Sieves.Configured sieves;

    /** An extractor running the quote sieves in their default order. */
    public StatementExtractor() {
        this(Sieves.DEFAULT_ORDER);
    }

    /**
     * An extractor running the named quote sieves in this order ({@code dash, trailing-cue, postposed-cue,
     * leading-cue, colon-intro, colon-label, agreement-intro, next-sentence, continuation, verbless-name, sentence-subject,
     * nearby-speaker} by default); a sieve left out decides nothing.
     *
     * @throws IllegalArgumentException for an unknown or repeated name
     */
    public StatementExtractor(List<String> sieveOrder) {
        this(Sieves.configure(sieveOrder));
    }

    /** An extractor running these sieves in this order (tests run a sieve of their own this way). */
    StatementExtractor(Sieves.Configured sieves) {
        this.sieves = sieves;
    }

    /** The default order of the quote sieves. */
    public static List<String> defaultSieveOrder() {
        return Sieves.DEFAULT_ORDER;
    }

    /**
     * Extracts the attributed statements of a text, in text order. Never throws: empty, null, binary or malformed
     * input gives an empty or partial list.
     */
    public List<ExtractedStatement> extract(String text) {
        return run(text).statements();
    }

    /** The statements and the number of sentences the rules failed on and skipped (logged at debug). */
    public record Result(List<ExtractedStatement> statements, int skippedSentences) {
    }

    /** Like {@link #extract}, also counting the sentences skipped after a rule failed on them. */
    public Result run(String text) {
        if (text == null || text.isEmpty()) {
            return new Result(List.of(), 0);
        }
        String t = text.length() > MAX_TEXT_CHARS ? text.substring(0, safeCut(text, MAX_TEXT_CHARS)) : text;
        Doc doc = new Doc(t);
        try {
            Pipeline.run(doc, sieves);
        } catch (RuntimeException e) {
            // a structural stage failed: nothing reliable to return
            LOG.log(System.Logger.Level.DEBUG, "extraction failed before attribution", e);
            return new Result(List.of(), doc.failures + 1);
        }
        return new Result(Statements.of(t, doc.out, doc.quotesInSingleMarks), doc.failures);
    }

    private static int safeCut(String t, int at) {
        return at > 0 && Character.isHighSurrogate(t.charAt(at - 1)) ? at - 1 : at;
    }

    /** Maps UTF-16 indices to code point offsets. */
    static final class CodePoints {
        private final int[] map; // null when the text has no surrogate pairs

        CodePoints(String t) {
            // without a surrogate pair every char is a code point (a lone surrogate counts as one): no map. The JDK
            // counts in one call (at once for a Latin-1 string) what a charAt loop took a few percent of the run for
            if (t.codePointCount(0, t.length()) == t.length()) {
                map = null;
                return;
            }
            map = new int[t.length() + 1];
            int c = 0;
            for (int i = 0; i < t.length(); i++) {
                map[i] = c;
                if (!(Character.isHighSurrogate(t.charAt(i)) && i + 1 < t.length()
                        && Character.isLowSurrogate(t.charAt(i + 1)))) {
                    c++;
                }
            }
            map[t.length()] = c;
        }

        int at(int utf16) {
            return map == null ? utf16 : map[utf16];
        }
    }
}
