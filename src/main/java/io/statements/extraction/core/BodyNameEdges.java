package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n73c: where an organisation's name starts and ends. A body's name may hold function words and `&` that a
 * person's name never holds, so readers built for people cut it short or read two people into it:
 * <ul>
 * <li><b>title-case-body</b> ({@link #speaker}): `The Friends' Network of those Harmed by Clergy said`,
 * `the Campaign for the Protection of Rural Wales said`: a mention after `the` whose every word is capitalised but
 * for lower-case links (`of`, `of those`, `for`, `by`, `the`, `and`, `&`, `against`; not `in`, `on`, `at`, which
 * open a place or a time after the name), headed by an organisation word right before its first link (not an
 * office's `the Member of Parliament for X`) and ending on a capitalised word, is that body's whole name, not its
 * last capitalised run.</li>
 * <li><b>ampersand-employer</b> ({@link #employerRun}): `Acme & Company Labor Relations Vice President Ann Roe said`:
 * `&` joins the parts of a firm's name (`Harlow & Company`, `Lowe & Marsh`), never two people named
 * together, so the run before the person is one employer and title.</li>
 * <li><b>plural-people-body</b> ({@link #pluralPeopleRun}): `the United Forge Workers`, `the Airline Pilots`:
 * a run ending in a plural noun for people, not an office's, names a body, never a person.</li>
 * </ul>
 */
final class BodyNameEdges {
    private BodyNameEdges() {
    }

    /** Lower-case words that link the parts of a body's title-case name. */
    private static final Set<String> LINKS = Lexicon.words("of for by the and against those");

    /**
     * The body's speaker when the mention [a, b] opens with `the` and reads as one title-case name holding an
     * organisation word and a link word that a person's name never holds (title-case-body); else null.
     */
    static Speaker speaker(Doc d, int a, int b, int ms, int me, String mention) {
        List<Tok> toks = d.toks;
        if (b - a < 4 || !toks.get(a).low.equals("the") || !toks.get(b).cap || toks.get(b).type != Tok.WORD) {
            return null; // quick rejection: most mentions are short or open with no `the`
        }
        boolean org = false, link = false;
        for (int k = a + 1; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.WORD && t.cap && t.qrole == Tok.OUT) {
                // the head before the first link is a body word: `Network of ...`, not an office's `Member of ...`
                org |= !link && k < b && Lexicon.ORG_WORDS.contains(Words.lowStripped(t))
                        && !toks.get(k + 1).cap && LINKS.contains(toks.get(k + 1).low);
            } else if (t.type == Tok.WORD && !t.cap && LINKS.contains(t.low) && k > a + 1
                    && toks.get(k - 1).qrole == Tok.OUT
                    && !(t.low.equals("the") && toks.get(k - 1).type == Tok.WORD && !toks.get(k - 1).cap)
                    || t.text.equals("&")) {
                link |= !t.low.equals("the") && !t.low.equals("and") && !t.text.equals("&");
            } else {
                return null; // a comma, a lower-case content word, a quote: no single name
            }
        }
        if (!org || !link || !toks.get(a + 1).cap) {
            return null;
        }
        String name = Words.stripPossessive(d.s.substring(toks.get(a + 1).s, toks.get(b).e));
        return new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, null);
    }

    /** The person {@code second} speaking under the employer and title before the name, from {@code ms} on. */
    static Speaker employed(Doc d, int ms, Speaker second) {
        return new Speaker(ms, second.me(), d.s.substring(ms, second.me()), second.name(), second.kind(),
                second.channel());
    }

    /**
     * Whether the subject run from {@code start} over `&` at {@code amp} to the person's name is one employer and
     * title (ampersand-employer): capitalised words on both sides of `&`, and the words after it run on before the
     * person's name rather than open it (`Acme & Company ... Ann Roe`, not `Mr & Mrs Roe`).
     */
    static boolean employerRun(List<Tok> toks, int start, int amp, Speaker second) {
        if (!toks.get(amp).text.equals("&") || amp + 1 >= toks.size() || HonorificCouples.opens(toks, start)
                || second == null || second.name() == null) {
            return false;
        }
        Tok after = toks.get(amp + 1);
        return after.cap && after.type == Tok.WORD && !second.name().contains(Words.stripPossessive(after.text));
    }

    /**
     * Whether the run [a, b] ends in a plural noun for people that is no office's (`Forge Workers`, `Airline Pilots`:
     * a union's or a trade's body), so names a body, never a person (plural-people-body). A plural office (`Agriculture
     * Ministers`, `Skylark Captains`) names a group of holders, no body for a later `it`: the pre-pass only leaves it
     * out ({@link NameEdges#pluralPeopleTail}).
     */
    static boolean pluralPeopleRun(Doc d, List<Tok> toks, int a, int b) {
        if (!NameEdges.pluralPeopleTail(d, toks, a, b)) {
            return false;
        }
        String low = toks.get(b).low, one = low.substring(0, low.length() - 1);
        return !RoleWords.ROLES.contains(one) && !Lexicon.TITLES.contains(one) && !Lexicon.TITLES.contains(low);
    }
}
