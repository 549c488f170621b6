package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n63b, rule gender-from-own-possessive: `Tenby Vale resigned his seat`, `Ruta Okoro lost her appeal`. A
 * possessive pronoun right after the past-tense verb a named person is the subject of, before a common noun, is in
 * news writing that person's own (a reporter who meant someone else would name them), so it tells the person's gender
 * where no first-name list or title does. Only a verb right after the name run (an adverb between is fine), only
 * `his` or `her` followed by a lower-case noun (`met her`, `told her that`, `backed her up`: an object, no
 * possessive), and {@link PronounGenders} still drops a person given both genders.
 */
final class OwnPossessives {

    /** Past forms that do not end in -ed (a verb ending in -ed is taken as one). */
    private static final Set<String> IRREGULAR_PAST = Lexicon.words("""
            left lost won took made quit began spent gave held kept led sold built wrote broke brought bought
            sent set cut put shut shot beat hid hit threw drove rode stole tore wore swore split shook""");

    /** Words after `her` that make it an object, or that no possessive goes before. */
    private static final Set<String> NOT_NOUNS = Lexicon.words("""
            that to the a an and or but as if when because so than then for of in on at by with from into about
            after before not never also was is were be been had has have would could should will up down out off
            over back away around through again here there""");

    private OwnPossessives() {
    }

    /**
     * The past-tense verb right after the name run that opens at {@code start}, when a possessive `his`/`her` and a
     * lower-case noun follow it; else -1.
     */
    static int verbBefore(List<Tok> toks, int start) {
        int j = start;
        while (j + 1 < toks.size() && j - start < 5 && toks.get(j + 1).type == WORD && toks.get(j + 1).cap) {
            j++;
        }
        j++;
        j = pastWhoAside(toks, j);
        while (j < toks.size() && toks.get(j).type == WORD && !toks.get(j).cap
                && Lexicon.ADVERBS_AUX.contains(toks.get(j).low)) {
            j++; // `Vale also resigned`, `Vale has resigned`
        }
        if (j + 2 >= toks.size()) {
            return -1;
        }
        Tok verb = toks.get(j), own = toks.get(j + 1), noun = toks.get(j + 2);
        if (own.type != WORD || own.cap || !own.low.equals("his") && !own.low.equals("her")) {
            return -1; // the rare part first: most names have no `his` or `her` two words on
        }
        if ((noun.type == DQ || noun.type == SQ) && j + 3 < toks.size()) {
            noun = toks.get(j + 3); // `ended his "wasted" term`: a scare quote on the noun phrase
        }
        boolean past = verb.type == WORD && !verb.cap && verb.qrole == OUT && verb.low.length() > 3
                && (verb.low.endsWith("ed") || IRREGULAR_PAST.contains(verb.low));
        boolean possessive = own.type == WORD && !own.cap && own.qrole == OUT && own.sent == verb.sent
                && (own.low.equals("his") || own.low.equals("her"));
        boolean common = noun.type == WORD && !noun.cap && noun.sent == verb.sent && !NOT_NOUNS.contains(noun.low);
        return past && possessive && common ? j : -1;
    }

    /**
     * Session n65a: `Marisol, who like many in the valley uses one name, lost her husband`: a relative clause set off by
     * commas between the name and its verb is skipped (its subject is the name too); the token after its closing
     * comma, else {@code j}. Only `, who` and a closing comma within 20 tokens of the same sentence, outside quotes.
     * This one: the last token of the name run opening at {@code start} when such an aside stands between it and the
     * verb at {@code verb}; else {@code verb - 1} (the token the name ends on otherwise).
     */
    static int beforeWhoAside(List<Tok> toks, int start, int verb) {
        int e = start;
        while (e + 1 < verb && e - start < 5 && toks.get(e + 1).type == WORD && toks.get(e + 1).cap) {
            e++;
        }
        return toks.get(verb - 1).text.equals(",") && pastWhoAside(toks, e + 1) == verb ? e : verb - 1;
    }

    /** The token after a `, who ...,` aside opening at {@code j}, else {@code j}. */
    static int pastWhoAside(List<Tok> toks, int j) {
        if (j + 2 >= toks.size() || !toks.get(j).text.equals(",") || !toks.get(j + 1).low.equals("who")) {
            return j;
        }
        for (int k = j + 2; k < toks.size() && k - j < 20 && toks.get(k).sent == toks.get(j).sent; k++) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || t.type == DQ) {
                return j;
            }
            if (t.text.equals(",")) {
                return k + 1;
            }
        }
        return j;
    }
}
