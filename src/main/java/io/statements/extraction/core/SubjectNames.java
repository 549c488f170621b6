package io.statements.extraction.core;

import java.util.List;

/**
 * The person a sentence subject names when its head is not the name: a title whose name follows between commas, a
 * recording of someone. Used by {@link PronounResolver} to find who a `he`/`she` in the next sentence means.
 */
final class SubjectNames {
    private SubjectNames() {
    }

    /**
     * Rule titled-appositive-subject (session names22): `the Kestrel envoy to the Harbour League, Ansel Vry,
     * muttered an aside. "...," he said`: a title subject (with `to`/`of`/`for` and a name after it) whose name
     * follows between commas is that person (the title alone was no name, and `he` went to the speaker before). Two or
     * more capitalised words, a comma after them.
     */
    static int[] appositiveName(List<Tok> toks, int[] subj, int pe) {
        int k = subj[1] + 1;
        if (toks.get(subj[1]).cap || !RoleWords.ROLES.contains(toks.get(subj[1]).low)) {
            return null;
        }
        String prep = k <= pe ? toks.get(k).low : "";
        if (prep.equals("to") || prep.equals("of") || prep.equals("for")) { // `the ambassador to the United Nations,`
            k++;
            k += k <= pe && toks.get(k).low.equals("the") ? 1 : 0;
            while (k <= pe && Words.isNameTok(toks.get(k)) && k - subj[1] < 8) {
                k++;
            }
        }
        if (k + 3 > pe || !toks.get(k).text.equals(",")) {
            return null;
        }
        int a = k + 1, b = a;
        while (b + 1 <= pe && Words.isNameTok(toks.get(b + 1)) && b - a < 4) {
            b++;
        }
        return Words.isNameTok(toks.get(a)) && b > a && b + 1 <= pe && toks.get(b + 1).text.equals(",")
                ? new int[]{a, b} : null;
    }

    /** Recordings that show someone: `Footage of X appears`, `A clip of X shows`, `Video of X surfaced`. */
    private static final java.util.Set<String> RECORDINGS = Lexicon.words(
            "footage clip clips video videos audio recording recordings tape tapes");

    /**
     * `Footage of Ida Marsh again appears. "...," she says`: a recording of a named person as the subject is about that
     * person, whom a pronoun in the next sentence means; the capitalised name run after `of`, else null.
     */
    static int[] shownPerson(List<Tok> toks, int[] subj, int pe) {
        int h = subj[1];
        if (!RECORDINGS.contains(toks.get(h).low) || h + 2 > pe || !toks.get(h + 1).low.equals("of")) {
            return null;
        }
        int a = h + 2, b = a;
        while (b + 1 <= pe && toks.get(b + 1).type == Tok.WORD && toks.get(b + 1).cap && b - a < 4) {
            b++;
        }
        Tok first = toks.get(a);
        return first.type == Tok.WORD && first.cap && first.qrole == Tok.OUT ? new int[]{a, b} : null;
    }
}
