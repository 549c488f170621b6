package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n71a: whether a description's modifiers and a record's agree, so that the record may name the description.
 * Rank and side as in {@link RoleFacts#agree} (`a former lawyer` is no lawyer now, `the deputy mayor` no mayor); and
 * the field: when both name one (`the finance minister`, `Foreign Minister Ida Berg`), they must share a word, since a
 * finance minister is not the foreign minister. A record without a field (`Judge Ivo Lund`) agrees with any
 * description's field (`the Dublin judge`); so does a description without one (`the judge`).
 */
final class RoleAgreement {
    /** Words that say nothing of the role's field: ranks, sides and the usual praise or age of a person. */
    private static final Set<String> NOT_FIELDS = Lexicon.words("""
            former ex deputy assistant acting interim vice defence defense prosecution prosecuting veteran longtime
            long-time long-serving new newly young old elderly top senior leading prominent well-known outspoken
            embattled beleaguered then current incoming outgoing sitting retired late first""");

    private RoleAgreement() {
    }

    static boolean agree(List<String> description, List<String> record) {
        if (!RoleFacts.agree(description, record)) {
            return false;
        }
        boolean descriptionField = false;
        boolean recordField = false;
        for (String w : record) {
            recordField |= field(w);
        }
        for (String w : description) {
            if (field(w)) {
                descriptionField = true;
                if (record.contains(w)) {
                    return true;
                }
            }
        }
        return !descriptionField || !recordField;
    }

    /** Whether the words name a field (`finance`, `Vermont`): any word but a rank, a side or praise. */
    static boolean hasField(List<String> words) {
        for (String w : words) {
            if (field(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean field(String w) {
        return !NOT_FIELDS.contains(w) && !w.startsWith("ex-") && !w.endsWith("-year-old") && !w.isEmpty()
                && Character.isLetter(w.charAt(0));
    }
}
