package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n69c: two readings of an `it` subject of a cue that come before the organisation it would otherwise take
 * ({@link DocumentIt} and the last organisation named).
 * <ul>
 * <li>Rule it-expletive-passive: `it was reported that ...`, `It is believed the crew ...`, `..., it was announced
 * Tuesday.`, `where, it is said, ...`: an `it` followed by a passive verb of saying or knowing and then a clause (or
 * set off by commas) refers to nothing; English puts it there because the clause is the real subject. Nobody is named
 * as the source, so the speaker is unnamed, never the organisation or the country named last. `It is expected to
 * rise` (raising: `it` is the thing that rises) and `it was announced by the board` (the agent speaks) are left
 * alone.</li>
 * <li>Rule it-document-voice: `"...," the harbour board's statement reads. It continues, "..."`: an `it` opening the
 * sentence right after one whose statement was spoken by a document (the mention's head a document noun) is that
 * document going on, so it keeps that statement's speaker (the issuer, or nobody when none was found), not the
 * organisation named last in the text.</li>
 * </ul>
 */
final class ItVoices {
    private ItVoices() {
    }

    /** `is`, `was` and the auxiliaries before `been`/`be` of a passive. */
    private static final Set<String> BE = Lexicon.words("is was are were");
    private static final Set<String> PERFECT = Lexicon.words("has had have");
    private static final Set<String> MODAL = Lexicon.words("will would could may might");

    /** Participles of saying or knowing that take a clause after an expletive `it`. */
    private static final Set<String> PASSIVES = Lexicon.words("""
            reported said announced revealed claimed alleged believed understood learned learnt thought confirmed
            rumoured rumored feared known stated disclosed noted estimated suggested argued reckoned suspected
            expected claimed indicated""");

    /** Adverbs between the auxiliary and the participle (`it was widely reported`, `it was later announced`). */
    private static final Set<String> ADVERBS = Lexicon.words("also widely now later previously already further earlier"
            + " first generally since then");

    /** Words that open a clause after the participle (the clause that is the passive's real subject). */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.words("that he she they we i you there the a an no some"
            + " his her their its this these those several many two three four five");

    /** Time words after the participle before its clause (`it was announced on Tuesday that`). */
    private static final Set<String> TIME = Lexicon.words("on in last this earlier late yesterday today tonight"
            + " overnight week month year morning night afternoon evening");

    /** Both rules, else {@link DocumentIt#antecedent}. */
    static Speaker antecedent(Doc d, SpeakerResolver resolver, int ms, int me, String mention, int prev) {
        if (expletive(d, d.tokenAt(ms))) {
            return new Speaker(ms, me, mention, null, SpeakerKind.ANONYMOUS, null);
        }
        Speaker voice = documentVoice(d, ms, me, mention, prev);
        voice = voice != null ? voice : ItAfterQuotes.antecedent(d, resolver, ms, me, mention, prev); // n73b
        return voice != null ? voice : DocumentIt.antecedent(d, resolver, ms, me, mention, prev);
    }

    /** Rule it-expletive-passive at token {@code k} (an `it`). */
    static boolean expletive(Doc d, int k) {
        int n = d.toks.size(), j = k + 1;
        if (j >= n || !d.toks.get(k).low.equals("it")) {
            return false;
        }
        String aux = d.toks.get(j).low;
        if (PERFECT.contains(aux) || MODAL.contains(aux)) { // `it has been said`, `it will be announced`
            j++;
            if (j >= n || !d.toks.get(j).low.equals(PERFECT.contains(aux) ? "been" : "be")) {
                return false;
            }
        } else if (!BE.contains(aux)) {
            return false; // quick rejection: most `it`s are followed by a verb of their own
        }
        j++;
        while (j < n && (ADVERBS.contains(d.toks.get(j).low) || d.toks.get(j).low.endsWith("ly") && d.toks.get(j).low.length() > 4)) {
            j++;
        }
        if (j >= n || !PASSIVES.contains(d.toks.get(j).low)) {
            return false;
        }
        int after = j + 1;
        while (after < n && after - j <= 3 && TIME.contains(d.toks.get(after).low)
                || after < n && after - j <= 3 && after > j + 1 && TIME.contains(d.toks.get(after - 1).low)
                && d.toks.get(after).type == Tok.WORD && d.toks.get(after).cap) {
            after++; // `on Tuesday`, `last week`, `earlier today`
        }
        if (after >= n || d.toks.get(after).sent != d.toks.get(k).sent) {
            return setOff(d, k); // `..., it was reported` closing the text
        }
        Tok next = d.toks.get(after);
        if (next.low.equals("to") || next.low.equals("by")) {
            return false; // `it is expected to rise`: `it` is the thing; `by the board`: the agent speaks
        }
        if (next.text.equals(",") || next.text.equals(".")) {
            return setOff(d, k); // `where, it is said, ...`, `..., it was announced.`
        }
        return next.type == Tok.WORD && (CLAUSE_OPENERS.contains(next.low) || next.cap);
    }

    /** Whether the `it` at k follows a comma or a quote's closing mark (a parenthetical `it was said`). */
    private static boolean setOff(Doc d, int k) {
        return k > 0 && (d.toks.get(k - 1).text.equals(",") || d.toks.get(k - 1).qrole == Tok.CLOSE);
    }

    /** Rule it-document-voice: the speaker of the previous sentence's last statement when a document spoke it. */
    private static Speaker documentVoice(Doc d, int ms, int me, String mention, int prev) {
        if (prev < 0 || d.out.isEmpty() || !DocumentIt.opensSentence(d, ms)) {
            return null;
        }
        Stmt last = null;
        for (int k = d.out.size() - 1; k >= 0 && k >= d.out.size() - 8; k--) {
            Stmt st = d.out.get(k);
            if (st.cs < ms) {
                last = st;
                break;
            }
        }
        if (last == null || last.sent != prev || last.sp == null || last.sp.mention() == null
                || !documentHead(last.sp.mention())) {
            return null;
        }
        // kind ORGANIZATION as in DocumentIt: an `it` is no person a later `he` could stand for
        return new Speaker(ms, me, mention, last.sp.name(), SpeakerKind.ORGANIZATION, null);
    }

    /** Whether a mention's head (its last word before `for`/`of`/`by`/`from`/a comma) is a lower-case document noun. */
    static boolean documentHead(String mention) {
        String[] words = SpeakerNames.SPACES.split(mention.trim());
        String head = null;
        for (String w : words) {
            String low = Lexicon.lower(w);
            if (low.equals("for") || low.equals("of") || low.equals("by") || low.equals("from")) {
                break;
            }
            head = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
            if (w.endsWith(",")) {
                break; // `The statement, issued by ...,`: the head before the aside
            }
        }
        return head != null && !head.isEmpty() && Character.isLowerCase(head.charAt(0))
                && Lexicon.DOC_NOUNS.contains(Lexicon.lower(head));
    }
}
