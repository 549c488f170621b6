package io.statements.extraction.core;

import java.util.List;

/**
 * Session n63d, rule initials-after-title: South Asian copy writes a person's given names as capital initials without
 * full stops (`Chief Minister MK Rao`, `Governor RN Iyer`), which the name index reads as an organisation's acronym
 * before a word. Right after a capitalised title word, two or three capitals and then one or two capitalised words
 * are a person's name: an office is held by a person, and an acronym after a title would be the body
 * (`Minister KR Ashok` names a person; `Minister of KRB` does not fit the shape).
 */
final class InitialledNames {
    private InitialledNames() {
    }

    /** Whether the run [i, j) right after a title at i - 1 is `XY Surname`. */
    static boolean afterTitle(List<Tok> toks, int i, int j) {
        if (i < 1 || j - i < 2 || j - i > 3 || !toks.get(i - 1).cap || !RoleWords.isRole(toks.get(i - 1))) {
            return false;
        }
        String initials = toks.get(i).text;
        if (initials.length() < 2 || initials.length() > 3 || !initials.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            String w = toks.get(k).text;
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) {
                return false; // `Minister KR Ashok`, not `Minister MK ABC`
            }
        }
        return true;
    }
}
