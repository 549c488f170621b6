package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n68a, rule place-qualified-body: a state body is named in news by its country or place and a common noun,
 * not by a capitalised name: `the Norwegian government`, `Romania's police`, `Japan's transport ministry`, `the
 * Delvan county police`. Later the copy calls it `the government`, `police`, `the ministry`, which the name index
 * cannot link (the qualified form has a lower-case head, so it is no organisation name), and the speaker stayed the
 * bare noun. The mention (`police`, `the government`, `the <modifier> ministry`) is the body the article wrote with a
 * nationality adjective, a known place or a place's possessive before that noun; a modifier must agree (`the foreign
 * ministry` never reaches a transport ministry). When the article qualifies the noun by two different places (`the
 * Mexican government` and `the American government`) it is left as it is unless one of them is written in the
 * mention's own paragraph or the one before (the nearest there), since stories about two states give either the noun.
 * A body qualified only after the mention counts only in the headline or lead. The place is read by {@link
 * PlaceQualifiers} (n71m), shared with {@link PlaceOwnedBodies}.
 */
final class PlaceQualifiedBodies {
    /** Nouns of state bodies news qualifies by a country or place rather than naming them. */
    private static final Set<String> HEADS = Lexicon.words("""
            government police army military navy ministry court parliament authorities cabinet embassy regime junta
            coastguard judiciary prosecutors""");

    /** Nouns news writes without an article for the body (`police said`); `government plans` is no body's word. */
    private static final Set<String> BARE = Lexicon.words("police authorities prosecutors");

    /**
     * The last paragraph of the headline and lead (paragraphs 0 to 2): a body qualified only after the mention counts
     * there, where the story says whose it is; farther on it may be a second country's (`Police said ...` in a
     * Johannesburg story that later names a neighbour's police force).
     */
    private static final int LEAD = 2;

    private PlaceQualifiedBodies() {
    }

    /** A capitalised mention as {@link HeadNounBodies#or} reads it, or the qualified body for a bare `Police`. */
    static Speaker headed(Doc d, int a, int end, Speaker resolved) {
        return or(d, a, end, HeadNounBodies.or(d, a, end, resolved));
    }

    /** The resolved speaker, or the qualified body when the mention [a, end] is a bare capitalised `Police`. */
    private static Speaker or(Doc d, int a, int end, Speaker resolved) {
        if (a != end || !HEADS.contains(d.toks.get(end).low)) {
            return resolved; // only `Police said` opening a sentence: a capitalised noun that is no name
        }
        String body = find(d, a, end, d.toks.get(end).low, d.toks.get(a).s);
        return body == null ? resolved
                : new Speaker(resolved.ms(), resolved.me(), resolved.mention(), body, SpeakerKind.ORGANIZATION, null);
    }

    /** The qualified body the mention [a, end] (head noun {@code head} at end) stands for, or null. */
    static String find(Doc d, int a, int end, String head, int ms) {
        if (!HEADS.contains(head) || end - a > 2) {
            return null; // quick rejection: most descriptions are of no state body
        }
        List<Tok> toks = d.toks;
        if (end > a ? !toks.get(a).low.equals("the") : !BARE.contains(head)) {
            return null; // `his government`, `a court`, `whose government`: not the one the article qualified
        }
        String mod = end - a == 2 ? toks.get(end - 1).low : null;
        if (mod != null && (toks.get(end - 1).cap || toks.get(end - 1).type != WORD)) {
            return null;
        }
        int mentionPara = toks.get(end).para;
        String before = null, beforeKey = null, after = null, onlyKey = null;
        boolean several = false;
        for (int k = 1; k < toks.size(); k++) {
            Tok t = toks.get(k);
            if (k == end || !t.low.equals(head) || t.type != WORD
                    || k + 1 < toks.size() && toks.get(k + 1).cap && toks.get(k + 1).type == WORD) {
                continue; // `the Tanzanian Police Force` is a name the index reads, not a qualified noun
            }
            int j = k - 1;
            String candMod = null;
            if (PlaceQualifiers.placeEnd(toks, j) == j && !toks.get(j).cap && toks.get(j).type == WORD
                    && !PlaceQualifiers.NOT_PLACE.contains(toks.get(j).low)) {
                candMod = toks.get(j).low; // `Japan's transport ministry`; the `s` of `U.S.'s police` is none
                j--;
            }
            if (mod != null && !mod.equals(candMod)) {
                continue; // a modifier must agree
            }
            j = PlaceQualifiers.placeEnd(toks, j);
            int i = PlaceQualifiers.start(toks, j);
            if (i < 0) {
                continue;
            }
            String key = PlaceQualifiers.state(toks, i, j);
            several |= onlyKey != null && !onlyKey.equals(key);
            onlyKey = onlyKey == null ? key : onlyKey;
            String form = d.s.substring(toks.get(i).s, t.e);
            if (t.s < ms) {
                before = form;
                beforeKey = toks.get(k).para >= mentionPara - 1 ? key : null;
            } else if (after == null && t.para <= LEAD) {
                after = form;
            }
        }
        if (several) {
            return beforeKey != null ? before : null; // two states: only one written in the last paragraphs
        }
        return before != null ? before : after;
    }
}
