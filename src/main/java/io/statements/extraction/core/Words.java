package io.statements.extraction.core;

import static io.statements.extraction.core.Tok.*;

import java.util.List;
import java.util.Set;

/** Token tests and word lists shared by every stage; all static. */
final class Words {

    private Words() {
    }

    static boolean isWordChar(char ch) {
        if (ch < 128) { // ASCII, most of a text: exactly Character.isLetterOrDigit without its table look-ups
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
        }
        return Character.isLetterOrDigit(ch);
    }

    static boolean isDQ(char ch) {
        return ch == '"' || ch == '\u201c' || ch == '\u201d' || ch == '\u201e' || ch == '\u00ab' || ch == '\u00bb'
                || ch == '\u201f' || ch == '\u2033';
    }

    static final Set<String> ABBREV = Lexicon.words("""
            mr mrs ms dr gen maj col lt sgt adm capt cmdr sen rep gov pres st jr sr rev prof gens reps sens no vs v
            etc inc corp co ltd jan feb aug sept sep oct nov dec ave blvd mt ft dept univ assn gov't del calif
            ariz fla ill mass mich minn penn tenn tex va wash wis colo conn ky la md mo nev okla ore pa
            fr engr barr hon brig cpl pvt det insp supt cdr spc pfc coun ald atty amb asst
            """); // n66c: `said Coun. X`, `Ald. X`, `Atty. Gen. X`: the title's full stop ends no sentence // names45: `Fr. Paul Odhiambo`, `Engr.`, `Barr.`, `Hon.`: honorifics, not a sentence's end; n61a:
    // military and police ranks (`Brig.`, `Cpl.`, `Pvt.`, `Det.`, `Insp.`, `Supt.`): `said Cpl. Ana Ruiz` is one sentence

    static boolean spaceLike(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || "([{\u2014\u2013\u2015-/:".indexOf(c) >= 0 || isDQ(c)
                || c == '\u2018';
    }

    static boolean closeFollow(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || ".,;:!?)]}\u2014\u2013\u2015-".indexOf(c) >= 0
                || isDQ(c) || c == '\u2019' || c == '\'';
    }

    static boolean isTerminal(Tok t) {
        return t.type == PUNCT && (t.text.equals(".") || t.text.equals("!") || t.text.equals("?"));
    }

    static boolean startsSentence(Tok t) {
        if (t.type == WORD) {
            return t.cap || Character.isDigit(t.text.charAt(0));
        }
        return (t.type == DQ && t.qrole == OPEN) || (t.type == SQ && t.qrole == OPEN) || t.type == PUNCT
                && (t.text.equals("(") || t.text.equals("\u2014") || t.text.equals("["));
    }

