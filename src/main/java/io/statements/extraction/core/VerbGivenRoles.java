package io.statements.extraction.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n65e, rule verb-given-role: `the nominee`, `the accused`, `the defendant`, `the suspect` is the person the
 * article gave that role by a verb (`Lena Sorvik was nominated for ...`, `Arno Pell, who is charged with fraud,`,
 * `Ivo Tamm has been accused of ...`), not the official named nearest: a court story names a judge and a prosecutor
 * beside the accused, and a role noun no one holds as a title otherwise went to none of them or to the wrong one.
 * Only a bare `the <role>`; only when nobody holds the role as a title (`Republican nominee X` decides); two people
 * given the role: nobody. Session n66d: `the witness`, `the eyewitness` is the one person described `, who saw ...`.
 */
final class VerbGivenRoles {
    private final Doc d;
    /** The answer per role noun: who was given it does not depend on where the mention stands. */
    private final Map<String, String> answered = new java.util.HashMap<>();

    VerbGivenRoles(Doc d) {
        this.d = d;
    }

    /** The role nouns and the participles that give them. */
    private static final Map<String, Set<String>> GIVEN_BY = Map.of(
            "nominee", Lexicon.words("nominated"),
            "accused", Lexicon.words("accused charged"),
            "defendant", Lexicon.words("accused charged indicted sued"),
            "suspect", Lexicon.words("suspected arrested detained"),
            "witness", Lexicon.words("saw witnessed"), "eyewitness", Lexicon.words("saw witnessed"));
    /** n66d, rule who-saw-witness: active verbs that give a role only after `, who` (`Mara Quist, who saw the crash,`). */
    private static final Set<String> ACTIVE = Lexicon.words("saw witnessed");
    /** Auxiliaries between the name (or `who`) and the participle. */
    private static final Set<String> AUXILIARIES = Lexicon.words("was is has had been were are");

    /** The one person given the role of the bare mention `the <role>` [a, end] by a verb, or null. */
    String holder(int a, int end, int ms) {
        List<Tok> toks = d.toks;
        Set<String> verbs = end == a + 1 && toks.get(a).low.equals("the") ? GIVEN_BY.get(toks.get(end).low) : null;
        if (verbs == null || d.titles.holder(toks.get(end).low, ms) != null) {
            return null; // the title holder decides (it holds it anywhere in the text, before or after)
        }
        return answered.computeIfAbsent(toks.get(end).low, r -> given(verbs));
    }

    /** The one person given the role by one of its verbs anywhere in the text, or null. */
    private String given(Set<String> verbs) {
        List<Tok> toks = d.toks;
        String found = null;
        for (int i = 2; i < toks.size(); i++) {
            Tok t = toks.get(i);
            boolean active = ACTIVE.contains(t.low) && toks.get(i - 1).low.equals("who");
            if (!verbs.contains(t.low) || t.qrole != Tok.OUT || !active && !AUXILIARIES.contains(toks.get(i - 1).low)) {
                continue;
            }
            int k = active ? i : i - 1; // the first auxiliary: `has been`
            while (!active && k - 1 >= 0 && AUXILIARIES.contains(toks.get(k - 1).low)) {
                k--;
            }
            if (k >= 2 && toks.get(k - 1).low.equals("who") && toks.get(k - 2).text.equals(",")) {
                k -= 2; // `Arno Pell, who is charged`
            }
            String person = nameEndingAt(k - 1);
            if (person == null) {
                continue;
            }
            if (found != null && !found.equals(person)) {
                return null; // two people given the role
            }
            found = person;
        }
        return found;
    }

    /** The person whose name (full, or a surname the text gave in full) ends at token e, or null. */
    private String nameEndingAt(int e) {
        if (e < 0 || d.toks.get(e).type != Tok.WORD || !d.toks.get(e).cap) {
            return null;
        }
        int s = e;
        while (s - 1 >= 0 && e - s < 3 && d.toks.get(s - 1).type == Tok.WORD && d.toks.get(s - 1).cap) {
            s--;
        }
        for (; s <= e; s++) {
            Name nm = d.names.classify(s, e);
            if (nm != null && nm.kind == SpeakerKind.PERSON && nm.canonical != null) {
                return Name.inFull(d.names, nm.canonical);
            }
        }
        return null;
    }
}
