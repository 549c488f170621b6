package io.statements.extraction.core;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a resolved speaker is a name a new speaker may be created from: never a pronoun, a title alone, a
 * document, or a phrase whose last word is not a noun ("reporters the talks were").
 */
public final class SpeakerNames {

    private static final Set<String> NOT_HEADS = Lexicon.words("""
            was were is are be been being has have had do does did will would can could may might shall should
            must not that which who whom whose what the a an and or but of to in on at by for with from as than
            this these those it its he she they him her them his their i we you me us our your said says say""");

    /** Words that open clauses or link them: never a speaker's name alone (`After`, `While`, `There`, `Yet`). */
    private static final Set<String> FUNCTION_WORDS = Lexicon.words(String.join(" ", Lexicon.CLAUSE_WORDS) + """
             there here now also however instead even then once nearly eventually nothing it its this these those what
            """);

    // compiled once: String.split/replaceAll with these would compile them on every call (isName runs per statement)
    static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * {@code SPACES.split(name)}; a name of words between single spaces (nearly every one) is split on the space
     * without the regular expression's matcher, which each statement's name checks paid for.
     */
    static String[] words(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < name.length() && name.charAt(i + 1) == ' ') {
                return SPACES.split(name); // other whitespace, or a run of spaces: as the pattern splits it
            }
        }
        return name.split(" "); // String.split's one-character path: no regular expression
    }
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^\\p{L}\\p{N}.'-]");

    private SpeakerNames() {
    }

    /**
     * True for a one-word "name" that is a clause word or a connective (`After`, `While`, `There`, `Yet`): what a rule
     * took for a subject at a sentence's start, which the extractor reports without a name.
     */
    public static boolean isFunctionWord(String name) {
        if (name == null) {
            return false;
        }
        String w = name.strip();
        return !w.isEmpty() && w.indexOf(' ') < 0 && FUNCTION_WORDS.contains(Lexicon.lower(w))
                && !w.equals("WHO"); // n49b, rule capital-acronym: the World Health Organization
    }

    /**
     * Two speakers joined by `and` / `&`: "Tom Reyes and Ida Berg", "Democrats and Republicans". An organisation's own
     * name may hold a conjunction ("Department of Parks and Coastal Services", "Procter & Gamble"), but not one that
     * joins two organisations each named in full ("the Senate and the House").
     */
    static boolean isConjunction(String[] words, SpeakerKind kind) {
        for (int i = 1; i < words.length - 1; i++) {
            String w = Lexicon.lower(words[i]);
            if (!w.equals("and") && !w.equals("&")) {
                continue;
            }
            if (kind != SpeakerKind.ORGANIZATION) {
                return true;
            }
            String before = NOT_LETTER.matcher(Lexicon.lower(words[i - 1])).replaceAll("");
            String after = Lexicon.lower(words[i + 1]);
            if (after.equals("the") || Lexicon.ORG_WORDS.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** True for "Anna Holt", "Harbor Agency", "council officials"; false for "she", "mayor", "the letter". */
    public static boolean isName(String name, SpeakerKind kind) {
        if (name == null || name.isBlank() || !hasLetter(name)) {
            return false;
        }
        String[] words = words(name.strip());
        String last = nameChars(Lexicon.lower(words[words.length - 1]));
        if (words.length == 1 && (Lexicon.SUBJECT_PRONOUNS.contains(last) || Lexicon.DOC_NOUNS.contains(last)
                || isFunctionWord(name))) {
            return false;
        }
        if (isConjunction(words, kind)) {
            return false; // "Tom Reyes and Ida Berg": two speakers, never one stored speaker
        }
        boolean allTitles = true;
        for (String w : words) {
            String low = Lexicon.lower(w).replace(".", "");
            if (!RoleWords.ROLES.contains(low) && !Lexicon.TITLES.contains(low) && !Lexicon.DETERMINERS.contains(low)) {
                allTitles = false;
            }
        }
        if (allTitles) {
            return false; // "mayor", "the press secretary": a title alone names nobody
        }
        boolean capitalised = Character.isUpperCase(words[words.length - 1].codePointAt(0));
        if (!capitalised && (NOT_HEADS.contains(last) || last.endsWith("ed") || last.endsWith("ing"))) {
            return false; // "reporters the talks were": no head noun
        }
        return kind != SpeakerKind.PERSON || capitalised;
    }

    /**
     * Verbs a subject-finding rule swept into a name after its head (session names19): `poll released`, `report
     * published`, `Roger Ailes helped`, `Kelly met`. Past forms only of verbs that report, publish or act; a past
     * form that ends a noun phrase as a noun (`the elected`) is not in the list.
     */
    private static final Set<String> TRAILING_VERBS = Lexicon.words("""
            released published conducted filed submitted issued polled reported met helped proved found showed
            announced obtained posted""");

    /**
     * Session n69d, rule past-verb-after-name: `Halvorsen placed`, `Tarn Rovers revealed`, `Mr. Lund scrutinized`: a
     * lower-case past form after a name of capitalised words only never ends it (names and bodies capitalise their
     * words), so it is the verb of the clause the subject-finding rule swept in, whatever the verb; not after a
     * possessive (`Lund's repeated`) nor inside a relative clause (`a speech Ann Lee delivered`).
     */
    private static boolean pastAfterCapital(String name, int sp, String last) {
        if (last.length() < 5 || !last.endsWith("ed") || !Character.isLowerCase(last.charAt(0))) {
            return false;
        }
        for (String w : SPACES.split(name.substring(0, sp).strip())) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals("I")) {
                return false; // `a speech Ann Lee delivered`, `everyone I interviewed`: a relative clause
            }
        }
        String before = name.substring(name.lastIndexOf(' ', sp - 1) + 1, sp); // `Lund's repeated`: an adjective
        return !before.endsWith("'s") && !before.endsWith("\u2019s") && !before.endsWith("'")
                && !before.endsWith("\u2019") && last.chars().allMatch(Character::isLetter);
    }

    /** Object pronouns: an all lower-case name of a verb and one is a verb phrase (`hearing him`). */
    private static final Set<String> PHRASE_ENDS = Lexicon.words("him them her us me it");

    /**
     * The name without a trailing verb (`CNN/ORC poll released` → `CNN/ORC poll`), null for a lower-case verb phrase
     * (`putting them`, `now being`), else the name as it is.
     */
    static String withoutTrailingVerb(String name) {
        if (name == null) {
            return null;
        }
        int sp = name.lastIndexOf(' ');
        if (sp <= 0) {
            return name;
        }
        String last = name.substring(sp + 1);
        if (TRAILING_VERBS.contains(last) || pastAfterCapital(name, sp, last)) {
            String rest = name.substring(0, sp).strip();
            int sp2 = rest.lastIndexOf(' ');
            return Lexicon.SUBJECT_PRONOUNS.contains(Lexicon.lower(rest.substring(sp2 + 1))) || isFunctionWord(rest)
                    ? null : rest; // `new financial documents he submitted`: a relative clause, no name
        }
        String first = name.substring(0, name.indexOf(' '));
        if (name.equals(Lexicon.lower(name)) && (last.equals("being")
                || PHRASE_ENDS.contains(last) && (first.endsWith("ing") || first.equals("let")))) {
            return null; // `putting them`, `let us`; `the rest of us`, `those around him` describe people
        }
        return name;
    }

    /**
     * Rule mojibake-letters, its output half (session names22): a name the text stores mis-encoded (`SarukhÃ\u0083Â¡n`,
     * UTF-8 read as Latin-1, once or twice) is reported as spelled (`Sarukhán`): the Latin-1 characters are the UTF-8
     * bytes (composed first when stored decomposed). Undone while the result still decodes; a name without `Ã`/`Â` is
     * returned as it is.
     */
    static String unmangled(String name) {
        if (name == null || name.indexOf('\u00c3') < 0 && name.indexOf('\u00c2') < 0 && name.indexOf('\u0303') < 0
                && name.indexOf('\u0302') < 0) {
            return name;
        }
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC); // `A\u0303` is `Ã`
        for (int round = 0; round < 3 && (s.indexOf('\u00c3') >= 0 || s.indexOf('\u00c2') >= 0); round++) {
            byte[] bytes = new byte[s.length()];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c > 0xff) {
                    return s; // not Latin-1: nothing more to undo
                }
                bytes[i] = (byte) c;
            }
            try {
                s = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return s; // a real `Ã` (`ÃLVARO` in capitals): keep what decoded so far
            }
        }
        return s;
    }

    /** The word without the characters NOT_NAME_CHAR matches; a word of ASCII letters and digits as it is. */
    private static String nameChars(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c < 128 && Words.isWordChar(c))) {
                return NOT_NAME_CHAR.matcher(w).replaceAll("");
            }
        }
        return w;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
