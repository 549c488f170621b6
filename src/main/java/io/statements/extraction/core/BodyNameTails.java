package io.statements.extraction.core;

/**
 * Session n74c, rule body-name-tail: a body's name keeps its `for`/`of` tail. A subject finder that stops at a
 * preposition cuts `The Board of Appeal for Shipping gave a verdict` to `Board of Appeal`; the name index read
 * the whole name there, and a reader names the body in full. A speaker whose mention ends right before `for`/`of`
 * and a capitalised word, and whose name an organisation the index reads inside the mention extends with that tail,
 * is that organisation (`The Panel of Review for Aquatics ruled`: not `Panel`).
 */
final class BodyNameTails {
    private BodyNameTails() {
    }

    static void apply(Doc d) {
        if (d.names == null) {
            return;
        }
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.name().isEmpty() || sp.ms() < 0
                    || !tailFollows(d.s, sp.me())) {
                continue;
            }
            String full = indexed(d, sp);
            if (full != null) {
                st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), full, SpeakerKind.ORGANIZATION, sp.channel());
            }
        }
    }

    /** Whether ` for ` or ` of ` and a capitalised word follow the mention's end. */
    private static boolean tailFollows(String s, int me) {
        for (String link : new String[]{" for ", " of "}) {
            if (s.startsWith(link, me) && me + link.length() < s.length()
                    && Character.isUpperCase(s.charAt(me + link.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The organisation the index reads from inside the mention on past its end, its name extending the speaker's. */
    private static String indexed(Doc d, Speaker sp) {
        NameIndex names = d.names;
        String prefix = sp.name() + " ";
        for (int k = names.mentionBefore(sp.me()); k >= 0 && names.mentionPos.get(k)[0] >= sp.ms(); k--) {
            String name = names.mentionName.get(k);
            if (names.mentionPos.get(k)[1] == SpeakerKind.ORGANIZATION.ordinal() && name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                return rest.startsWith("for ") || rest.startsWith("of ") ? name : null;
            }
        }
        return null;
    }
}
