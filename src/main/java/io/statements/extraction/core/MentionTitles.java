package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The title and affiliation a mention gives its person (issue 12, "speakers by name"): `Ida Berg, the spokesperson
 * for the Harbour Board` → spokesperson, Harbour Board; `Harbour Board spokesperson Tom Reyes` → the same;
 * `White House press secretary, Helen Marsh` → press secretary, White House; `the mayor, Anna Holt` and `the mayor`
 * (resolved to Anna Holt) → mayor. Only for persons, and only when a role word ({@link RoleWords#ROLES}) names
 * the title: `Marta Kowalczyk, 62, who lives near the bridge` gives none.
 */
final class MentionTitles {

    record Title(String title, String affiliation) {
    }

    private static final Set<String> OWNER_PREPS = Lexicon.words("for of at with");
    /** Honorifics and ranks before a name are not the role: `Army spokesman Lt. Col. Jonas Berg` → spokesman. */
    private static final int MAX_TITLE_WORDS = 4;
    /** Words after a role that belong to the title. */
    private static final Set<String> TITLE_TAILS = Lexicon.words("executive officer");
    /** Capitalised words that belong to the title before a role rather than name an affiliation. */
    private static final Set<String> TITLE_MODIFIERS = Lexicon.words("""
            prime vice deputy press foreign chief first acting assistant associate executive attorney surgeon
            lieutenant under managing""");

    private MentionTitles() {
    }

    /** How far after a mention its appositive may reach (`said Lena Ortiz, director of the Port Institute`). */
    private static final int MAX_APPOSITIVE = 90;

    /**
     * The title and affiliation the mention at [ms, me) of {@code text} gives the person {@code name}, also from an
     * appositive right after it (`said Lena Ortiz, director of the Port Institute.`); null when it gives none.
     */
    static Title of(String text, int ms, int me, String name, SpeakerKind kind) {
        Title own = of(text.substring(ms, me), name, kind);
        if (own != null || kind != SpeakerKind.PERSON || name == null || me + 2 >= text.length()
                || text.charAt(me) != ',') {
            return own;
        }
        int end = me + 1;
        while (end < text.length() && end - me < MAX_APPOSITIVE && ",.;:\"\u201c\u201d\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end < text.length() && end - me < MAX_APPOSITIVE
                ? fromWords(words(text.substring(me + 1, end)), false) : null;
    }

    /** The title and affiliation in {@code mention} of the person {@code name}, or null when the mention gives none. */
    static Title of(String mention, String name, SpeakerKind kind) {
        if (kind != SpeakerKind.PERSON || mention == null || name == null) {
            return null;
        }
        String[] nameWords = SpeakerNames.words(name);
        String last = nameWords[nameWords.length - 1];
        int at = mention.indexOf(nameWords[0]);
        int end = mention.lastIndexOf(last);
        if (Character.isLowerCase(name.codePointAt(0))) {
            // a role named in lower case: `the director of the Port Institute` → director, Port Institute; `a top
            // aide to Senator X` (no role word of its own) gives none, never X's
            return isRole(last) || TITLE_TAILS.contains(Lexicon.lower(last)) ? fromWords(words(mention), false)
                    : fromWords(words(name), true);
        }
        if (at < 0 || end < at) {
            return fromWords(words(mention), true); // `the mayor`: a title the article gave the person
        }
        Title before = fromWords(words(mention.substring(0, at)), true);
        return before != null ? before : fromWords(words(mention.substring(end + last.length())), false);
    }

    /**
     * A role among the words (before the name, or in the appositive after it): the role with the lower-case words
     * right before it; the affiliation the capitalised words before those, or the capitalised words after `for`,
     * `of`, `at` behind the role.
     */
    private static Title fromWords(List<String> w, boolean beforeName) {
        int role = -1;
        for (int i = 0; i < w.size(); i++) {
            if (isRole(w.get(i))) {
                role = i;
                if (!beforeName) {
                    break; // `the spokesperson for the Harbour Board`: the first role of an appositive
                }
            }
        }
        if (role < 0) {
            return null;
        }
        int start = role;
        while (start - 1 >= 0 && role - start + 1 < MAX_TITLE_WORDS && isLower(w.get(start - 1))
                && !possessive(w.get(start - 1))
                && !Lexicon.DETERMINERS.contains(Lexicon.lower(w.get(start - 1)))
                && !OWNER_PREPS.contains(Lexicon.lower(w.get(start - 1)))) {
            start--; // `press secretary`, `deputy chief of staff` stops at `of`
        }
        while (start - 1 >= 0 && role - start + 1 < MAX_TITLE_WORDS
                && TITLE_MODIFIERS.contains(Lexicon.lower(w.get(start - 1)))) {
            start--; // `Prime Minister`, `Press secretary`, `Attorney General`: part of the title, not an affiliation
        }
        int titleEnd = role + 1;
        if (titleEnd < w.size() && TITLE_TAILS.contains(Lexicon.lower(w.get(titleEnd)))) {
            titleEnd++; // `chief executive`, `chief operating officer`
        } else if (beforeName && titleEnd + 1 < w.size() && isCapitalised(w.get(titleEnd))
                && TITLE_TAILS.contains(Lexicon.lower(w.get(titleEnd + 1)))) {
            titleEnd += 2; // names46: `Chief Medical Officer Ada Brenn`: the office closes on its title word
        }
        int of = titleEnd + 1 < w.size() && beforeName && w.get(titleEnd).equals("of") ? titleEnd + 1 : -1;
        if (of > 0 && Lexicon.ORG_WORDS.contains(Lexicon.lower(w.get(w.size() - 1)))) {
            // names46: `Managing Director of Zenvora Bank Tomas Ree`: the title, then the body it is held at
            int body = Lexicon.DETERMINERS.contains(Lexicon.lower(w.get(of))) && of + 1 < w.size() ? of + 1 : of; // `of the`
            return new Title(String.join(" ", w.subList(start, titleEnd)), String.join(" ", w.subList(body, w.size())));
        }
        if (titleEnd + 1 < w.size() && w.get(titleEnd).equals("of") && w.get(titleEnd + 1).equals("staff")) {
            titleEnd += 2; // `chief of staff`
        }
        if (beforeName && titleEnd + 1 < w.size() && w.get(titleEnd).equals("of") && isCapitalised(w.get(titleEnd + 1))) {
            titleEnd = w.size(); // `Secretary of State Mike Pompeo`: the office runs up to the name
        }
        String title = String.join(" ", w.subList(start, titleEnd));
        int capEnd = start;
        int capStart = capEnd;
        while (capStart - 1 >= 0 && isCapitalised(w.get(capStart - 1)) && !isRole(w.get(capStart - 1))
                && !possessive(w.get(capStart - 1))) {
            capStart--;
        }
        String affiliation = capStart < capEnd ? String.join(" ", w.subList(capStart, capEnd)) : null;
        if (affiliation == null && titleEnd < w.size() && OWNER_PREPS.contains(Lexicon.lower(w.get(titleEnd)))) {
            int k = titleEnd + 1;
            while (k < w.size() && Lexicon.DETERMINERS.contains(Lexicon.lower(w.get(k)))) {
                k++;
            }
            int a = k;
            while (k < w.size() && (isCapitalised(w.get(k)) || k > a && w.get(k).equals("of"))) {
                k++;
            }
            while (k > a && w.get(k - 1).equals("of")) {
                k--;
            }
            affiliation = k > a ? String.join(" ", w.subList(a, k)) : null;
        }
        return new Title(title, affiliation);
    }

    /**
     * The words between separators (`[\\s,;:()]+` with ASCII whitespace, as the regular expression read it); a
     * possessive stays (`the city's mayor`): an owner, neither title nor affiliation. A scan, no pattern: n50d.
     */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int from = -1;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || separator(s.charAt(i))) {
                if (from >= 0) {
                    out.add(s.substring(from, i));
                    from = -1;
                }
            } else if (from < 0) {
                from = i;
            }
        }
        return out;
    }

    private static boolean separator(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c >= '\t' && c <= '\r';
    }

    private static boolean possessive(String w) {
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("'") || w.endsWith("\u2019");
    }

    private static boolean isRole(String w) {
        String low = Lexicon.lower(w).replace(".", "");
        return RoleWords.ROLES.contains(low) || low.indexOf('-') > 0 && Lexicon.hyphenatedTitle(low); // `Director-General`
    }

    private static boolean isLower(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !Lexicon.DETERMINERS.contains(Lexicon.lower(w));
    }
}
