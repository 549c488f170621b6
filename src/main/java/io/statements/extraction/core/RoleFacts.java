package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n68c, rule role-fact-cataphora: whether the article records a role noun as a fact about a person, wherever
 * it names them: the title before a name (`Labour MP Tom Vale`), the appositive after it (`Tom Vale, the shadow
 * minister for industry and Labour MP for Eastmoor,`, `Ann Loy, 45, a lawyer for the family,`, `Ann Loy, who is the
 * party's chair,`), a relative clause of office (`Don Hale, who led the party` or `who took charge of it` is its
 * leader or chairman; `Ivo Sandor, who represents a district,` a lawmaker), or a later description the text itself
 * resolved to them (`"...," the lawmaker said` given to Ivo Sandor). For {@link LeadCataphora}: a lead's description
 * (`an MP warned ...`, `A lawmaker is calling for ...`) is the person named next only when the article gives that
 * person the description's noun somewhere, not only in the six words before their first name. Quick rejections
 * first: only the person's own mentions are read.
 */
final class RoleFacts {
    /** How many tokens before a mention a title may stand (`shadow industry minister Tom Vale`). */
    private static final int BEFORE = 6;
    /** How many tokens an appositive after a mention's comma may run (`, the shadow minister for ... and MP for X`). */
    private static final int AFTER = 16;
    /** Verbs of a relative clause that make its subject the head of a body (`who led the party`, `who runs it`). */
    private static final Set<String> LEADING_VERBS = Lexicon.words("""
            leads led heads headed runs ran chairs chaired helms helmed manages managed""");
    /** `who took charge of`, `who took over`: the subject now leads the body. */
    private static final Set<String> TAKEN = Lexicon.words("charge over");
    private static final Set<String> COPULAS = Lexicon.words("is was remains became");
    /** The nouns a leading verb gives its subject. */
    private static final Set<String> LEADING_ROLES = Lexicon.words("""
            leader head chief boss chairman chairwoman chair president executive director manager""");
    /** Verbs of a relative clause that make its subject a member of a house (`who represents a district`). */
    private static final Set<String> REPRESENTING_VERBS = Lexicon.words("represents represented");
    private static final Set<String> LEGISLATORS = Lexicon.words("""
            lawmaker legislator mp representative congressman congresswoman senator assemblyman councillor
            councilor""");

    /**
     * n70a: modifiers that make a role another role (`a former lawyer` is no lawyer now, `a deputy mayor` no mayor).
     * A description and the record must both have or both lack each of them.
     */
    private static final Set<String> RANKS = Lexicon.words("former ex deputy assistant acting interim vice");
    /** n70a: modifiers of a role's side (`defence`/`prosecution` lawyer): when both name a side, it must be the same. */
    private static final Set<String> DEFENCE = Lexicon.words("defence defense");
    private static final Set<String> PROSECUTION = Lexicon.words("prosecution prosecuting");

    private RoleFacts() {
    }

    /** Whether the article gives the person (full name) the role noun {@code head} (lower case) anywhere. */
    static boolean given(Doc d, String name, String head) {
        return given(d, name, head, null);
    }

