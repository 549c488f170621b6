package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n63c, rule modifier-matched-body: `the appeals court`, `the district court`, `the regional council`, `the
 * interior ministry`, `the nurses' union` as written once a story has named the bodies in full. The lower-case word
 * before the kind noun is the distinguishing word of one body's name (`Court of Appeal`, `Varn District Court`,
 * `Ministry of the Interior`), which is how readers tell two courts or two councils of one story apart; the head noun
 * alone took the court named last, so the appeal court's ruling went to the lower court it overturned. The mention is
 * the body, named a few paragraphs before (nearest first) or, with none before, after, whose name holds the head noun
 * and the modifier (`appeals` ↔ `Appeal`: a plural `s` either side); with no such body the other rules decide. Only
 * `the` + one modifier + the head ({@link KindCompounds#speaker} checks that shape), never a person's name.
 */
final class ModifierMatchedBodies {
    /** How far (in characters) the body may be named from the mention: a few paragraphs of news copy. */
    private static final int REACH = 3000;

    /** Kind nouns of bodies whose names carry the noun itself (`X Court`, `Ministry of X`, `X Council`). */
    private static final Set<String> HEADS = Lexicon.words("""
            court ministry council department agency commission committee union party university college hospital
            board authority tribunal assembly parliament league federation association institute police service""");

    private ModifierMatchedBodies() {
    }

    /** The body the mention `the <mod> <head>` (tokens a..end) names, or null. */
    static Speaker speaker(Doc d, int a, int end, int ms, int me, String mention) {
        String head = d.toks.get(end).low;
        String mod = Words.lowStripped(d.toks.get(end - 1));
        if (!HEADS.contains(head) || mod.length() < 3 || d.names == null) {
            return null;
        }
        NameIndex names = d.names;
        int before = names.mentionBefore(ms);
        for (int k = before; k >= 0 && names.mentionPos.get(k)[0] >= ms - REACH; k--) {
            if (matches(names, k, head, mod)) {
                return new Speaker(ms, me, mention, names.mentionName.get(k), SpeakerKind.ORGANIZATION, null);
            }
        }
        for (int k = before + 1; k < names.mentionPos.size() && names.mentionPos.get(k)[0] < ms + REACH; k++) {
            if (names.mentionPos.get(k)[0] > me && matches(names, k, head, mod)) {
                return new Speaker(ms, me, mention, names.mentionName.get(k), SpeakerKind.ORGANIZATION, null);
            }
        }
        return null;
    }

    /**
     * `the court` after `the appeals court` (read by {@link OrgAnaphora}): the bare kind noun goes on with the body the
     * story last called by that noun, so a described body nearer than any name holding the noun is the one; else
     * {@code named}, the nearest name with the noun ({@link NameIndex#findOrg}).
     */
    static String nearer(Doc d, String head, int ms, String named) {
        if (!HEADS.contains(head) || d.names == null) {
            return named;
        }
        int t = d.tokenAt(ms);
        for (int k = t - 1; k >= 2 && d.toks.get(k).s >= ms - REACH; k--) {
            Tok w = d.toks.get(k);
            if (w.qrole != Tok.OUT || !w.low.equals(head)) {
                continue;
            }
            if (w.cap) {
                return named; // `Varn District Court` itself is nearer
            }
            Tok mod = d.toks.get(k - 1);
            if (d.toks.get(k - 2).low.equals("the") && mod.type == Tok.WORD && !mod.cap
                    && (k + 1 >= d.toks.size() || !Lexicon.PREPOSITIONS.contains(d.toks.get(k + 1).low))) {
                Speaker sp = speaker(d, k - 2, k, d.toks.get(k - 2).s, w.e, "");
                if (sp != null) {
                    return sp.name();
                }
            }
        }
        return named;
    }

    private static boolean matches(NameIndex names, int k, String head, String mod) {
        String name = names.mentionName.get(k);
        if (name == null || names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal()) {
            return false;
        }
        boolean hasHead = false, hasMod = false;
        for (String w : Lexicon.lower(name).split(" ")) {
            hasHead |= w.equals(head);
            hasMod |= same(w, mod);
        }
        return hasHead && hasMod;
    }

    /** `appeals` and `appeal`, `nurses` and `nurse`: one word with or without a plural `s`. */
    private static boolean same(String w, String mod) {
        return w.equals(mod) || w.equals(mod + "s") || mod.equals(w + "s");
    }
}
