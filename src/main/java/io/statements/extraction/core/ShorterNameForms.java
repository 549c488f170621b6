package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n65b, rule shorter-form-in-article: a person's run of three words or more whose last two or three words the
 * same article also names as a person on their own (`Industry Ada Varstad` from `Minister for Trade and Industry Ada
 * Varstad`, then `Ada Varstad said`) carries words before the name that no list knew: the article itself shows where
 * the name starts. Every path reports the shorter form, since the pre-pass's tables (last name, first name, mentions)
 * and every later classification are rewritten to it. Evidence is required of the words dropped: none is a known
 * first name, an initial or a particle (`Mary Ann Roe` and `Ann Roe`, `J. Ann Roe` stay as written); and the shorter
 * form opens with a known first name, or the text writes it without the dropped words and either every dropped word is
 * no name word by the article's own use (a title, written in lower case, all in capitals, a place) or the article
 * writes the last name alone (`Varstad said`), as it does after a given name and does not after a double surname
 * (`Xia Lopez Garcia` ... `Lopez Garcia said` keeps `Xia`).
 */
final class ShorterNameForms {
    private ShorterNameForms() {
    }

    /** One document's table: every person's name of the pre-pass (once it has run) and the shorter forms found. */
    static final class Table {
        final Map<String, String> forms = new HashMap<>();
        Set<String> persons;
    }

    /** After the pre-pass: records every person's name and rewrites the pre-pass's tables to the shorter forms. */
    static void collect(Doc d, NameIndex names) {
        names.shorter.persons = new HashSet<>();
        for (int m = 0; m < names.mentionName.size(); m++) {
            if (names.mentionPos.get(m)[1] == SpeakerKind.PERSON.ordinal()) {
                names.shorter.persons.add(names.mentionName.get(m));
            }
        }
        boolean any = false;
        for (String p : names.shorter.persons) {
            any |= !shorter(d, names, p).equals(p);
        }
        if (any) {
            rewrite(names);
        }
    }

    /**
     * The shorter form of a person's name {@code p} the article also gives, or {@code p}; remembered in {@link
     * Table#forms}. Before the pre-pass has finished (no names yet), {@code p}.
     */
    static String shorter(Doc d, NameIndex names, String p) {
        int sp = p.indexOf(' ');
        if (names.shorter.persons == null || sp < 0 || sp == p.lastIndexOf(' ')) {
            return p; // most names have one or two words: nothing to drop
        }
        String known = names.shorter.forms.get(p);
        if (known != null) {
            return known;
        }
        String[] w = p.split(" ");
        String out = p;
        for (int k = 1; k <= 3 && w.length - k >= 2; k++) {
            if (!droppable(w[k - 1])) {
                break;
            }
            String q = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (names.shorter.persons.contains(q) && (PersonGenders.isFirstName(Lexicon.lower(w[k]))
                    || writtenWithout(d, w, k)
                    && (evidenced(d, w, k) || surnameAlone(d, w[w.length - 2], w[w.length - 1])))) {
                out = q;
                break;
            }
        }
        names.shorter.forms.put(p, out);
        return out;
    }

    /** No known first name, initial, particle or lower-case word: a word that may be dropped before a name. */
    private static boolean droppable(String word) {
        String low = Lexicon.lower(word);
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) != '.'
                && !PersonGenders.isFirstName(low) && !Words.NAME_PARTICLES.contains(low);
    }

    /** Every dropped word is no name word by the article's use: a title, lower case, all capitals, or a place. */
    private static boolean evidenced(Doc d, String[] w, int k) {
        for (int i = 0; i < k; i++) {
            String low = Lexicon.lower(w[i]);
            boolean caps = w[i].length() >= 2 && w[i].equals(w[i].toUpperCase(java.util.Locale.ROOT));
            if (!caps && !Lexicon.TITLES.contains(low) && !Lexicon.TITLES.contains(low.replace(".", ""))
                    && !d.writtenLowerCase(low) && !Lexicon.PLACES.contains(low) && !Lexicon.REGIONS.contains(low)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the article writes the words from k on somewhere without the word before them (`Bayo Roe, who ...` after
     * `Quarrymaster Bayo Roe`): the shorter form stands in the text, not only in a run the pre-pass cut at its
     * sentence-opening word (`Civic Rivers Watch said`, whose `Civic` the text writes in lower case, stays whole).
     */
    private static boolean writtenWithout(Doc d, String[] w, int k) {
        List<Tok> toks = d.toks;
        for (int i : d.capitalisedWords()) {
            if (!toks.get(i).text.equals(w[k]) || i > 0 && toks.get(i - 1).text.equals(w[k - 1])) {
                continue;
            }
            int n = 1;
            while (k + n < w.length && i + n < toks.size()
                    && Words.stripPossessive(toks.get(i + n).text).equals(w[k + n])) {
                n++;
            }
            if (k + n == w.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the article writes the last name on its own (`Varstad said`), as it does a given name's surname, unlike
     * the second half of a double surname it always writes whole (`Lopez Garcia said`).
     */
    static boolean surnameAlone(Doc d, String before, String last) {
        List<Tok> toks = d.toks;
        for (int k : d.capitalisedWords()) {
            Tok t = toks.get(k);
            if (t.text.startsWith(last) && Words.stripPossessive(t.text).equals(last)
                    && (k == 0 || !toks.get(k - 1).text.equals(before))) {
                return true;
            }
        }
        return false;
    }

    /** Rewrites the pre-pass's tables: full names by last and first name, the mentions, the titled names. */
    private static void rewrite(NameIndex names) {
        Map<String, String> to = names.shorter.forms; // p → p for names without a shorter form
        names.lastNameToFull.replaceAll((k, v) -> to.getOrDefault(v, v));
        names.firstNameToFull.replaceAll((k, v) -> to.getOrDefault(v, v));
        names.titledFullNames.replaceAll((k, v) -> to.getOrDefault(v, v));
        names.mentionName.replaceAll(v -> to.getOrDefault(v, v));
        for (Map.Entry<String, List<String>> e : names.fullNamesByLast.entrySet()) {
            List<String> out = new ArrayList<>(e.getValue().size());
            for (String v : e.getValue()) {
                String s = to.getOrDefault(v, v);
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            e.setValue(out);
        }
    }
}
