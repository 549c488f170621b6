package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session n76b, rule leading-speaker-description: a story that follows one person varies the reference to them with
 * a definite description the text never ties to their name (`Joe Anderson has questioned ... the former mayor of
 * Liverpool has responded`, `"...," the chief minister said` in a story about Adityanath, `the four-time champion`,
 * `the documentarian`, `The coroner said` after the coroner's findings were quoted under his name). No record ties the
 * noun ({@link DescribedHolders} has had its turn), so the reader goes by the story itself: the description is the
 * person who leads the story's named voices, when all of these hold:
 * <ul>
 * <li>the description is `the` + a singular noun of a person's role or trade ({@link PersonRecords#canon}), not an
 * unnamed source's (`the official`, `the spokesman`, `the resident`), with no possessor and no complement but `of` a
 * place (`the former mayor of Liverpool`, not `the head of the union`, `the lawyer for the family`);</li>
 * <li>one named person has at least {@link #TIMES} statements and twice as many as any other named person;</li>
 * <li>that person spoke in one of the {@link #RECENT} statements right before: the story is still on them;</li>
 * <li>the text never used the noun before outside quotes for someone else (`a heckler shouted ... the heckler`), gives
 * it or its synonym to no other named person (`Judge Ivo Lund` makes `the judge` Lund's or nobody's), and a gendered
 * noun (`the businessman`, `the actress`) agrees with the person.</li>
 * </ul>
 * An anonymous source's noun, a plural, a leader who is not clear or who went quiet, the asker of a question put to
 * the speaker (`asked by the host`): the description stays, and it scores right when the text never names them.
 */
final class LeadingSpeakerDescriptions {
    /** How many statements the leading person has, at least. */
    private static final int TIMES = 3;
    /** How many statements back the leading person must have spoken. */
    private static final int RECENT = 3;
    /** How many words a description may hold between `the` and its noun (`the three-time Coastal Cup winner`). */
    private static final int MODIFIERS = 4;
    /** Paragraphs of the lead (headline, deck, first body paragraph): their `a coroner` is the story's person. */
    private static final int LEAD_PARAS = 3;
    /** Determiners that bring in a new person. */
    private static final Set<String> INDEFINITE = Lexicon.words("a an another one");
    /** Nouns of a person that are no role: who they are is the text's to say, not the story's leader. */
    private static final Set<String> NO_ROLE = Lexicon.words("""
            man woman boy girl person people one other victim suspect crowd audience public heckler protester""");

    private LeadingSpeakerDescriptions() {
    }

    static void apply(Doc d) {
        Map<String, Integer> counts = null;
        for (int i = 0; i < d.out.size(); i++) {
            Stmt st = d.out.get(i);
            Speaker sp = st.sp;
            if (sp == null || sp.ms() < 0 || sp.ms() >= d.n || !DescribedLastSpeakers.definiteDescription(sp)
                    || QuestionSieve.NAME.equals(st.sieve)) {
                continue; // only a speaker left as a definite description; a question's asker is never the answerer
            }
            String head = head(d, sp);
            if (head == null) {
                continue;
            }
            if (counts == null) {
                counts = counts(d);
            }
            String leader = leader(counts);
            if (leader == null || !recent(d, i, leader) || heldByOther(d, head, mods(d, sp, head), leader)
                    || gendered(head) != '?' && d.genders.conflicts(leader, gendered(head))
                    || introduced(d, head, d.tokenAt(sp.ms()))) {
                continue;
            }
            st.sp = new Speaker(sp.ms(), sp.me(), sp.mention(), leader, SpeakerKind.PERSON, sp.channel());
        }
    }

    /** The description's lower-case noun: `the` + modifiers + a singular role noun [+ `of` Place]; else null. */
    private static String head(Doc d, Speaker sp) {
        List<Tok> toks = d.toks;
        int a = d.tokenAt(sp.ms());
        int h = a + 1;
        while (h < toks.size() && toks.get(h).s < sp.me() && toks.get(h).type == Tok.WORD && h - a <= MODIFIERS + 1
                && !Words.endsWithPossessive(toks.get(h)) && !Lexicon.PREPOSITIONS.contains(toks.get(h).low)
                && toks.get(h).e <= sp.me()) {
            h++;
        }
        int noun = h - 1;
        if (noun <= a || toks.get(noun).cap || Words.endsWithPossessive(toks.get(noun))) {
            return null;
        }
        String low = toks.get(noun).low;
        if (PersonRecords.canon(low) == null || Lexicon.ANON_NOUNS.contains(low) || NO_ROLE.contains(low)
                || low.endsWith("s") && !low.endsWith("ss") || !sp.name().endsWith(toks.get(noun).text)) {
            return null;
        }
        if (h < toks.size() && toks.get(h).s < sp.me() && toks.get(h).type == Tok.WORD) {
            if (!place(toks, h, sp.me())) {
                return null; // `the head of the union`, `the lawyer for the family`: someone else's person
            }
        }
        if (h < toks.size() && toks.get(h).type == Tok.WORD && Lexicon.PREPOSITIONS.contains(toks.get(h).low)
                && !toks.get(h).low.equals("of")) {
            return null; // `the lawyer for ...` past the mention's end
        }
        return low;
    }

    /** `of Liverpool`, `of New South Wales`: `of` and capitalised words to the mention's end, none possessive. */
    private static boolean place(List<Tok> toks, int of, int end) {
        if (!toks.get(of).low.equals("of") || of + 1 >= toks.size() || toks.get(of + 1).s >= end) {
            return false;
        }
        for (int k = of + 1; k < toks.size() && toks.get(k).s < end; k++) {
            Tok t = toks.get(k);
            if (t.type != Tok.WORD || !t.cap || Words.endsWithPossessive(t)) {
                return false; // `of China's delegation`, `of the union`: a body's or someone's person
            }
        }
        return true;
    }

    /**
     * Whether the text brought in someone else by the noun before position {@code before}, outside quotes: an
     * indefinite (`a heckler`, `another judge`) or a plural use after the lead; the lead's own `a coroner has found`
     * announces the story's person and does not count.
     */
    private static boolean introduced(Doc d, String head, int before) {
        String plural = head + "s";
        for (int k = before - 1; k >= 0; k--) {
            Tok t = d.toks.get(k);
            if (t.type != Tok.WORD || t.qrole != Tok.OUT || !t.low.equals(head) && !t.low.equals(plural)) {
                continue;
            }
            if (t.para < LEAD_PARAS) {
                continue;
            }
            if (t.low.equals(plural)) {
                return true;
            }
            for (int j = k - 1; j >= 0 && k - j <= MODIFIERS + 1 && d.toks.get(j).type == Tok.WORD; j--) {
                String w = d.toks.get(j).low;
                if (INDEFINITE.contains(w)) {
                    return true;
                }
                if (Lexicon.DETERMINERS.contains(w) || Lexicon.PREPOSITIONS.contains(w)) {
                    break;
                }
            }
        }
        return false;
    }

    /** The description's lower-case words between `the` and its noun (`chief` of `the chief minister`). */
    private static List<String> mods(Doc d, Speaker sp, String head) {
        List<String> mods = new ArrayList<>(MODIFIERS);
        for (int k = d.tokenAt(sp.ms()) + 1; k < d.toks.size() && !d.toks.get(k).low.equals(head); k++) {
            mods.add(d.toks.get(k).low);
        }
        return mods;
    }

    /** Statements by name of each named person, over the whole article. */
    private static Map<String, Integer> counts(Doc d) {
        Map<String, Integer> counts = new HashMap<>();
        for (Stmt st : d.out) {
            if (named(st.sp)) {
                counts.merge(st.sp.name(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean named(Speaker sp) {
        return sp != null && sp.kind() == SpeakerKind.PERSON && sp.name() != null && !sp.name().isEmpty()
                && Character.isUpperCase(sp.name().codePointAt(0))
                && SpeakerNames.isName(sp.name(), SpeakerKind.PERSON);
    }

    /** The named person with at least {@link #TIMES} statements and twice as many as anyone else; else null. */
    private static String leader(Map<String, Integer> counts) {
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        return top >= TIMES && top >= 2 * second ? best : null;
    }

    /** Whether the leader spoke in one of the statements right before statement i (in text order). */
    private static boolean recent(Doc d, int i, String leader) {
        int cs = d.out.get(i).cs;
        List<Stmt> before = new ArrayList<>();
        for (Stmt o : d.out) {
            if (o.cs < cs) {
                before.add(o);
            }
        }
        before.sort(java.util.Comparator.comparingInt(o -> o.cs));
        for (int k = before.size() - 1; k >= 0 && k >= before.size() - RECENT; k--) {
            Speaker o = before.get(k).sp;
            if (o != null && leader.equals(o.name())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the article gives the noun (or its synonym) to a named person other than the leader. */
    private static boolean heldByOther(Doc d, String head, List<String> mods, String leader) {
        for (PersonTitles.Holder h : d.titles.given(head)) {
            if (!h.name().equals(leader) && !h.qualified()) {
                return true; // `Judge Ivo Lund`; not `Education Minister X` beside `the chief minister`
            }
        }
        String noun = PersonRecords.canon(head);
        for (PersonRecords.Role role : PersonRecords.of(d).roles) {
            if (role.noun().equals(noun) && !role.person().equals(leader) && RoleAgreement.agree(mods, role.mods())) {
                return true;
            }
        }
        return false;
    }

    /** 'F' for `the actress`, `the businesswoman`; 'M' for `the businessman`; else '?'. */
    private static char gendered(String head) {
        return head.endsWith("woman") || head.endsWith("ess") && !head.endsWith("ness") ? 'F'
                : head.endsWith("man") ? 'M' : '?';
    }
}
