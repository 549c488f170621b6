package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;
import static io.statements.extraction.core.Words.*;

/**
 * Session names46, rule long-organisation-name: `The Organisation for Security and Cooperation in Eastern Marenia
 * said`, `the Department of Fisheries and Oceans said`, `The Ministry of Housing, Communities and Regional Renewal
 * said`, `The Food and Drug Authority said`: a subject found before its verb stopped at the `and` inside the name
 * (`Cooperation`, `Oceans`, `Drug Authority`). The noun phrase that opens right after a lower-case `and` goes back
 * over the capitalised run before it when the two halves are one organisation's name:
 * <ol>
 * <li>the run before `and` holds an organisation word followed by `of` / `for` / `in` / `on` (`Organisation for
 * Security`, `International Federation of Rowing`, `Ministry of Housing, Communities`: a list of single capitalised
 * words may stand between commas), so that `and` joins the objects of that preposition; or</li>
 * <li>the run before `and` is one capitalised word right after `the` and the phrase after it ends on an organisation
 * word (`The Food and Drug Authority`, `the Alcohol and Gaming Commission`).</li>
 * </ol>
 * Two people (`Kari Lund and Nils Berg`), two places (`Marenia and Tolvia`) or two organisations each complete
 * (`The Harbour Board and the Port Authority`: its own article) have no such shape and stay as they were.
 */
final class LongOrganisationNames {
    private static final Set<String> LINKS = Lexicon.words("of for in on");

    private LongOrganisationNames() {
    }

    /** {@code np} ([start, end], a noun phrase ending before a cue) run back to its organisation's name; else np. */
    static int[] extend(List<Tok> toks, int[] np, int ss) {
        int and = np[0] - 1;
        if (and - 1 < ss || !toks.get(and).low.equals("and") || toks.get(and).cap || !isNameTok(toks.get(np[0]))
                || person(toks.get(np[0]))) { // `the Ministry of Defence and Tom Reyes`, `... and Professor Lund`
            return np;
        }
        int a = and - 1;
        while (a >= ss) {
            Tok t = toks.get(a);
            if (isNameTok(t) && !t.low.equals("the") && !endsWithPossessive(t)) { // not `Ostrel's Institute`
                a--;
            } else if (a - 1 >= ss && isNameTok(toks.get(a - 1)) && (t.type == WORD && t.qrole == OUT
                    && LINKS.contains(t.low) || t.text.equals(",") && a == and - 2)) {
                a--; // a comma only in `Housing, Communities and`: a list of single words right before `and`
            } else {
                break;
            }
        }
        int start = a + 1;
        if (start >= and) {
            return np;
        }
        boolean the = a >= ss && toks.get(a).low.equals("the");
        boolean compound = the && (start == and - 1 || sharedHead(toks, start, and))
                && Lexicon.ORG_WORDS.contains(toks.get(np[1]).low);
        if (!compound && !orgWordThenLink(toks, start, and)) {
            return np;
        }
        // with its `the`, as a one-word organisation's phrase (`Officials at the X and Y`: an object phrase); not
        // after `by` (`a study published in May by the X and Y noted`: an agent, no `Mr. Morgan of the Z`)
        int from = the && !(a - 1 >= ss && toks.get(a - 1).low.equals("by")) ? a : start;
        return np.length > 2 ? new int[]{from, np[1], np[2]} : new int[]{from, np[1]};
    }

    /**
     * The organisation's name when the mention [a, b] is such a name (`the Ministry of Housing, Communities and
     * Regional Renewal (MHCRR)`): the text from its first capitalised word to its last, so that neither a comma inside
     * it nor `in <place>` cuts it (the speaker, an organisation); else null.
     */
    static Speaker speaker(Doc d, int a, int b, int ms, int me, String mention) {
        List<Tok> toks = d.toks;
        if (b - a < 2) {
            return null;
        }
        Speaker titleCase = BodyNameEdges.speaker(d, a, b, ms, me, mention); // n73c: `The X Network of those Y by Z`
        if (titleCase != null) {
            return titleCase;
        }
        int k = toks.get(a).low.equals("the") ? a + 1 : a, end = b, and = -1;
        for (int m = k; m <= b; m++) {
            Tok t = toks.get(m);
            if (t.text.equals("(") && m > k) {
                end = m - 1; // an acronym after the name
                break;
            }
            boolean link = !t.cap && (LINKS.contains(t.low) || t.low.equals("and")) && m > k && m < b;
            boolean comma = t.text.equals(",") && m > k && m + 2 <= b && toks.get(m + 2).low.equals("and");
            if (!isNameTok(t) && !link && !comma) {
                return null;
            }
            and = t.low.equals("and") && and < 0 ? m : and;
        }
        if (and < 0 || !isNameTok(toks.get(end)) || person(toks.get(and + 1)) || !(orgWordThenLink(toks, k, and)
                || (k == and - 1 || sharedHead(toks, k, and)) && k > a
                && Lexicon.ORG_WORDS.contains(toks.get(end).low))) {
            return null;
        }
        String name = stripPossessive(d.s.substring(toks.get(k).s, toks.get(end).e));
        return new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, null);
    }

    /**
     * Rule shared-head-name (session n66b): `the National Flood Prevention and Relief Service (NFPRS)`: capitalised
     * words without a body word of their own before `and` share the body word that ends the words after it (`Flood
     * Prevention` is no body), as `the Food and Drug Authority` does with one word; a place (`the Kestland and Varo
     * Port Authority`, two bodies or a joint one) or a body word before `and` (two bodies) is not read so.
     */
    private static boolean sharedHead(List<Tok> toks, int from, int and) {
        if (and - from < 2 || and - from > 5) {
            return false;
        }
        for (int k = from; k < and; k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap || Words.endsWithPossessive(t) || Lexicon.ORG_WORDS.contains(t.low)
                    || Lexicon.PLACES.contains(t.low) || Lexicon.REGIONS.contains(t.low)
                    || PersonGenders.isFirstName(t.low)) {
                return false;
            }
        }
        return true;
    }

    /** A first name or a title opening the phrase after `and`: a person joined to the organisation. */
    private static boolean person(Tok t) {
        return PersonGenders.isFirstName(t.low) || Lexicon.TITLES.contains(t.low);
    }

    /** An organisation word, then later a lower-case `of` / `for` / `in` / `on`, in [from, to). */
    private static boolean orgWordThenLink(List<Tok> toks, int from, int to) {
        boolean org = false;
        for (int k = from; k < to; k++) {
            Tok t = toks.get(k);
            if (t.cap && Lexicon.ORG_WORDS.contains(t.low)) {
                org = true;
            } else if (org && !t.cap && LINKS.contains(t.low)) {
                return true;
            }
        }
        return false;
    }
}
