package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule spokesperson-for-organisation (session names41): `a spokeswoman for the Treasury`, `a spokesman for the
 * ministry` (the Foreign Ministry named before): an unnamed spokesperson speaks for the organisation, by its name when
 * the words after `for` resolve to one. A description left unresolved (`the ministry`) keeps `spokesman`, as does a
 * person's spokesman (`a spokesman for Ms. Hale`: the names slices give such quotes to the spokesman or the person);
 * a spokesperson named in apposition is read before ({@link TitleAppositives}).
 */
final class SpokespersonFor {
    /** How many words (`a`, `senior`) may stand before the spokesperson's noun in the mention. */
    private static final int WORDS_BEFORE = 2;

    private SpokespersonFor() {
    }

    /** The organisation the mention [a, b] of the text {@code s} is a spokesperson for, as its speaker, or null. */
    static Speaker organisation(SpeakerResolver resolver, List<Tok> toks, String s, int a, int b) {
        for (int k = a; k < b && k - a <= WORDS_BEFORE; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD) {
                return null;
            }
            if (t.low.startsWith("spokes") && !t.cap && toks.get(k + 1).low.equals("for") && k + 2 <= b) {
                int end = b;
                for (int m = k + 2; m <= b; m++) {
                    if (toks.get(m).type != WORD) {
                        if (m + 1 > b || toks.get(m + 1).cap || m == k + 2) {
                            return null; // `a spokesperson for the authority, Helen Mabry,`: the name the comma gives
                        }
                        end = m - 1; // `a spokesman for the Council, which organises the parade,`
                        break;
                    }
                }
                Speaker org = resolver.resolve(k + 2, end);
                // `the Treasury`: a capitalised name after an article is no person's, whatever the index read
                boolean named = org != null && org.name() != null && Character.isUpperCase(org.name().codePointAt(0))
                        && !Lexicon.isRegion(org.name()) && (org.kind() == SpeakerKind.ORGANIZATION
                        || toks.get(k + 2).low.equals("the") && toks.get(end).cap);
                int ms = toks.get(a).s, me = toks.get(b).e;
                if (named) {
                    return new Speaker(ms, me, s.substring(ms, me), org.name(), SpeakerKind.ORGANIZATION, null);
                }
                String holder = titled(toks, k + 2, end) ? namedElsewhere(resolver, toks, k) : null;
                return holder == null ? null : new Speaker(ms, me, s.substring(ms, me), holder, SpeakerKind.PERSON, null);
            }
        }
        return null;
    }

    /** `the country's minister of foreign affairs`, `Aotearoa's defence minister`: a lower-case title in [a, b]. */
    private static boolean titled(List<Tok> toks, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (!toks.get(k).cap && RoleWords.isRole(toks.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names43, rule spokesperson-for-title-holder: a lead writes `A spokesperson for the country's foreign
     * minister says ...` and a later sentence `A spokesperson for Ann Loy said ...`: the office is named first, its
     * holder next. The spokesperson's noun at k stands for the one person the article writes after another
     * `spokesperson for` (any of `spokesman`, `spokeswoman`, `spokesperson`); none when it writes two.
     */
    private static String namedElsewhere(SpeakerResolver resolver, List<Tok> toks, int k) {
        String holder = null;
        for (int m = 0; m + 2 < toks.size(); m++) {
            Tok t = toks.get(m);
            if (m == k || !t.low.startsWith("spokes") || t.cap || !toks.get(m + 1).low.equals("for")
                    || !toks.get(m + 2).cap || RoleWords.isRole(toks.get(m + 2))) {
                continue;
            }
            int e = m + 2;
            while (e + 1 < toks.size() && toks.get(e + 1).cap && toks.get(e + 1).type == WORD && e - m < 5) {
                e++;
            }
            Speaker person = e > m + 2 ? resolver.resolve(m + 2, e) : null; // a full name: `Ann Loy`
            if (person == null || person.kind() != SpeakerKind.PERSON || person.name() == null
                    || person.name().indexOf(' ') < 0) {
                continue;
            }
            if (holder != null && !holder.equals(person.name())) {
                return null; // two people's spokespeople: the office names neither for certain
            }
            holder = person.name();
        }
        return holder;
    }
}
