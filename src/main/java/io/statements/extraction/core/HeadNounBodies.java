package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Rule definite-org-head (session n60a): `The Court said`, `the Commission said`: a definite article and one
 * capitalised organisation noun is the body the text named before whose name holds that noun (`the Harbour Supreme
 * Court`, `the Tarn Commission for Coastal Trade`), not the bare word `Court`. Any organisation noun, any body;
 * words that are a body's whole name when capitalised (`the Kremlin`, `the Senate`) stay as they are.
 */
final class HeadNounBodies {
    private HeadNounBodies() {
    }

    /** Capitalised, the body's whole name or another body's (`the House` is not the White House). */
    private static final Set<String> WHOLE_NAMES = Lexicon.words(
            "kremlin senate pentagon regime police house congress");

    /** Head nouns of bodies besides {@link Lexicon#ORG_NOUNS}. */
    private static final Set<String> MORE_HEADS = Lexicon.words("""
            tribunal agency bank fund trust league academy society school college hospital church secretariat assembly
            command corps laboratory observatory panel inquiry""");

    /** The named body the mention [a, end] stands for (an organisation), else the speaker as resolved. */
    static Speaker or(Doc d, int a, int end, Speaker resolved) {
        List<Tok> toks = d.toks;
        if (end != a + 1 || !toks.get(a).low.equals("the") || !toks.get(end).cap) {
            return resolved;
        }
        String head = toks.get(end).low;
        if (!Lexicon.ORG_NOUNS.contains(head) && !MORE_HEADS.contains(head) || WHOLE_NAMES.contains(head)
                || Words.isAcronym(toks.get(end).text)) {
            return resolved;
        }
        String named = headed(d.names, head, resolved.ms());
        return named == null ? resolved
                : new Speaker(resolved.ms(), resolved.me(), resolved.mention(), named, SpeakerKind.ORGANIZATION, null);
    }

    /**
     * The organisation named last before `before` (within about 20,000 characters) whose head is `head`: its last
     * word (`Marvanian Supreme Court`) or the word before its first `of`/`for` (`Ministry of Finance`, `Tribunal of
     * Appeal for Amateur Sport`); not a name that merely holds the word (`the 12th Academy Prizes` is a prize).
     */
    private static String headed(NameIndex names, String head, int before) {
        for (int k = names.mentionBefore(before); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < before - 20000) {
                return null;
            }
            if (mp[0] >= before || mp[1] != SpeakerKind.ORGANIZATION.ordinal()) {
                continue;
            }
            String[] w = names.mentionName.get(k).toLowerCase(java.util.Locale.ROOT).split(" ");
            int of = 1;
            while (of < w.length && !w[of].equals("of") && !w[of].equals("for")) {
                of++;
            }
            if (w.length > 1 && (w[w.length - 1].equals(head) || of < w.length && w[of - 1].equals(head))) {
                return names.mentionName.get(k);
            }
        }
        return null;
    }
}
