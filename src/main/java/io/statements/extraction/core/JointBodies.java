package io.statements.extraction.core;

import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n61c, rule joint-bodies-description: `"...," Denmark's two largest firms said in their joint statement`, `the
 * two companies said`, `both groups said`: a plural description of bodies counted as two (or `both`) speaks for the
 * two organisations the text named together shortly before (`Fjordline and Nordkraft have agreed to merge`), a
 * joint statement of both; the speaker is that pair, as `they` after a pair of names is. Without a pair named in
 * reach the description stays as it was.
 */
final class JointBodies {
    /** Plural heads of bodies that issue statements together. */
    private static final Set<String> HEADS = Lexicon.words("""
            companies firms groups banks carmakers airlines carriers lenders insurers operators utilities
            organisations organizations agencies ministries unions clubs federations partners""");
    private static final Set<String> COUNTS = Lexicon.words("two both");
    /** How far back the pair may be named: a few paragraphs. */
    private static final int PARAS = 3;

    private JointBodies() {
    }

    /** {@code found} when there is one, else the pair `the two firms` at [a, b] stands for, or null. */
    static Speaker or(Doc d, SpeakerResolver resolver, int a, int b, Speaker found) {
        if (found != null || b <= a || b - a > 6 || d.toks.get(b).type != WORD || !HEADS.contains(d.toks.get(b).low)) {
            return found;
        }
        boolean counted = false;
        for (int k = a; k < b; k++) {
            Tok t = d.toks.get(k);
            if (t.type != WORD || t.qrole != Tok.OUT) {
                return null;
            }
            counted |= COUNTS.contains(t.low);
        }
        if (!counted) {
            return null; // `the companies` may be any number of them
        }
        Tok head = d.toks.get(b);
        for (int k = a - 2; k > 0 && head.para - d.toks.get(k).para <= PARAS; k--) {
            Tok and = d.toks.get(k);
            if (and.type != WORD || !and.low.equals("and") || and.qrole != Tok.OUT) {
                continue;
            }
            Speaker pair = pairAround(d, resolver, k);
            if (pair != null) {
                Tok first = d.toks.get(a);
                return new Speaker(first.s, head.e, d.s.substring(first.s, head.e), pair.name(), SpeakerKind.GROUP, null);
            }
        }
        return null;
    }

    /** `Fjordline and Nordkraft`: two capitalised runs around {@code and}, both organisations; their pair or null. */
    private static Speaker pairAround(Doc d, SpeakerResolver resolver, int and) {
        int e = and - 1, s = e, c = and + 1, f = c;
        while (s - 1 >= 0 && capital(d, s - 1, and) && e - s < 4) {
            s--;
        }
        while (f + 1 < d.toks.size() && capital(d, f + 1, and) && f - c < 4) {
            f++;
        }
        if (!capital(d, e, and) || !capital(d, c, and)) {
            return null;
        }
        while (s < e && Words.endsWithPossessive(d.toks.get(s))) {
            s++; // `Norway's Fjordline`: the country is no part of the name
        }
        Speaker first = resolver.resolve(s, e), second = resolver.resolve(c, f);
        if (!body(d, first) || !body(d, second) || first.name().equals(second.name())) {
            return null;
        }
        return new Speaker(d.toks.get(s).s, d.toks.get(f).e, "", first.name() + " and " + second.name(),
                SpeakerKind.GROUP, null);
    }

    /**
     * An organisation, or a one-off name the index took for a person's but nothing shows is one (no gender, no first
     * name: `Fjordline`): the plural head (`firms`) says what the pair is.
     */
    private static boolean body(Doc d, Speaker sp) {
        if (sp == null || sp.name() == null) {
            return false;
        }
        String first = Lexicon.lower(SpeakerNames.SPACES.split(sp.name())[0]);
        return sp.kind() == SpeakerKind.ORGANIZATION || sp.kind() == SpeakerKind.PERSON && d.genders.of(sp.name()) == null
                && !PersonGenders.isFirstName(first) && !sp.name().contains(".");
    }

    private static boolean capital(Doc d, int k, int and) {
        Tok t = d.toks.get(k);
        return t.type == WORD && t.cap && t.qrole == Tok.OUT && t.sent == d.toks.get(and).sent;
    }
}
