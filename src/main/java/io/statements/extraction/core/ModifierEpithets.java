package io.statements.extraction.core;

import java.util.List;

/**
 * Session n63d, rule modifier-epithet: news copy introduces a person with a word before the title and the name
 * (`Veteran forward Kai Lund`, `Egyptian striker Omar Fathy`, `the Norwegian skier Ola Rud`) and later calls them by
 * that word alone (`the veteran said`, `said the Egyptian`). The word was given to that person, so `the` + the word
 * is that person, not whoever the passage was last about. Only when the text before the mention gives the word so to
 * one person (two Norwegians: the word says nobody), named in full; the word itself no title (those have their own
 * holders), no organisation's or document's noun, no unnamed source (`the official`), no plural, and capitalised only
 * for a nationality (`the FDIC` of `FDIC Chairman X` is the body); with at least one title word between it and the
 * name (`actor Mia Roe` gives a trade any other actor in the story shares, not a modifier).
 */
final class ModifierEpithets {
    /** How many title words may stand between the word and the name: `veteran centre forward Kai Lund`. */
    private static final int GAP = 2;

    private ModifierEpithets() {
    }

    /** The one person the text gave the word of the mention `the W` [a, end] before a name, else null. */
    static String holder(Doc d, int a, int end) {
        List<Tok> toks = d.toks;
        if (end != a + 1 || !toks.get(a).low.equals("the")) {
            return null;
        }
        Tok w = toks.get(end);
        String low = w.low;
        if (w.type != Tok.WORD || low.length() < 4 || low.endsWith("s") || Words.endsWithPossessive(w)
                || RoleWords.isRole(w) || Lexicon.ANON_NOUNS.contains(low) || Lexicon.ORG_NOUNS.contains(low)
                || Lexicon.DOC_NOUNS.contains(low) || OrganisationKinds.isKind(low) || Lexicon.DETERMINERS.contains(low)
                || w.cap && !Demonyms.adjective(low) && !Demonyms.definite(toks, a, end)) {
            return null; // `the FDIC` of `FDIC Chairman X` is the body: a capitalised word only of a nationality
        }
        NameIndex names = d.names;
        String found = null;
        for (int k = names.mentionBefore(w.s); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            String name = names.mentionName.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal() || name == null || !name.contains(" ") || name.equals(found)) {
                continue;
            }
            int first = first(toks, mp[2], name);
            if (first >= 0 && givenBefore(toks, first, low)) {
                if (found != null) {
                    return null; // two people given the word: it tells neither
                }
                found = name;
            }
        }
        return found;
    }

    /** A word of the title between the modifier and the name: `forward`, `skier`, `businessman`, `Senator`. */
    private static boolean titleNoun(Tok t) {
        if (RoleWords.isRole(t)) {
            return true;
        }
        String w = t.low;
        return !t.cap && !Words.endsWithPossessive(t) && (DefiniteDescriptions.PERSON_NOUNS.contains(w)
                || DefiniteDescriptions.TRADE_NOUNS.contains(w) || w.equals("forward") || w.endsWith("man")
                || w.endsWith("woman") || w.length() > 4 && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist")
                || w.endsWith("ian")));
    }

    /** The token of the name's first word, from the mention's first token (which may be a title); -1 if not there. */
    private static int first(List<Tok> toks, int from, String name) {
        int sp = name.indexOf(' '); // the first word compared in place: no substring a mention
        int k = from;
        while (k < toks.size() && k - from < 4
                && !(toks.get(k).text.length() == sp && name.startsWith(toks.get(k).text))) {
            k++;
        }
        return k - from < 4 && k < toks.size() ? k : -1; // a surname alone: the title was given with the full name
    }

    /** `word [one or two words of a title] Name`, in the name's own sentence. */
    private static boolean givenBefore(List<Tok> toks, int name, String word) {
        for (int k = name - 1; k >= 0 && name - k <= GAP + 1 && toks.get(k).sent == toks.get(name).sent; k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD) {
                return false;
            }
            if (t.low.equals(word) && k < name - 1) { // `actor Michael Roe` gives a trade, not a modifier: any actor
                return true;
            }
            if (!titleNoun(t)) {
                return false; // `the Ombudsman ruled that Guo`, `aircraft carrying X`: the word is no modifier of a title
            }
        }
        return false;
    }
}
