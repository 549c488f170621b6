package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n67c, rule pronoun-introduced-by-appositive: news introduces a new voice by naming them in full for the first
 * time with an indefinite appositive that says who they are (`The near miss alarmed Teodor Brask, a water safety
 * researcher who ...`), and the quote that follows is theirs: a `he`/`she` right after such a sentence, opening a
 * new paragraph's voice, is the person introduced, not the last speaker of an earlier paragraph. Only when the
 * sentence before the pronoun's (same paragraph) introduces that person, no person or `he`/`she` comes before them
 * in it (`Renner criticised Oskar Vint, a former adviser. "...," he said` stays Renner's), the person's gender does not clash, and
 * the last speaker spoke in an earlier paragraph.
 */
final class AppositiveIntroductions {
    /** How many words a person's name may have before its appositive comma. */
    private static final int NAME_WORDS = 4;

    private AppositiveIntroductions() {
    }

    /** The person introduced right before the pronoun at {@code ms}; else the last speaker's name. */
    static String or(Doc d, char want, int ms, Speaker prev, String lastPerson, int lastPersonPos) {
        if (lastPerson == null || lastPersonPos <= prev.ms() || lastPerson.indexOf(' ') < 0) {
            return prev.name(); // quick rejection: no one named in full after the last speaker
        }
        List<Tok> toks = d.toks;
        int pk = d.tokenAt(ms), si = toks.get(pk).sent, tok = d.tokenAt(lastPersonPos);
        if (si <= 0 || toks.get(tok).sent != si - 1 || toks.get(tok).para != toks.get(pk).para
                || toks.get(d.tokenAt(prev.ms())).para >= toks.get(pk).para || d.genders.conflicts(lastPerson, want)) {
            return prev.name();
        }
        int k = tok;
        while (k < tok + NAME_WORDS && k + 1 < toks.size() && toks.get(k + 1).cap && toks.get(k + 1).type == WORD) {
            k++;
        }
        if (k + 2 >= toks.size() || !toks.get(k + 1).text.equals(",")
                || !(toks.get(k + 2).low.equals("a") || toks.get(k + 2).low.equals("an"))) {
            return prev.name(); // no indefinite appositive: a person mentioned, not introduced
        }
        for (int j = d.sentStart[si - 1]; j < tok; j++) {
            if (Lexicon.SUBJECT_PRONOUNS.contains(toks.get(j).low) && toks.get(j).qrole == OUT) {
                return prev.name(); // `He later criticised X, a ...`: the one who speaks on
            }
        }
        int sentFrom = toks.get(d.sentStart[si - 1]).s;
        NameIndex names = d.names;
        for (int m = names.mentionBefore(lastPersonPos); m >= 0; m--) {
            int[] mp = names.mentionPos.get(m);
            if (mp[0] < lastPersonPos - 20000) {
                break;
            }
            if (mp[0] >= sentFrom && mp[1] == SpeakerKind.PERSON.ordinal() || lastPerson.equals(names.mentionName.get(m))) {
                return prev.name(); // a person before them in the sentence (its subject, `Renner criticised X, a ...`),
                // or named before: a known person, not a new voice
            }
        }
        return lastPerson;
    }
}
