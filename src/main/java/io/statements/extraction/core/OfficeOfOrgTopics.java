package io.statements.extraction.core;

import java.util.List;

/**
 * Rule office-of-org-introduced (session lead49): `Mara Tollen asked her clients to keep calm. "...," the chief
 * executive of Harlow Bank told them`: a story names a person once, then the next sentence gives their office at an
 * organisation instead of their name. The mention is the person the sentence before (in the same paragraph or ending
 * the one before) introduced: the only person it names, named there and nowhere before it, with no other
 * title or description. Without such a person the mention keeps its reading as the organisation ({@link
 * MentionHeads#associatePreposition}); a person named before (`Trump attacked Harlow Bank. The president of Harlow
 * Bank said`) is somebody the story already knew, not whom it now describes by office.
 */
final class OfficeOfOrgTopics {
    private OfficeOfOrgTopics() {
    }

    /** The person the mention [a, b] stands for by the rule above, or null. */
    static String person(Doc d, int a, int b) {
        List<Tok> toks = d.toks;
        int of = officeOf(toks, a, ofTail(toks, b));
        if (of < 0) {
            return null;
        }
        int si = toks.get(a).sent;
        if (si <= 0 || toks.get(d.sentStart[si - 1]).para < toks.get(a).para - 1) {
            return null;
        }
        for (int k = d.sentStart[si]; k < a; k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.WORD && t.cap && t.qrole == Tok.OUT && k > d.sentStart[si]) {
                return null; // someone else named in the mention's own sentence first (the quote's words aside)
            }
        }
        NameIndex names = d.names;
        int from = toks.get(d.sentStart[si - 1]).s;
        String found = null;
        for (int k = names.mentionBefore(toks.get(a).s); k >= 0 && names.mentionPos.get(k)[0] >= from; k--) {
            if (names.mentionPos.get(k)[1] != SpeakerKind.PERSON.ordinal()) {
                continue;
            }
            String name = names.mentionName.get(k);
            if (found != null && !found.equals(name) || !name.contains(" ") || namedBefore(names, name, k)) {
                return null;
            }
            found = described(toks, names.mentionPos.get(k)[2]) ? null : name;
            if (found == null) {
                return null; // `Lina Ostrow, a city councillor,`: the sentence gave her what she is
            }
        }
        return found == null || d.titles.holdsOther(found, toks.get(of - 1).low, java.util.Set.of()) ? null : found;
    }

    /** `the chief executive of` + a capitalised name to b: the index of `of`, else -1. */
    private static int officeOf(List<Tok> toks, int a, int b) {
        if (b - a < 3 || !toks.get(a).low.equals("the")) {
            return -1;
        }
        for (int k = a + 1; k < b; k++) {
            Tok t = toks.get(k);
            if (t.low.equals("of")) {
                Tok role = toks.get(k - 1);
                int from = toks.get(k + 1).low.equals("the") ? k + 2 : k + 1;
                boolean office = k > a + 1
                        && (RoleWords.ROLES.contains(role.low) || MentionHeads.OFFICE_HEADS.contains(role.low));
                for (int n = from; n <= b && office; n++) {
                    office = toks.get(n).type == Tok.WORD && toks.get(n).cap;
                }
                return office && from <= b ? k : -1;
            }
            if (t.type != Tok.WORD || t.cap) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Session n61b, rule office-of-org-subject: a subject finder may stop the mention at its head (`The chief executive`
     * of `The chief executive of Tarvel Air has apologised`); the `of` + capitalised name right after it is still the
     * office's organisation. The last token of that name, else b.
     */
    private static int ofTail(List<Tok> toks, int b) {
        int k = b + 1 < toks.size() && toks.get(b + 1).low.equals("of") ? b + 2 : -1;
        k = k > 0 && k < toks.size() && toks.get(k).low.equals("the") ? k + 1 : k;
        int end = -1;
        while (k > 0 && k < toks.size() && toks.get(k).type == Tok.WORD && toks.get(k).cap && toks.get(k).qrole == Tok.OUT) {
            end = k++;
        }
        return end > 0 ? end : b;
    }

    /** Whether the name run at token i is followed by an appositive description (`, a city councillor`). */
    private static boolean described(List<Tok> toks, int i) {
        while (i + 1 < toks.size() && toks.get(i + 1).type == Tok.WORD && toks.get(i + 1).cap) {
            i++;
        }
        return i + 2 < toks.size() && toks.get(i + 1).text.equals(",")
                && Lexicon.DETERMINERS.contains(toks.get(i + 2).low);
    }

    /** How far back (in characters) an earlier mention of the person is looked for: as far as pronouns look. */
    private static final int REACH = 20_000;

    /** Whether the person's last name is among the index's mentions before mention k, within {@link #REACH}. */
    private static boolean namedBefore(NameIndex names, String name, int k) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        int from = names.mentionPos.get(k)[0] - REACH;
        for (int j = k - 1; j >= 0 && names.mentionPos.get(j)[0] >= from; j--) {
            String other = names.mentionName.get(j);
            if (other.equals(last) || other.endsWith(" " + last)) {
                return true;
            }
        }
        return false;
    }
}
