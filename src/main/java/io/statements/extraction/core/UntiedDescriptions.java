package io.statements.extraction.core;

/**
 * Session n75b, rule description-continues-speaker: news copy names a speaker, quotes them, and then varies the
 * reference with a definite description of their role that the article gives nobody (`"...," Ida Berg said. ...
 * "...," the coroner said`, `Tan said ... said the military official`). {@link ContinuingDescriptions} read it so only
 * after a verb that goes on (`the officer added`); with any verb of saying the description is still the person who
 * spoke last when the story has not moved on: their statement stands in the same paragraph, or in the one before
 * when they were named twice (not a commentator met once), never in the headline; their mention was a name (not
 * `One operative inside X`); no other person is named outside quotes in between (an owner in passing, `Trump's
 * nomination`, or a single word of unknown gender, mostly a place, aside); and the article gave them no other title
 * (`Owner Aldo Roe said ... the judge said` is someone else; a generic `the official` fits any title). The other
 * conditions are {@link ContinuingDescriptions}' own: a bare `the` + lower-case words + a person noun, a noun the
 * article never used before for someone else, a named person's statement last within its reach with nobody else's in
 * between, and no gender conflict.
 */
final class UntiedDescriptions {
    private UntiedDescriptions() {
    }

    /** Roles one person holds under two names: a U.S. attorney is the prosecutor of the case. */
    private static final java.util.Map<String, java.util.Set<String>> KIN = java.util.Map.of(
            "prosecutor", java.util.Set.of("attorney"), "attorney", java.util.Set.of("prosecutor"));
    /** Determiners that bring in someone unnamed: the last voice was a description, not a name. */
    private static final java.util.Set<String> INDEFINITE = Lexicon.words("a an one another some");

    /** Whether the description at token {@code a} goes on from the last statement, with nobody new named between. */
    static boolean continues(Doc d, Stmt last, int a, String head) {
        Tok at = d.toks.get(a);
        int lastPara = d.toks.get(d.tokenAt(last.cs)).para;
        if (at.para - lastPara > 1 || lastPara == 0 && d.paraCount > 1) {
            return false; // the story has moved on (`the judge` two paragraphs on), or the words were the headline's
        }
        String mention = last.sp.mention() == null ? "" : last.sp.mention().toLowerCase(java.util.Locale.ROOT);
        String named = ", " + last.sp.name().toLowerCase(java.util.Locale.ROOT);
        if (INDEFINITE.contains(mention.split(" ")[0]) && !mention.contains(named)) {
            // `One operative inside X said ... the insider said`: an unnamed voice, whatever it resolved to
            // (`One of the authors, Ari Roe,` is named)
            return false;
        }
        String name = last.sp.name();
        if (name.indexOf(' ') < 0 || Lexicon.MEDIA_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return false; // a full name only: `Reuters reported` before `the judge said` is the agency
        }
        if (!Lexicon.ANON_NOUNS.contains(head)
                && d.titles.holdsOther(name, head, KIN.getOrDefault(head, java.util.Set.of()))) {
            return false; // `Owner Aldo Roe said ... the judge said`: the article gave them another role
        }
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        if (at.para != lastPara && timesNamed(d, surname, at.s) < 2) {
            return false; // `"...," said Ari Dove, a shipping agent. || The businessman said`: named once, in passing
        }
        int from = last.sp.me(); // `X asked Kasich ...` brings Kasich into view too
        for (int k = d.names.mentionBefore(at.s); k >= 0; k--) {
            int[] pos = d.names.mentionPos.get(k);
            if (pos[0] < from) {
                return true;
            }
            String other = d.names.mentionName.get(k);
            if (pos[1] != SpeakerKind.PERSON.ordinal() || d.toks.get(pos[2]).qrole != Tok.OUT
                    || other.equals(name) || name.endsWith(" " + other) || other.endsWith(" " + surname)
                    || other.equals(surname) || possessive(d, pos[2])) {
                continue; // `said Trump's nomination ...`: an owner named in passing, nobody new in view
            }
            if (d.genders.of(other) != null || other.indexOf(' ') > 0) {
                return false; // `Ms Dawson was killed ... The coroner said`: another person came into view
            }
        }
        return true;
    }

    /** How often (up to two) a person with this last word is named before a position. */
    private static int timesNamed(Doc d, String surname, int before) {
        int n = 0;
        for (int k = d.names.mentionBefore(before); k >= 0 && n < 2; k--) {
            String other = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()
                    && (other.equals(surname) || other.endsWith(" " + surname))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the name starting at token i ends in a possessive (`Tom Reyes's`, `Reyes’`). */
    private static boolean possessive(Doc d, int i) {
        for (int j = i; j < d.toks.size() && j < i + 5 && d.toks.get(j).cap; j++) {
            if (Words.endsWithPossessive(d.toks.get(j))) {
                return true;
            }
        }
        return false;
    }
}
