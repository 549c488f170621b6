package io.statements.extraction.core;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Stage after the sieves: suggests a stance and its target only where a rule can point at the evidence, precision
 * over recall. Evidence is a verb of blame or praise whose subject is the speaker (the cue itself, `X blamed Y`, or
 * inside the quote with `we`/`I` or the speaker's own name as subject: `"We condemn Y"`), `hold(s) Y responsible`,
 * `responsibility rests with Y`, or a judging adjective with its bearer (`the reckless actions of Y`, `Y's
 * provocative moves`). The target is the object named there; without a nameable target (a pronoun, a plain noun)
 * nothing is suggested. NEUTRAL is never suggested: no rule here can point at evidence of neutrality.
 */
final class StanceRules {

    static final Set<String> OPPOSE_VERBS = Lexicon.words("""
            blamed blames blame blaming accused accuses accuse accusing condemned condemns condemn condemning
            denounced denounces denounce denouncing criticized criticised criticizes criticises criticize criticise
            criticizing slammed slams slam blasted blasts rebuked rebukes chastised castigated lambasted faulted
            faults decried decries deplored deplores""");

    static final Set<String> SUPPORT_VERBS = Lexicon.words("""
            praised praises praise praising thanked thanks thank thanking hailed hails hail welcomed welcomes
            welcome welcoming endorsed endorses endorse endorsing commended commends commend applauded applauds
            applaud congratulated congratulates congratulate""");

    static final Set<String> JUDGING_ADJECTIVES = Lexicon.words("""
            irresponsible reckless provocative hostile unfriendly aggressive criminal illegal illegitimate
            dangerous destabilizing destabilising outrageous unacceptable""");

    static final Set<String> HOLD = Lexicon.words("hold holds held holding");

    private static final Set<String> TARGET_STOP = Lexicon.words("""
            for of over after that which who as in on at to with by from because while when about and but or""");

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("israeli", "Israel"), Map.entry("russian", "Russia"), Map.entry("syrian", "Syria"),
            Map.entry("iranian", "Iran"), Map.entry("american", "United States"), Map.entry("chinese", "China"),
            Map.entry("ukrainian", "Ukraine"), Map.entry("turkish", "Turkey"), Map.entry("british", "Britain"),
            Map.entry("french", "France"), Map.entry("german", "Germany"), Map.entry("iraqi", "Iraq"),
            Map.entry("egyptian", "Egypt"), Map.entry("lebanese", "Lebanon"), Map.entry("saudi", "Saudi Arabia"),
            Map.entry("mexican", "Mexico"), Map.entry("canadian", "Canada"), Map.entry("japanese", "Japan"),
            Map.entry("indian", "India"), Map.entry("pakistani", "Pakistan"), Map.entry("afghan", "Afghanistan"));

    private final Doc d;
    private final List<Tok> toks;

    StanceRules(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** Fills stance, target and evidence of the statements whose sentence shows one. */
    void suggest(List<Stmt> statements) {
        for (Stmt st : statements) {
            if (st.sp != null && st.sent >= 0 && st.sent < d.sentStart.length) {
                suggest(st);
            }
        }
    }

    private void suggest(Stmt st) {
        int from = d.sentStart[st.sent];
        int to = d.sentEnd[st.sent];
        for (int i = from; i <= to && i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.type != WORD) {
                continue;
            }
            boolean cue = t.s == st.cueS;
            boolean inside = t.s >= st.cs && t.e <= st.ce;
            // outside the quote and the cue only a stance verb after the mention counts: test the word before the scan
            if (!cue && !inside && !(t.has(WordBits.STANCE_VERB) && mentionSubject(st, i))) {
                continue;
            }
            if (t.has(WordBits.STANCE_VERB) // one bit for OPPOSE_VERBS or SUPPORT_VERBS, asked of every quoted word
                    && (cue || mentionSubject(st, i) || inside && speakerSubject(st, i))) {
                Stance s = OPPOSE_VERBS.contains(t.low) ? Stance.OPPOSE : Stance.SUPPORT;
                if (decide(st, s, i + 1, to, t.s, t.e)) {
                    return;
                }
            } else if (!t.has(WordBits.STANCE_QUOTED_WORD)) {
                continue; // none of the quoted words below: one bit instead of two look-ups
            } else if (inside && HOLD.contains(t.low) && speakerSubject(st, i)) {
                int resp = find(i + 1, Math.min(to, i + 14), "responsible", "accountable");
                if (resp > 0 && decide(st, Stance.OPPOSE, i + 1, resp - 1, t.s, toks.get(resp).e)) {
                    return;
                }
            } else if (inside && (t.low.equals("responsibility") || t.low.equals("blame") && i > from
                    && Lexicon.DETERMINERS.contains(toks.get(i - 1).low))) {
                int with = find(i + 1, Math.min(to, i + 8), "with");
                int verb = find(i + 1, with < 0 ? i : with, "rests", "lies", "rest", "lie");
                if (with > 0 && verb > 0 && decide(st, Stance.OPPOSE, with + 1, to, t.s, toks.get(with).e)) {
                    return;
                }
            } else if (inside && JUDGING_ADJECTIVES.contains(t.low) && judged(st, i, to)) {
                return;
            }
        }
    }

    /** `the reckless actions of Y` → Y; `Y's provocative moves` → Y. */
    private boolean judged(Stmt st, int adj, int to) {
        if (adj >= 1 && toks.get(adj - 1).type == WORD && (toks.get(adj - 1).low.endsWith("'s")
                || toks.get(adj - 1).low.endsWith("\u2019s"))) {
            String owner = name(adj - 1, adj - 1);
            if (owner != null) {
                return set(st, Stance.OPPOSE, owner, toks.get(adj - 1).s, toks.get(adj).e);
            }
        }
        int noun = adj + 1;
        while (noun <= to && noun - adj <= 3 && toks.get(noun).type == WORD && !toks.get(noun).low.equals("of")) {
            noun++;
        }
        if (noun < to && toks.get(noun).low.equals("of")) {
            return decide(st, Stance.OPPOSE, noun + 1, to, toks.get(adj).s, toks.get(noun - 1).e);
        }
        String demonym = adj + 1 <= to ? DEMONYMS.get(toks.get(adj + 1).low) : null;
        return demonym != null && set(st, Stance.OPPOSE, demonym, toks.get(adj).s, toks.get(adj + 1).e);
    }

    /** The verb at i follows the speaker's mention outside the quote: `Mayor Tilda Brask blamed X, saying "..."`. */
    private boolean mentionSubject(Stmt st, int i) {
        int j = i - 1;
        while (j >= 0 && toks.get(j).type == WORD && Lexicon.ADVERBS_AUX.contains(toks.get(j).low)) {
            j--;
        }
        return j >= 0 && st.sp.me() > st.sp.ms() && toks.get(j).e == st.sp.me() && toks.get(j).qrole == OUT;
    }

    /** The verb at i has the speaker as subject: `we`/`I` or a word of the speaker's name right before it. */
    private boolean speakerSubject(Stmt st, int i) {
        int j = i - 1;
        while (j >= 0 && toks.get(j).type == WORD && Lexicon.ADVERBS_AUX.contains(toks.get(j).low)) {
            j--;
        }
        if (j < 0 || toks.get(j).type != WORD) {
            return false;
        }
        String w = toks.get(j).low;
        if (w.equals("we") || w.equals("i")) {
            return true;
        }
        String name = st.sp.name() == null ? "" : Lexicon.lower(st.sp.name());
        return toks.get(j).cap && !name.isEmpty() && (" " + name + " ").contains(" " + Words.stripPossessive(w) + " ");
    }

    private int find(int from, int to, String... words) {
        for (int k = from; k <= to && k < toks.size(); k++) {
            for (String w : words) {
                if (toks.get(k).low.equals(w)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** Target = the noun phrase starting at a (to the next clause word or punctuation), when it names something. */
    private boolean decide(Stmt st, Stance stance, int a, int limit, int evS, int evE) {
        int b = a;
        while (b <= limit && b < toks.size() && toks.get(b).type == WORD && !TARGET_STOP.contains(toks.get(b).low)
                && !(toks.get(b).low.endsWith("ly") && !toks.get(b).cap) && b - a < 8) {
            b++;
        }
        String target = b > a ? name(a, b - 1) : null;
        return target != null && set(st, stance, target, evS, evE);
    }

    /** A name for tokens a..b: the capitalised run in it, a demonym's country, else null (pronouns, plain nouns). */
    String name(int a, int b) {
        while (a <= b && Lexicon.DETERMINERS.contains(toks.get(a).low)) {
            a++;
        }
        if (a > b || Lexicon.SUBJECT_PRONOUNS.contains(toks.get(a).low)) {
            return null;
        }
        for (int k = a; k < b; k++) {
            if (toks.get(k).low.endsWith("'s") || toks.get(k).low.endsWith("\u2019s")) {
                b = k; // the owner is the target: `the city's budget office` → the city
            }
        }
        String demonym = DEMONYMS.get(toks.get(a).low);
        int s = -1, e = -1;
        for (int k = a; k <= b; k++) {
            Tok t = toks.get(k);
            if (t.cap && s < 0) {
                s = k;
            }
            if (t.cap) {
                e = k;
            } else if (s >= 0 && !(t.low.equals("of") && k + 1 <= b && toks.get(k + 1).cap)) {
                break;
            }
        }
        if (demonym != null && e == a) {
            return demonym; // `the Israeli side`, `Syrian air defences`
        }
        if (s < 0) {
            // `blamed the president`: the person the article gave that title to, if it gave it to someone
            boolean definite = a > 0 && toks.get(a - 1).low.equals("the");
            return definite && RoleWords.ROLES.contains(toks.get(b).low) ? d.titles.holder(toks.get(b).low, toks.get(a).s) : null;
        }
        if (e == b - 1 && headNoun(b) || e == b - 2 && headNoun(b - 1) && headNoun(b)) {
            e = b; // the name's head noun closes the phrase: `the Assad regime`
        }
        while (s < e && Lexicon.TITLES.contains(toks.get(s).low) && toks.get(s + 1).cap) {
            s++; // `Governor Ellis Varga` → Ellis Varga
        }
        return Words.stripPossessive(d.s.substring(toks.get(s).s, toks.get(e).e));
    }

    private boolean headNoun(int k) {
        Tok t = toks.get(k);
        return t.type == WORD && !t.cap && !t.low.endsWith("ly") && !Lexicon.ADVERBS_AUX.contains(t.low);
    }

    private boolean set(Stmt st, Stance stance, String target, int evS, int evE) {
        st.stance = stance;
        st.stanceTarget = target;
        st.stanceS = evS;
        st.stanceE = evE;
        return true;
    }
}