    static String stripPossessive(String w) {
        int last = w.length() - 1;
        if (last < 0 || w.charAt(last) != 's' && w.charAt(last) != '\'' && w.charAt(last) != '\u2019') {
            return w; // most words: one character tells there is nothing to strip
        }
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("'") || w.endsWith("\u2019")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** lower(t.text) without lower-casing again: a word token keeps its lower-case form. */
    static String low(Tok t) {
        return t.type == WORD ? t.low : Lexicon.lower(t.text);
    }

    /** lower(stripPossessive(t.text)), from the token's lower-case form when there is no possessive to strip. */
    static String lowStripped(Tok t) {
        if (t.type == WORD) {
            char last = t.low.charAt(t.low.length() - 1); // the text ends so too: its string is not read
            if (last != 's' && last != '\'' && last != '\u2019') {
                return t.low;
            }
        }
        String stripped = stripPossessive(t.text);
        if (t.type == WORD && stripped == t.text) {
            return t.low; // nothing stripped (most words, plurals too): the token's lower-case form
        }
        return Lexicon.lower(stripped);
    }

    /** `harbour board` holds the word `board`, not `a` (a determiner before a document noun once matched it). */
    static boolean containsWord(String name, String word) {
        for (int at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(name.charAt(at - 1)))
                    && (end == name.length() || !Character.isLetter(name.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    static boolean isNameTok(Tok t) {
        return t.type == WORD && t.cap && t.qrole == OUT;
    }

    /** Lower-case particles inside a person's name: `Luiz Inacio Lula da Silva`, `Ludwig van Beethoven`. */
    static final Set<String> NAME_PARTICLES = Lexicon.words(
            "de da do dos das di del della du van von zu der den ter bin ibn al 't dela delos bint binti"
            + " ole arap wa ten vom zur"); // 't: `Sophie in 't Veld`; zu: n61b
    // n66c, rule east-african-and-dutch-particles: Maa `ole` and Kalenjin `arap` ("son of": `Daniel arap Moi`),
    // Gikuyu `wa` (`Ngugi wa Thiong'o`), Dutch `ten` (`Erik ten Hag`), German `vom`, `zur`: lower-case words inside
    // a name, always between capitalised words, which cut the name at the particle without them

    /** `De Vries`, `Van der Berg`: a last name of several words opened by a particle (rule particle-surname). */
    static boolean particleSurname(String name) {
        int space = name.indexOf(' '); // particles have five letters at most: no look-up for most first names
        return space > 0 && space <= 5 && NAME_PARTICLES.contains(Lexicon.lower(name.substring(0, space)));
    }

    static final Set<String> SENTENCE_NOISE = Lexicon.words("""
            the a an but and so yet however meanwhile still then on in at after before while when as if although
            though since during following earlier later last this that these those it its his her their our we i
            he she they you there here what why how who where speaking according asked also even now today
            yesterday monday tuesday wednesday thursday friday saturday sunday for with from by to of amid amidst
            despite unlike like among amongst neither either""");

    static boolean endsWithPossessive(Tok t) {
        return t.text.endsWith("'s") || t.text.endsWith("\u2019s") || t.text.endsWith("s'") || t.text.endsWith("s\u2019");
    }

    static boolean looksNationality(String w) {
        return w.endsWith("ian") || w.endsWith("ean") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i")
                || w.endsWith("an") || w.equals("u.s.") || w.equals("us") || w.equals("u.n.") || w.endsWith("ic")
                || w.equals("french") || w.equals("dutch") || w.equals("greek") || w.equals("swiss")
                || w.equals("thai") || w.equals("kremlin") || w.equals("state") || w.equals("then");
    }

    static boolean isAcronym(String w) {
        int up = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                up++;
            } else if (c != '.' && c != '-' && c != '&') {
                return false;
            }
        }
        return up >= 2 && !w.equals("U.S.") && !w.equals("US") && !w.equals("U.N.") && !w.equals("UK")
                && !w.equals("U.K.") && !w.equals("II") && !w.equals("III") && !w.equals("TV") && !w.equals("GOP") ? true
                : up >= 2 && (w.equals("GOP"));
    }

    static boolean isYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && Character.isDigit(w.charAt(2))
                && Character.isDigit(w.charAt(3));
    }

    static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    static final Set<String> NOUN_DETERMINERS = Lexicon.words(
            "a an the his its their our my your these those some many several such no any");

    static final Set<String> OBJECT_PREPS = Lexicon.words(String.join(" ", Lexicon.PREPOSITIONS)
            + " through across around toward towards along behind outside inside throughout within without upon");

    static final Set<String> SUBORDINATORS = Lexicon.words(
            "when while whilst if as after before because since although though until once");

    /**
     * Words opening an adverbial clause whose own subject speaks (`... long before officials started to portray it`):
     * rule clause-host-subject in {@link Subjects} and {@link Complements}.
     */
    static final Set<String> ADVERBIAL_OPENERS = Lexicon.words(
            "before after when while until since because although though unless once whereas");

    /** Words that open a new clause after a quote, so that a cue after them is not the quote's attribution. */
    static final Set<String> NEW_CLAUSE = Lexicon.words(
            "but though although while whereas because when after before since until unless if");

    /**
     * Weak cues that make reported speech without quotation marks (belief, judgement, characterisation: `X described
     * the talks as ...`, `X expressed concern that ...`, `X hailed the deal`); the other weak cues only attach quotes.
     */
    static final Set<String> WEAK_INDIRECT = Lexicon.words(System.getProperty("weak.indirect", """
            hope fear expect worry believes believe believed thinks think thought feels felt knows estimated estimates
            concluded concludes found showed shows expects expected worries worried fears feared denied denies wants
            wanted hopes hoped called calls accused criticized praised blamed condemned denounced rejected dismissed
            defended disputed cited supports backs backed endorsed endorses opposes opposed plans
            described describes expressed expresses questioned attacked touted touts hailed hails labeled dubbed
            likened praises accuses blames condemns denounces defends rejects dismisses characterized highlighted
            welcomed welcomes supported proposed offered sought seeks decried derided lambasted assailed chided rebuked
            applauded lauded challenged pointed
            voiced railed lashed boasts speculated proposes hints unveiled unleashed sided balked distanced
            indicated indicates implied considers recommended preferred bemoaned characterizes cites disputes
            criticised labelled invoked portrayed projected referenced referred refers characterised characterises
            branded
            repeated assured assures issued ordered
            want know see sees feel doubt doubts oppose agree agrees prefer prefers warn warns praise criticize blame
            accuse reject endorse"""));

    /** `didn't`, `won’t`, `doesn't`: a negated auxiliary between a subject and its verb. */
    static boolean negatedAuxiliary(String low) {
        return low.length() > 3 && (low.endsWith("n't") || low.endsWith("n\u2019t"));
    }

    static Channel channelForNoun(String w) {
        return switch (w) {
            case "tweet", "tweets" -> Channel.TWEET;
            case "readout" -> Channel.READOUT;
            case "statement", "statements", "release", "communique", "announcement" -> Channel.STATEMENT;
            default -> Channel.OTHER;
        };
    }

    static int priority(Channel c) {
        return switch (c) {
            case READOUT -> 0;
            case STATEMENT -> 1;
            case TWEET -> 2;
            case PRESS_CONFERENCE -> 3;
            case INTERVIEW -> 4;
            case PHONE_CALL -> 5;
            case SPEECH -> 6;
            case OTHER -> 7;
        };
    }

    static boolean prefixMatch(String a, String b) {
        int k = Math.min(5, Math.min(a.length(), b.length()));
        if (k < 3) {
            return a.equals(b);
        }
        return a.regionMatches(0, b, 0, k) && Math.abs(a.length() - b.length()) <= 4;
    }

    /** `he'd`, `she’s`, `they'll`: the subject pronoun of a contraction, else null. */
    static String contractedPronoun(String low) {
        int apo = Math.max(low.indexOf('\''), low.indexOf('\u2019'));
        if (apo <= 0) {
            return null;
        }
        String p = low.substring(0, apo);
        String tail = low.substring(apo + 1);
        boolean verb = tail.equals("d") || tail.equals("s") || tail.equals("ll") || tail.equals("re")
                || tail.equals("ve") || tail.equals("m");
        return verb && Lexicon.SUBJECT_PRONOUNS.contains(p) ? p : null;
    }

    /** `of` at {@code of} after a capitalised word of a name (`Ministry of`), inside the sentence from {@code ss}. */
    static boolean nameOfBefore(List<Tok> toks, int of, int ss) {
        if (of - 1 < ss || !toks.get(of).low.equals("of")) {
            return false;
        }
        Tok name = toks.get(of - 1);
        return name.type == WORD && name.cap && name.qrole == OUT && !Lexicon.TIME_WORDS.contains(name.low);
    }

    /** The subject [a, b] is one subject pronoun right before the cue: `countries he said had ...`. */
    static boolean pronounRightBefore(List<Tok> toks, int[] subj, int cue) {
        return subj != null && subj[0] == subj[1] && subj[1] == cue - 1
                && Lexicon.SUBJECT_PRONOUNS.contains(toks.get(subj[0]).low);
    }

    /**
     * Session names21: `Reyes, who's asked for 300 more nurses`, `Berg -- who'd said`: a contracted `who` is the
     * relative pronoun (it was a speaker named `who's`).
     */
    static boolean contractedWho(String low) {
        return low.length() == 5 && low.startsWith("who") && (low.charAt(3) == '\'' || low.charAt(3) == '\u2019')
                && (low.charAt(4) == 's' || low.charAt(4) == 'd');
    }

    /** Whether a token from {@code from} (inclusive) to {@code to} (exclusive) has the quote role (OPEN, CLOSE). */
    static boolean hasQuoteRole(List<Tok> toks, int from, int to, int role) {
        for (int i = from; i < to; i++) {
            if (toks.get(i).qrole == role) {
                return true;
            }
        }
        return false;
    }

    /**
     * Session names36, rule according-to-pronoun: after `according to` a pronoun stands in the object case (`According
     * to her, "..."`) but names the speaker as `she said` would: its subject form, else null.
     */
    static String accordingToPronoun(List<Tok> toks, int k) {
        if (k < 2 || !toks.get(k - 1).low.equals("to") || !toks.get(k - 2).has(WordBits.ACCORDING)) {
            return null;
        }
        return switch (toks.get(k).low) { case "him" -> "he"; case "her" -> "she"; case "them" -> "they"; default -> null; };
    }
}
