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

    private RoleFacts() {
    }

    /** Whether the article gives the person (full name) the role noun {@code head} (lower case) anywhere. */
    static boolean given(Doc d, String name, String head) {
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
                    return true; // `Labour MP Tom Vale`, `the lawmaker, Ivo Sandor`
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
            if (appositive(toks, e + 1, head)) {
                return true;
            }
        }
        for (Stmt st : d.out) { // a later `the lawmaker said` the resolver gave to this person
            Speaker sp = st.sp;
            if (sp != null && name.equals(sp.name()) && sp.mention() != null && !sp.mention().equals(name)
                    && headOf(sp.mention()).equals(head)) {
                return true;
            }
        }
        return false;
    }

    /** `, [45,] the/a ... head ...` or `, who leads/represents ...` from the comma at c, within one clause. */
    private static boolean appositive(List<Tok> toks, int c, String head) {
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
                return true;
            }
            inside = Lexicon.PREPOSITIONS.contains(t.low) || inside && !t.low.equals("and"); // `... and Labour MP`
        }
        return false;
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
