package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n65a, for rule he-described-speaker ({@link PronounSalience}): the plain person and kin nouns that head a
 * description of one unnamed person (`one older man says ...`, `a relative of the dead added ...`) as surely as a role
 * word does, and the head of a description whose noun takes an `of` phrase (`relative` in `relative of the dead`). A
 * `he`/`she` right after such a speaker, with no person named since, is that person, not a name from paragraphs before.
 */
final class PersonHeadNouns {
    private PersonHeadNouns() {
    }

    private static final Set<String> MALE = Lexicon.words("""
            man boy father son brother husband uncle nephew grandfather grandson widower""");
    private static final Set<String> FEMALE = Lexicon.words("""
            woman girl mother daughter sister wife aunt niece grandmother granddaughter widow""");
    private static final Set<String> EITHER = Lexicon.words("""
            relative parent child cousin neighbour neighbor friend colleague classmate passenger survivor villager""");

    /** A plain person or kin noun, singular. */
    static boolean plain(String low) {
        return MALE.contains(low) || FEMALE.contains(low) || EITHER.contains(low);
    }

    /** 'M' or 'F' for a gendered person or kin noun, else '?'. */
    static char gender(String low) {
        return MALE.contains(low) ? 'M' : FEMALE.contains(low) ? 'F' : '?';
    }

    /** The lower-cased head of a description's words: the word before its first `of` (not the first word), else the last. */
    static String head(String[] words) {
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of")) {
                return Lexicon.lower(words[i - 1]);
            }
        }
        return Lexicon.lower(words[words.length - 1]);
    }
}
