package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * A one-word sentence subject taken for a person named by surname only (`Marsh dodged the question. "...," he
 * said`), for {@link PronounResolver}: the name index saw a person there, and the word is no sentence adverb or
 * quantifier opening the sentence (`Sometimes he`, `None has`).
 */
final class SurnameSubjects {
    private final Doc d;
    private final NameIndex names;

    SurnameSubjects(Doc d) {
        this.d = d;
        this.names = d.names;
    }

    /**
     * A dash that opens an aside after a name (`Ida Marsh – a fan –`), or a party tag's parenthesis (`Ida Marsh
     * (D-Ore.)`; not a place's: `Maricopa County (Ariz.) Sheriff`).
     */
    static boolean opensAside(List<Tok> toks, int i) {
        Tok t = toks.get(i);
        if (t.type != Tok.PUNCT) {
            return false;
        }
        if (t.text.equals("(") && i + 1 < toks.size()) {
            String tag = toks.get(i + 1).text;
            return tag.equals("R") || tag.equals("D") || tag.equals("I")
                    || tag.length() > 2 && "RDI".indexOf(tag.charAt(0)) >= 0 && tag.charAt(1) == '-';
        }
        return t.text.equals("\u2013") || t.text.equals("\u2014") || t.text.equals("--");
    }

    /**
     * `Marsh dodged the question. "...," he said`: a one-word subject taken for a person, named by surname only in
     * the article (the resolver gives the full name when there is one).
     */
    boolean isPersonSurname(int[] subj, String name) {
        Tok t = d.toks.get(subj[0]);
        if (subj[0] != subj[1] || !t.cap || !t.text.equals(name) || name.length() <= 2) {
            return false;
        }
        int k = names.mentionBefore(t.s + 1); // the name index took the word for a person's mention right there
        return k >= 0 && names.mentionPos.get(k)[0] == t.s && t.para > 0
                && names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && name.equals(names.mentionName.get(k))
                && !name.endsWith(".") && !QUANTIFIERS.contains(t.low)
                && (verbFollows(subj[1]) || d.capitalisedWithinSentence(t.low));
    }

    private static final Set<String> QUANTIFIERS = Lexicon.words(
            "none all each both many most some few several nobody everyone anyone someone neither either others one");

    private static final Set<String> IRREGULAR_PAST = Lexicon.words(
            "was is has had did does went gave told took made said says got won lost ran came saw left");

    /** `Marsh dodged`, `Marsh has said`: a verb right after the word, which an adverb lacks (`Sometimes he`). */
    private boolean verbFollows(int i) {
        if (i + 1 >= d.toks.size()) {
            return false;
        }
        Tok v = d.toks.get(i + 1);
        return v.type == Tok.WORD && !v.cap && v.sent == d.toks.get(i).sent && (IRREGULAR_PAST.contains(v.low)
                || v.low.length() > 4 && v.low.endsWith("ed") && !Lexicon.PREPOSITIONS.contains(v.low));
    }
}
