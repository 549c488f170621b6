package io.statements.extraction.core;

/**
 * `Wang told` after `Wang Wenbin`, `Hillary said`: the full name of the one person of the text with that first name
 * (East Asian names put the family name first, so `Seo said` is read this way too). Rule first-name-last-named
 * (session lead49): when two people share it (`Seo Minji` and her father `Seo Dongwan`), the one whose full name the
 * text gave last before the mention; the word stays as written when neither was named before it, or when the
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
        for (int k = names.mentionBefore(pos); k >= 0; k--) {
            String name = names.mentionName.get(k);
            if (name.startsWith(prefix) && names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()) {
                return name;
            }
        }
        return first;
    }
}
