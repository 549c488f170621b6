package io.statements.extraction.core;

import java.util.Set;

/**
 * Session names29, rule they-described-group: `they` whose antecedent is people described, not named, as the subject
 * of its own sentence before it or of the sentence before (`Ferry users want the old fare back, although they say
 * ...`, `A few harbour Democrats stayed away from the vote. They said ...`). The last speaker rule ({@link PronounResolver}) finds no organisation or group there when a
 * person spoke last (`they` is no single person), and the quote went out with no speaker; the description is the
 * speaker, as the hand-annotated slices give described speakers.
 */
final class GroupAntecedents {
    /** Plural heads for people beside {@link CommonHeads#personWord}'s: party members, advocates, papers. */
    private static final Set<String> PEOPLE_PLURALS = Lexicon.words("""
            democrats republicans conservatives liberals progressives moderates proponents advocates backers
            leaders partisans senators lawmakers aides allies rivals economists scholars newspapers groups
            organizations organisations""");

    private final Doc d;
    private final SpeakerResolver resolver;

    GroupAntecedents(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.resolver = resolver;
    }

    /**
     * The name of the described group `they` at token {@code p} (sentence {@code si}, previous sentence {@code prev}
     * or -1) stands for: the subject of its own sentence before it, else the subject of the sentence before; null when
     * that subject is a name, a pronoun, or no plural noun for people.
     */
    String antecedent(int p, int si, int prev) {
        if (si < 0 || d.clauses == null) {
            return null;
        }
        int ss = d.sentStart[si];
        if (p > ss + 1) {
            int[] own = d.clauses.sentenceSubject(ss, p - 1);
            if (own != null && own[1] < p - 1) {
                return described(own, p - 1); // `Proponents ... although they say`
            }
        }
        if (prev < 0) {
            return null;
        }
        int[] subj = d.clauses.sentenceSubject(d.sentStart[prev], d.sentEnd[prev]);
        if (subj == null) {
            return null;
        }
        String group = described(subj, d.sentEnd[prev]);
        return group != null ? group : organisation(subj, d.sentEnd[prev]);
    }

    /**
     * Rule they-organisation-subject (session names45): `The police union opposed the bill. "...," they said`: an
     * organisation the sentence before opens with is what `they` stands for (British usage, and American for a
     * group by its name), when no organisation spoke last; a place is none (`Kenya rejected ...`).
     */
    private String organisation(int[] subj, int limit) {
        Tok head = d.toks.get(d.subjects.headOf(subj));
        if (head.type != Tok.WORD || head.qrole != Tok.OUT || Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            return null;
        }
        Speaker sp = resolver.resolve(subj[0], Math.min(subj[1], limit));
        return sp == null || sp.kind() != SpeakerKind.ORGANIZATION || sp.name() == null || Lexicon.isRegion(sp.name())
                || Lexicon.PLACES.contains(Lexicon.lower(sp.name())) ? null : sp.name();
    }

    /** People described in the plural by the subject [subj] (up to limit): their description; else null. */
    String described(int[] subj, int limit) {
        Tok head = d.toks.get(d.subjects.headOf(subj));
        if (head.type != Tok.WORD || head.qrole != Tok.OUT || !plural(head.low)
                || Lexicon.SUBJECT_PRONOUNS.contains(head.low)) {
            return null;
        }
        if (head.cap && d.toks.get(subj[0]) != head && !PEOPLE_PLURALS.contains(head.low)) {
            return null; // `Bernie Sanders`, `United States`: a capitalised head inside a run is a name
        }
        Speaker sp = resolver.resolve(subj[0], Math.min(subj[1], limit));
        if (sp == null || sp.name() == null || Lexicon.isRegion(sp.name())
                || sp.kind() == SpeakerKind.PERSON && sp.name().contains(" ")
                && Character.isUpperCase(sp.name().codePointAt(sp.name().lastIndexOf(' ') + 1))
                && !PEOPLE_PLURALS.contains(Lexicon.lower(sp.name().substring(sp.name().lastIndexOf(' ') + 1)))) {
            return null; // resolved to a person's name or a place: not the group the words describe
        }
        return sp.name();
    }

    private static boolean plural(String low) {
        if (low.equals("people")) {
            return true;
        }
        if (low.length() < 4 || !low.endsWith("s") || low.endsWith("ss")) {
            return false;
        }
        return PEOPLE_PLURALS.contains(low) || CommonHeads.personWord(low);
    }
}
