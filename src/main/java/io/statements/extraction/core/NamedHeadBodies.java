package io.statements.extraction.core;

/**
 * Session n67b, rule named-head-body: an article names a place of business once in full and then calls it by the
 * common noun its name ends in: `the Silver Fir Hotel` ... `The hotel said`, `the Larkin Arms Tavern` ... `the
 * tavern`. When no organisation noun or described body gave `the <noun>` a name, it is the name of two words or more
 * written before within a few paragraphs whose last word is that noun capitalised, kept in its full form; never a
 * place, nor for a noun that names a person (`the author` after a book's `... Author`).
 */
final class NamedHeadBodies {
    /** How far (chars) before the mention the full name may stand: a few paragraphs. */
    private static final int REACH = 3000;

    private NamedHeadBodies() {
    }

    /** The full name `the <head>` [a, end] at char ms stands for, or null. */
    static String find(Doc d, int a, int end, String head, int ms) {
        if (d.names == null || end != a + 1 || !d.toks.get(a).low.equals("the") || head.length() < 3
                || Lexicon.ANON_NOUNS.contains(head) || CommonHeads.personWord(head)) {
            return null;
        }
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < ms - REACH) {
                return null;
            }
            String name = names.mentionName.get(k);
            if (mp[0] >= ms || name == null) { // the index may type `Silver Fir Hotel` a person: its noun says not
                continue;
            }
            int sp = name.lastIndexOf(' ');
            if (sp > 0 && name.length() - sp - 1 == head.length() && name.regionMatches(true, sp + 1, head, 0, head.length())
                    && Character.isUpperCase(name.charAt(sp + 1)) && !Lexicon.PLACES.contains(Lexicon.lower(name))
                    && !Lexicon.isRegion(name)) {
                return name;
            }
        }
        return null;
    }
}
