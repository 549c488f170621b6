package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66d, rule bare-title-nearest-description: a bare `the judge` takes the nearest earlier mention of its title
 * as antecedent. When that mention, in the same or the previous two paragraphs, is a description that brought in a
 * second holder the text never names (`High Court judge Tamsin Orr upheld the fine. The trial judge had found ... the
 * judge said`: a modifier the named judge was never given, no name beside it), the bare title is that unnamed one: no
 * name rather than the named judge. A modifier the holder was given (`the trial judge` for `trial judge X`), the
 * holder named after the description, or a rank word (`deputy`, read by {@link OfficeRanks}) leave the holder.
 */
final class UnnamedModifiedTitles {
    /** Words before a title that make no other holder: ranks and time words read elsewhere, adjectives of manner. */
    private static final Set<String> NOT_OTHER = Lexicon.words("""
            former then new same acting interim prime deputy vice assistant junior associate chief senior top
            outgoing incoming current late""");
    /** Paragraphs before the mention's own that the nearest mention of the title may stand in. */
    private static final int PARAGRAPHS = 2;

    private UnnamedModifiedTitles() {
    }

    /** Whether the bare title at {@code end} (role {@code role}) means an unnamed holder rather than {@code holder}. */
    static boolean unnamedNearer(Doc d, int end, String role, String holder) {
        List<Tok> toks = d.toks;
        int para = toks.get(end).para;
        for (int k = end - 1; k >= 2 && toks.get(k).para >= para - PARAGRAPHS; k--) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || t.cap || t.qrole != Tok.OUT || !RoleWords.isRole(t) || !RoleWords.role(t).equals(role)) {
                continue;
            }
            Tok mod = toks.get(k - 1);
            if (mod.type != Tok.WORD || mod.cap || !toks.get(k - 2).low.equals("the") || NOT_OTHER.contains(mod.low)
                    || Lexicon.DETERMINERS.contains(mod.low) || Words.endsWithPossessive(mod)) {
                return false; // the nearest mention is the bare title, or the holder's own
            }
            Tok next = k + 1 < toks.size() ? toks.get(k + 1) : null;
            if (next != null && (next.cap || next.text.equals(",") && k + 2 < toks.size() && toks.get(k + 2).cap)) {
                return false; // `the trial judge Ann Roe`, `the trial judge, Ann Roe,`: named
            }
            return !given(d, role, holder, mod.low) && !namedSince(d, holder, toks.get(k).s, toks.get(end).s);
        }
        return false;
    }

    /** Whether the text gave {@code holder} the title with this modifier before it (`trial judge Ann Roe`). */
    private static boolean given(Doc d, String role, String holder, String modifier) {
        for (PersonTitles.Holder h : d.titles.given(role)) {
            int at = d.tokenAt(h.pos());
            for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
                if (h.name().equals(holder) && d.toks.get(k).low.equals(modifier)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code holder} is named between the description and the mention (then the reader follows the name). */
    private static boolean namedSince(Doc d, String holder, int from, int to) {
        NameIndex names = d.names;
        for (int m = names.mentionBefore(to); m >= 0 && names.mentionPos.get(m)[0] >= from; m--) {
            String name = names.mentionName.get(m);
            if (holder.equals(name) || name != null && holder.endsWith(" " + name)) {
                return true;
            }
        }
        return false;
    }
}
