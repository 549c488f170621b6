package io.statements.extraction.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Session n76d, rule pronoun-described-speaker-named: news names a person and then goes on with a definite description
 * of them (`Referee Ida Berg stopped the match. The official said ...`, `..., the county's health chief, Dr Ida Berg,
 * said ...`); when that description is all the last statement's speaker got, a later `he`/`she` carries on the person
 * described, not the description. The last speaker (a person, its mention a definite `the ...` description, its name
 * no proper name) stands for the person named in apposition right after the description, else for the last person
 * named before it in its own sentence or the one before, outside quotation marks and outside the words of another
 * statement (`The judge said Tom Reyes lied`: Reyes is talked about), whose gender does not clash with the pronoun's.
 * Counted before it was written: over PolNeAR train/dev and the open news sets, a `he`/`she` inheriting such a
 * description from the last speaker with a person named in that reach occurs 8 times in 5 articles.
 */
final class DescribedLastSpeakers {
    /** A comma, then up to two capitalised title words (`Dr.`, `Professor`) before the appositive name. */
    private static final Pattern APPOSITION = Pattern.compile(",\\s*(?:\\p{Lu}\\p{L}*\\.?\\s+){0,2}");

    private DescribedLastSpeakers() {
    }

    /** The person {@code prev} describes, as the same statement's speaker with that name; else {@code prev}. */
    static Speaker named(Doc d, PronounCandidates candidates, Speaker prev, char want) {
        if (prev == null || prev.kind() != SpeakerKind.PERSON || !definiteDescription(prev)) {
            return prev;
        }
        String name = appositive(d, candidates, prev, want);
        name = name != null ? name : namedBefore(d, candidates, prev, want);
        return name == null ? prev
                : new Speaker(prev.ms(), prev.me(), prev.mention(), name, prev.kind(), prev.channel());
    }

    /** `the judge`, `The 52-year-old coach`: a mention opening with `the` whose resolved name opens in lower case. */
    static boolean definiteDescription(Speaker prev) {
        String m = prev.mention(), n = prev.name();
        return m != null && n != null && !n.isEmpty() && Character.isLowerCase(n.charAt(0))
                && m.regionMatches(true, 0, "the ", 0, 4);
    }

    /**
     * `the health chief, Dr. Ida Berg,`: the person named right after the description's comma, inside the mention
     * (the mention may run over the appositive) or right after it.
     */
    private static String appositive(Doc d, PronounCandidates candidates, Speaker prev, char want) {
        NameIndex names = d.names;
        int k = names.mentionBefore(prev.ms() + 1) + 1;
        if (k >= names.mentionPos.size()) {
            return null;
        }
        int[] mp = names.mentionPos.get(k);
        int comma = d.s.lastIndexOf(',', mp[0]);
        if (mp[0] > prev.me() + 40 || mp[1] != SpeakerKind.PERSON.ordinal() || comma <= prev.ms()
                || !APPOSITION.matcher(d.s).region(comma, mp[0]).matches()) {
            return null;
        }
        return candidates.of(k) == PronounCandidates.PERSON && usable(d, names.mentionName.get(k), want)
                ? names.mentionName.get(k) : null;
    }

    /** The last person named before the description in its sentence or the one before, not talked about. */
    private static String namedBefore(Doc d, PronounCandidates candidates, Speaker prev, char want) {
        int sentence = d.toks.get(d.tokenAt(prev.ms())).sent;
        NameIndex names = d.names;
        for (int k = names.mentionBefore(prev.ms()); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            Tok t = d.toks.get(d.tokenAt(mp[0]));
            if (t.sent < sentence - 1) {
                return null;
            }
            String name = names.mentionName.get(k);
            if (mp[1] == SpeakerKind.PERSON.ordinal() && candidates.of(k) == PronounCandidates.PERSON
                    && t.qrole == Tok.OUT && !reported(d, mp[0], name) && !talkedAbout(d, mp[2])
                    && usable(d, name, want)) {
                return name;
            }
        }
        return null;
    }

    /**
     * `hurled it at Reyes`, `accusing Reyes's aides`: a person after a preposition (not the agent's `by`) or an owner
     * inside the sentence is talked about (an owner opening the sentence, `Reyes's claim drew fire`, is its topic).
     */
    private static boolean talkedAbout(Doc d, int tok) {
        List<Tok> toks = d.toks;
        Tok before = tok > 0 ? toks.get(tok - 1) : null;
        if (before != null && before.sent == toks.get(tok).sent && !before.low.equals("by")
                && Lexicon.PREPOSITIONS.contains(before.low)) {
            return true;
        }
        for (int k = tok; k < toks.size() && toks.get(k).cap && toks.get(k).type == Tok.WORD; k++) {
            if (Words.endsWithPossessive(toks.get(k))) {
                return tok > d.sentStart[toks.get(tok).sent];
            }
        }
        return false;
    }

    /** A name in full (two words or more) whose known gender agrees with the pronoun's. */
    private static boolean usable(Doc d, String name, char want) {
        return name != null && name.indexOf(' ') > 0 && !d.genders.conflicts(name, want);
    }

    /** Inside the words or the reported clause of a statement that is not the named person's own. */
    private static boolean reported(Doc d, int pos, String name) {
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 50; k--) {
            Stmt st = d.out.get(k);
            if (Math.min(st.cs, st.ls) <= pos && pos < Math.max(st.ce, st.le)) {
                return st.sp == null || !name.equals(st.sp.name());
            }
        }
        return false;
    }
}
