package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n55b, rule spokesperson-of-named-body (a pass over the statements, after {@link LeadCataphora}): an unnamed
 * spokesperson whose mention names the body before the noun (`a Harbour Board spokesman`, `an ODF spokeswoman`, `a Tarrow
 * Transit spokesman`) speaks for that body: the statement, and every one that took the same description from a pronoun
 * (`she added`), goes to the organisation. Sessions names41 did so for `a spokeswoman for the Treasury`; lead49 had
 * kept the description (a capitalised word the real-news scorer never counts right when gold leaves the speaker
 * unnamed). Only a run the name index reads as an organisation: a person's spokesman (`a Quist spokesman`), a
 * nationality (`a Corvalian spokesman`), a spokesperson named in apposition or later keep what they had.
 */
final class SpokespersonBodies {
    /** The nouns of one who speaks for a body. */
    private static final Set<String> NOUNS = Lexicon.words("spokesman spokeswoman spokesperson");
    /** How many words the body's name may have (`a US National Security Council spokesman`). */
    private static final int NAME_WORDS = 5;

    private SpokespersonBodies() {
    }

    static void apply(Doc d) {
        Map<String, Name> bodies = new HashMap<>();
        for (Stmt st : d.out) {
            if (unnamed(st.sp) && !bodies.containsKey(st.sp.name())) {
                Name body = body(d, st.sp);
                if (body != null) {
                    bodies.put(st.sp.name(), body);
                }
            }
        }
        Stmt before = null;
        for (Stmt st : d.out) {
            Name body = unnamed(st.sp) ? bodies.get(st.sp.name()) : null;
            String name = body != null ? body.canonical : spokeAfter(d, before, st);
            if (name != null) {
                st.sp = new Speaker(st.sp.ms(), st.sp.me(), st.sp.mention(), name, SpeakerKind.ORGANIZATION,
                        st.sp.channel());
            }
            before = st;
        }
    }

    /**
     * `The Ministry of Ports said it played no part. "...," a spokesman said.`: a bare `a spokesman` right after a
     * statement of a body named by name (same or previous sentence) speaks for that body; null otherwise (after a
     * person, `a spokesman` may be his own or anyone's).
     */
    private static String spokeAfter(Doc d, Stmt before, Stmt st) {
        Speaker sp = st.sp, prev = before == null ? null : before.sp;
        if (sp == null || prev == null || sp.mention() == null || prev.name() == null
                || prev.kind() != SpeakerKind.ORGANIZATION || !Character.isUpperCase(prev.name().codePointAt(0))
                || st.sent < 0 || before.sent < 0 || st.sent - before.sent > 1 || before.cs >= st.cs) {
            return null;
        }
        String[] words = SpeakerNames.SPACES.split(sp.mention().trim());
        return words.length == 2 && (words[0].equalsIgnoreCase("a") || words[0].equalsIgnoreCase("an"))
                && NOUNS.contains(words[1]) ? prev.name() : null;
    }

    /** A description given as the speaker (`Harbour Board spokesman`): capitalised, ending in a spokesperson noun. */
    private static boolean unnamed(Speaker sp) {
        if (sp == null || sp.name() == null || sp.kind() == SpeakerKind.PERSON || sp.kind() == SpeakerKind.ORGANIZATION
                || !Character.isUpperCase(sp.name().codePointAt(0))) {
            return false;
        }
        int space = sp.name().lastIndexOf(' ');
        return space > 0 && NOUNS.contains(sp.name().substring(space + 1));
    }

    /** The organisation the mention names between its indefinite article and the noun; null when none. */
    private static Name body(Doc d, Speaker sp) {
        List<Tok> toks = d.toks;
        int a = d.tokenAt(sp.ms()), b = d.tokenAt(Math.max(sp.ms(), sp.me() - 1));
        if (a < 0 || b - a < 2 || !NOUNS.contains(toks.get(b).low) || !(toks.get(a).low.equals("a")
                || toks.get(a).low.equals("an"))) {
            return null; // `the Harbour Board spokesman` may be the one the text named before
        }
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || t.qrole != Tok.OUT || b - a - 1 > NAME_WORDS) {
                return null;
            }
        }
        Name nm = d.names.classify(a + 1, b - 1);
        return nm == null || nm.canonical == null || nm.kind != SpeakerKind.ORGANIZATION || Lexicon.isRegion(nm.canonical)
                || WorldPlaces.is(nm.canonical) || Lexicon.PLACES.contains(Lexicon.lower(nm.canonical)) ? null : nm;
    }
}