    /**
     * As {@link #given(Doc, String, String)}, but when {@code mods} (the description's lower-case words before its
     * noun) is not null, a record counts only when its own modifiers agree ({@link #agree}): `a defence lawyer` is not
     * a person recorded as `former lawyer Ivo Sandor`.
     */
    static boolean given(Doc d, String name, String head, List<String> mods) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String first = name.indexOf(' ') > 0 ? name.substring(0, name.indexOf(' ')) : name;
        List<Tok> toks = d.toks;
        NameIndex names = d.names;
        for (int k = 0; k < names.mentionPos.size(); k++) {
            String m = names.mentionName.get(k);
            int[] mp = names.mentionPos.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal() || m == null || !m.equals(name) && !m.equals(last)) {
                continue;
            }
            int a = mp[2];
            // n69a: a mention may open with its title (`Judge Ivo Lund`): the words up to the name's first are read too
            int to = a;
            while (to < toks.size() && to - a < 3 && !toks.get(to).text.equals(first) && !toks.get(to).text.equals(last)) {
                to++;
            }
            to = to - a < 3 ? to : a;
            for (int j = to - 1; j >= Math.max(0, a - BEFORE) && toks.get(j).sent == toks.get(a).sent; j--) {
                Tok t = toks.get(j);
                if (t.low.equals(head)) {
                    if (mods == null || agree(mods, toks, Math.max(0, j - 3), j) && !possessed(toks, j)) {
                        return true; // `Labour MP Tom Vale`, `the lawmaker, Ivo Sandor`
                    }
                    break;
                }
                if (!t.cap && t.type == Tok.WORD && (Lexicon.PREPOSITIONS.contains(t.low) || t.low.endsWith("ing")
                        || t.low.endsWith("ed"))) {
                    break; // n69a: `The lawyer representing Ann Loy`, `a lawyer for Ann Loy`: another person's noun
                }
            }
            int e = a;
            while (e + 1 < toks.size() && toks.get(e + 1).type == Tok.WORD && toks.get(e + 1).cap) {
                e++;
            }
            if (appositive(toks, e + 1, head, mods)) {
                return true;
            }
        }
        for (Stmt st : d.out) { // a later `the lawmaker said` the resolver gave to this person
            Speaker sp = st.sp;
            // n70a: only a definite `the lawmaker`: `her lawyer` the resolver gave to her names her client, not her
            if (sp != null && name.equals(sp.name()) && sp.mention() != null && !sp.mention().equals(name)
                    && sp.mention().regionMatches(true, 0, "the ", 0, 4) && headOf(sp.mention()).equals(head)
                    && (mods == null || agreeWords(mods, sp.mention()))) {
                return true;
            }
        }
        return false;
    }

    /** `, [45,] the/a ... head ...` or `, who leads/represents ...` from the comma at c, within one clause. */
    private static boolean appositive(List<Tok> toks, int c, String head, List<String> mods) {
        if (c >= toks.size() || !toks.get(c).text.equals(",")) {
            return false;
        }
        int j = c + 1;
        if (j + 1 < toks.size() && Character.isDigit(toks.get(j).text.charAt(0)) && toks.get(j + 1).text.equals(",")) {
            j += 2; // `Ann Loy, 45, a lawyer`
        }
        if (j + 2 < toks.size() && toks.get(j).low.equals("who")) {
            String verb = toks.get(j + 1).low;
            if (COPULAS.contains(verb)) {
                j += 2; // `Ann Loy, who is the party's chair,`: an appositive after the copula
            } else {
                boolean took = verb.equals("took") && TAKEN.contains(toks.get(j + 2).low); // `who took charge of`
                return (LEADING_VERBS.contains(verb) || took) && LEADING_ROLES.contains(head)
                        || REPRESENTING_VERBS.contains(verb) && LEGISLATORS.contains(head);
            }
        }
        int sent = toks.get(c).sent;
        boolean inside = false; // inside `for the mayor`: `a lawyer for the mayor` is no mayor
        for (int k = j; k < toks.size() && k - j < AFTER && toks.get(k).sent == sent; k++) {
            Tok t = toks.get(k);
            if (t.type == Tok.PUNCT && !t.text.equals("-") && !t.text.equals("'")) {
                return false; // the appositive ends at its closing comma
            }
            if (t.low.equals(head) && !inside) {
                return mods == null || agree(mods, toks, j, k);
            }
            inside = Lexicon.PREPOSITIONS.contains(t.low) || inside && !t.low.equals("and"); // `... and Labour MP`
        }
        return false;
    }

    /** Possessive determiners: `her lawyer` is the lawyer of the person named, not that person (n70a). */
    private static final Set<String> POSSESSIVES = Lexicon.words("her his their its my our your");

    /**
     * n70a: whether the noun at j is possessed (`According to her lawyer, Ann Loy was charged`; `the firm's lawyer`):
     * the name after it is the possessor or another person, so for a description's record it is no evidence.
     */
    private static boolean possessed(List<Tok> toks, int j) {
        for (int k = j - 1; k >= Math.max(0, j - 3) && toks.get(k).type == Tok.WORD; k--) {
            if (POSSESSIVES.contains(toks.get(k).low) || Words.endsWithPossessive(toks.get(k))) {
                return true;
            }
            if (toks.get(k).low.equals("the") || toks.get(k).low.equals("a") || toks.get(k).low.equals("an")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the record's words in [from, to) and the description's modifiers agree in rank and side. */
    private static boolean agree(List<String> mods, List<Tok> toks, int from, int to) {
        List<String> rec = new java.util.ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            rec.add(toks.get(k).low);
        }
        return agree(mods, rec);
    }

    /** {@link #agree} for a mention's text: its words before the head. */
    private static boolean agreeWords(List<String> mods, String mention) {
        return agree(mods, List.of(Lexicon.lower(mention).split("[\\s,]+")));
    }

    /** Each rank modifier in both or neither; a side in both only when the same side. */
    static boolean agree(List<String> mods, List<String> rec) {
        for (String r : RANKS) {
            if (hasRank(mods, r) != hasRank(rec, r)) {
                return false;
            }
        }
        int a = side(mods);
        int b = side(rec);
        return a == 0 || b == 0 || a == b;
    }

    private static boolean hasRank(List<String> words, String rank) {
        for (String w : words) {
            if (w.equals(rank) || rank.equals("ex") && w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    private static int side(List<String> words) {
        for (String w : words) {
            if (DEFENCE.contains(w)) {
                return 1;
            }
            if (PROSECUTION.contains(w)) {
                return 2;
            }
        }
        return 0;
    }

    /** The lower-case last word of a mention before any `,`/`of`: `The lawmaker, who ...` → `lawmaker`. */
    private static String headOf(String mention) {
        int cut = mention.length();
        int comma = mention.indexOf(',');
        cut = comma >= 0 ? comma : cut;
        int of = mention.indexOf(" of ");
        cut = of >= 0 && of < cut ? of : cut;
        String before = mention.substring(0, cut).trim();
        return Lexicon.lower(before.substring(before.lastIndexOf(' ') + 1));
    }
}
