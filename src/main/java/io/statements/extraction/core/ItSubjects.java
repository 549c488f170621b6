package io.statements.extraction.core;

/**
 * Rule it-subject-organisation (session n49a): `Kestel Motors has put aside 5 billion euros. It said ...`, `The
 * investment bank stated that no unit would join ... It says ...`: an `it` opening a sentence stands for the
 * organisation the sentence before is about: its subject when that is an organisation's name (a name the index typed
 * an organisation's, or a capitalised name no first name, title or gender makes a person's, one word only when no
 * full name ends with it and the text capitalises it inside a sentence too); when that subject is `the` and an
 * organisation noun (`the investment bank`, `the firm`), the organisation a sentence before it (within six paragraphs, the headline
 * included) has for its subject, not a school, a place or a region named in between.
 */
final class ItSubjects {
    private ItSubjects() {
    }

    /** How many sentences back a `the bank` subject looks for the organisation it describes. */
    private static final int SENTENCES_BACK = 12;

    /** How many paragraphs back (a lead under a headline and a dateline: about six). */
    private static final int PARAS_BACK = 6;

    /** The organisation {@code it} at ms stands for by the subject of sentence {@code si}, or null. */
    static Speaker antecedent(Doc d, SpeakerResolver resolver, int si, int ms, int me, String mention) {
        if (si < 0 || d.clauses == null) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[si], d.sentEnd[si]);
        if (subj == null) {
            return null;
        }
        String named = organisation(d, resolver, subj);
        if (named == null && described(d, subj)) {
            int para = d.toks.get(d.sentStart[si]).para;
            for (int s = si - 1; s >= 0 && si - s <= SENTENCES_BACK
                    && para - d.toks.get(d.sentStart[s]).para <= PARAS_BACK && named == null; s--) {
                int[] earlier = d.clauses.sentenceSubject(d.sentStart[s], d.sentEnd[s]);
                // a subject with words after it: no byline or dateline line
                named = earlier == null || earlier[1] + 1 >= d.sentEnd[s] ? null : organisation(d, resolver, earlier);
                named = named == null || OrganisationKinds.mayBe(named, d.toks.get(subj[1]).low) ? named : null;
            }
        }
        return named == null ? null : new Speaker(ms, me, mention, named, SpeakerKind.ORGANIZATION, null);
    }

    /** `the investment bank`, `The firm`: `the`, lower-case words and an organisation noun. */
    private static boolean described(Doc d, int[] subj) {
        Tok head = d.toks.get(subj[1]);
        if (!d.toks.get(subj[0]).low.equals("the") || head.cap || subj[1] - subj[0] > 3) {
            return false;
        }
        for (int k = subj[0] + 1; k <= subj[1]; k++) {
            if (d.toks.get(k).cap || d.toks.get(k).type != Tok.WORD) {
                return false;
            }
        }
        return Lexicon.ORG_NOUNS.contains(head.low) || Lexicon.ORG_WORDS.contains(head.low)
                || OrganisationKinds.isKind(head.low);
    }

    /** The organisation's name the subject [a, b] gives, or null (a person, a place, a description). */
    private static String organisation(Doc d, SpeakerResolver resolver, int[] subj) {
        if (!d.toks.get(subj[1]).cap) {
            return null;
        }
        Speaker sp = resolver.resolve(subj[0], subj[1]);
        if (sp == null || sp.name() == null || WorldPlaces.is(sp.name()) || Lexicon.isRegion(sp.name())
                || Lexicon.PLACES.contains(Lexicon.lower(sp.name()))) {
            return null;
        }
        if (sp.kind() == SpeakerKind.ORGANIZATION) {
            return sp.name();
        }
        String[] words = sp.name().split(" ");
        if (sp.kind() != SpeakerKind.PERSON || words.length < 2 && (d.names.lastNameToFull.containsKey(sp.name())
                || sp.name().endsWith("ing") || NonNameWords.namesNobody(sp.name()) // `Filing for protection allows`
                || !d.capitalisedWithinSentence(Lexicon.lower(sp.name()))) // `Rather, ...`: an opener, not a name
                || d.genders.of(sp.name()) != null
                || PersonGenders.isFirstName(Lexicon.lower(words[0])) || !sp.name().equals(sp.mention())) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Lexicon.TITLES.contains(Lexicon.lower(w))) {
                return null;
            }
        }
        return sp.name(); // `Kestel Motors`: a capitalised name nothing makes a person's
    }
}
