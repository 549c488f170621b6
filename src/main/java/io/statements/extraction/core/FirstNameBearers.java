package io.statements.extraction.core;

/**
 * `Wang told` after `Wang Wenbin`, `Hillary said`: the full name of the one person of the text with that first name
 * (East Asian names put the family name first, so `Seo said` is read this way too). Rule first-name-last-named
 * (session lead49): when two people share it (`Seo Minji` and her father `Seo Dongwan`), the one whose full name the
 * text gave last before the mention, unless the other was named right before it too (together); the word
 * stays as written when neither was named before it, or when the
 * mention had more after it ({@code pos} -1: `Donald Jr.` is neither `Donald Trump` nor anyone else of that name).
 */
final class FirstNameBearers {
    private FirstNameBearers() {
    }

    static String fullName(NameIndex names, String first, int pos) {
        String only = names.firstNameToFull.get(first);
        if (!only.isEmpty() || pos < 0) {
            return only.isEmpty() ? first : only;
        }
        String prefix = first + " ";
        String found = null;
        int foundAt = -1;
        for (int k = names.mentionBefore(pos); k >= 0 && names.mentionPos.get(k)[0] >= pos - REACH; k--) {
            String name = names.mentionName.get(k);
            if (!name.startsWith(prefix) || names.mentionPos.get(k)[1] != SpeakerKind.PERSON.ordinal()) {
                continue;
            }
            if (found == null) {
                found = name;
                foundAt = names.mentionPos.get(k)[0];
            } else if (!name.equals(found)) {
                // `Tom Reyes and Tom Baker run the ferry. "...," Tom said`: named together, neither is meant
                return foundAt - names.mentionPos.get(k)[0] < TOGETHER ? first : found;
            }
        }
        return found != null ? found : first;
    }

    /** How far back (in characters) a bearer is looked for: as far as pronouns look, so long texts stay linear. */
    private static final int REACH = 20_000;

    /** Two bearers named within this many characters of each other are named together: the word means neither. */
    private static final int TOGETHER = 300;
}
