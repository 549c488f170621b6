package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session pron20: a document the article named earlier with its author's name before the noun (`A new Harlow Institute
 * report finds ...` ... `From the report: "..."`, `a Gazette poll` ... `the poll found`) is that author's, when no
 * sentence says who issued it ({@link DocumentIssuers}).
 */
final class NamedDocuments {
    /** How many capitalised words an author's name before the noun may have. */
    private static final int NAME_WORDS = 5;

    private final Doc d;
    private final List<Tok> toks;

    NamedDocuments(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The author named before the latest earlier {@code noun} that has a name before it, or null. */
    Speaker author(String noun, int before) {
        for (int i = d.tokenAt(before - 1); i > 0; i--) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.cap || t.qrole != Tok.OUT || !sameNoun(t.low, noun)) {
                continue;
            }
            if (t.para == 0) {
                continue; // a headline's words (`Super PAC ad hits ...`) name a kind, not the author
            }
            Speaker from = authorAfter(i);
            if (from != null) {
                return from;
            }
            int b = i - 1, a = b;
            if (!nameWord(toks.get(b), t.sent)) {
                continue;
            }
            while (a - 1 >= 0 && b - a + 1 < NAME_WORDS && nameWord(toks.get(a - 1), t.sent)
                    && !Words.endsWithPossessive(toks.get(a - 1))) {
                a--;
            }
            if (a == b && a == d.sentStart[t.sent]) {
                continue; // `Internal documents show`: one capitalised word opening a sentence is no name
            }
            Name nm = d.names.classify(a, b);
            if (nm == null || nm.canonical == null || PLATFORMS.contains(Lexicon.lower(nm.canonical))
                    || Lexicon.isRegion(nm.canonical)
                    || Lexicon.PLACES.contains(Lexicon.lower(nm.canonical))
                    || !SpeakerNames.isName(nm.canonical, nm.kind)) {
                continue; // `a new Texas report`: a place's, not an author's
            }
            return new Speaker(t.s, t.e, nm.canonical, nm.canonical, nm.kind, null);
        }
        return null;
    }

    /** Where a piece was posted, not who wrote it: `a Facebook post`, `a YouTube video`. */
    private static final java.util.Set<String> PLATFORMS = Lexicon.words(
            "facebook twitter instagram youtube snapchat tiktok linkedin reddit tumblr medium");

    /** `a new television ad from Our Principles PAC`: the capitalised name after `from` or `by`, or null. */
    private Speaker authorAfter(int noun) {
        int k = noun + 1;
        if (k + 1 >= toks.size() || !(toks.get(k).low.equals("from") || toks.get(k).low.equals("by"))) {
            return null;
        }
        int a = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1, b = a;
        if (a >= toks.size() || !nameWord(toks.get(a), toks.get(noun).sent)) {
            return null;
        }
        while (b + 1 < toks.size() && b - a + 1 < NAME_WORDS && nameWord(toks.get(b + 1), toks.get(noun).sent)) {
            b++;
        }
        Name nm = d.names.classify(a, b);
        return nm == null || nm.canonical == null || !SpeakerNames.isName(nm.canonical, nm.kind)
                || PLATFORMS.contains(Lexicon.lower(nm.canonical)) ? null
                : new Speaker(toks.get(a).s, toks.get(b).e, nm.canonical, nm.canonical, nm.kind, null);
    }

    private static boolean nameWord(Tok t, int sent) {
        return t.type == WORD && t.cap && t.qrole == Tok.OUT && t.sent == sent;
    }

    private static boolean sameNoun(String word, String noun) {
        return word.equals(noun) || word.equals(noun + "s") || noun.equals(word + "s");
    }
}
