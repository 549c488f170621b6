package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n72a: where a person's name inside a capitalised run begins and ends. A name is the run of name words after
 * any word that only stands before a name by grammar, and before any letters that only follow one:
 * <ul>
 * <li><b>clause-opener-before-name</b> ({@link #opener}): a preposition, a subordinating conjunction or a sentence
 * adverb opening the run (`Under X's plan`, `Afterwards X Y said`, `Separately, X Y`) is capitalised because it opens
 * its sentence or headline, never because it is a given name; the words the older lists took (`After`, `However`,
 * `Meanwhile`) are in {@link Words#SENTENCE_NOISE}.</li>
 * <li><b>post-nominal-letters</b> ({@link #beforePostNominals}): honours and ranks of the bar written after a name
 * (`X Y QC`, `X Y KC`, `X Y SC`, `X Y SAN`, `X Y OBE`) are no part of it, and as capitals they made the whole run an
 * organisation's name.</li>
 * <li><b>owner-before-name</b> ({@link #afterOwner}): a possessive owner opening the run (`Acme's Ida Berg`, a
 * league's or a club's person in a headline) is who the person works for: the name is the words after it, when they
 * open with a known given name or their last word stands alone elsewhere in the text, and are no body's name.</li>
 * </ul>
 * The words kept are the ones a name carries in the text's own form: honorifics and titles are the business of
 * the title stripper ({@link NameIndex#classify}), particles (`van`, `de`, `bin`) of the run reader.
 */
final class NameBoundaries {
    private NameBoundaries() {
    }

    /**
     * Prepositions, subordinators and sentence adverbs that never open a person's name. Not the words that open the
     * names of bodies and titles of works (`Beyond Meat`, `Inside Edition`, `Over the Rainbow`, `Outside Magazine`),
     * nor words that are also given names or surnames (`Will`, `Early`, `Long`, `Still`, `Young`).
     */
    private static final Set<String> OPENERS = Lexicon.words("""
            under into about against between through throughout without within across toward towards upon unless
            until because whereas whether afterwards afterward separately similarly additionally likewise instead
            finally initially previously recently currently subsequently eventually nonetheless nevertheless
            moreover furthermore indeed elsewhere consequently thereafter thus hence besides otherwise overall
            notably meantime alternatively ultimately""");

    /** Post-nominal letters of honours, degrees and the senior bar (capitalised as written after a name). */
    private static final Set<String> POST_NOMINALS = Lexicon.words("""
            qc kc sc san mbe obe cbe kbe dbe phd ksc""");

    /** Whether t, capitalised at a run's start, is a word of grammar that opens no name (clause-opener-before-name). */
    static boolean opener(Tok t) {
        return t.type == Tok.WORD && t.low.length() > 3 && OPENERS.contains(t.low);
    }

    /**
     * The end of the run [a, b] before post-nominal letters closing it (post-nominal-letters): only after a name of
     * two capitalised words at least and only for letters written in capitals (`QC`), so `the SC said` (a court) and `SAN Airlines` keep their words.
     */
    static int beforePostNominals(List<Tok> toks, int a, int b) {
        Tok last = toks.get(b);
        if (b - a < 2 || last.type != Tok.WORD || last.text.length() > 4 || !Character.isUpperCase(last.text.charAt(last.text.length() - 1))
                || !POST_NOMINALS.contains(last.low)) {
            return b; // quick rejection: most runs end in a word of lower-case letters
        }
        Tok before = toks.get(b - 1), first = toks.get(b - 2);
        return before.type == Tok.WORD && before.cap && !Words.isAcronym(before.text) && first.type == Tok.WORD && first.cap
                ? b - 1 : b;
    }

    /**
     * The name that post-nominal letters standing alone as a mention follow after a comma (`Ida Berg, SC said`: the
     * subject reader stopped at the comma), as [start, end], else null: two capitalised words at least, no acronym
     * among them, so `the SC said` (a court) and `the Delhi HC, SC said` keep their reading.
     */
    static int[] lettersHolder(NameIndex names, List<Tok> toks, int a, int b) {
        Tok t = toks.get(a);
        if (a != b || a < 3 || t.type != Tok.WORD || t.text.length() > 4 || !POST_NOMINALS.contains(t.low)
                || !Words.isAcronym(t.text) || !toks.get(a - 1).text.equals(",")) {
            return null; // quick rejection: most mentions are longer than one word
        }
        int end = a - 2, start = end;
        while (start - 1 >= 0 && toks.get(start - 1).type == Tok.WORD && toks.get(start - 1).cap
                && !Words.isAcronym(toks.get(start - 1).text) && toks.get(start - 1).sent == t.sent) {
            start--;
        }
        if (end - start < 1 || toks.get(end).type != Tok.WORD || !toks.get(end).cap || Words.isAcronym(toks.get(end).text)) {
            return null;
        }
        Name nm = names.classify(start, end);
        return nm != null && nm.kind == SpeakerKind.PERSON ? new int[]{start, end} : null;
    }

    /**
     * Where the name starts after a possessive owner opening the run [a, b] (owner-before-name), else {@code inner}
     * (what the caller found so far). Two or three name words after the owner, the first a known given name or the
     * last written alone elsewhere in the text (`Silver said` after `NBA's Adam Silver`); not a name that goes on past
     * the possessive (`St Mary's Hospital`, `Hawke's Bay`), which {@link PossessiveNameWords#joins} knows.
     */
    static int afterOwner(Doc d, List<Tok> toks, int a, int b, int inner) {
        Tok owner = toks.get(a);
        if (inner != a || b - a < 2 || b - a > 3 || !Words.endsWithPossessive(owner) || owner.text.length() < 4) {
            return inner; // quick rejection: most runs open with no possessive
        }
        for (int k = a + 1; k <= b; k++) {
            Tok w = toks.get(k);
            if (w.type != Tok.WORD || !w.cap || Words.endsWithPossessive(w) || Words.isAcronym(w.text)
                    || Lexicon.ORG_WORDS.contains(w.low)) {
                return inner;
            }
        }
        if (PossessiveNameWords.joins(toks, a)) {
            return inner;
        }
        boolean named = PersonGenders.isFirstName(toks.get(a + 1).low)
                || ShorterNameForms.surnameAlone(d, toks.get(b - 1).text, Words.stripPossessive(toks.get(b).text));
        return named ? a + 1 : inner;
    }
}
