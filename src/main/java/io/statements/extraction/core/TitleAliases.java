package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.statements.extraction.core.Tok.WORD;

/**
 * Session n51c, rule title-alias-holder: news copy spells one office several ways and names its holder once, often
 * after the first title-only mention (`Valdoria's prime minister said ...` in the lead, `Prime Minister Ana Voss` in
 * paragraph three): `Prime Minister X` ≈ `Premier X` ≈ `PM X` ≈ `the premier` ≈ `the PM`; `Chief Justice X` ≈ `the
 * CJ` ≈ `the <court> CJ`; `X, the chief executive of Y` ≈ `CEO X` ≈ `Y's chief executive` ≈ `the Y boss`. A
 * title-only mention of such an office is its holder anywhere in the text: the only one, else the one given it nearest
 * before; a former holder only for `the former ...`; a holder given the office with another capitalised qualifier
 * (`Rivalco chief executive X`) not for `the Brightwave boss`. A headline's `<country> leader says` is the one head
 * of government (prime minister, else president) the text names, when it gives no one `leader` with that place.
 * Not an indefinite `a chief executive` (someone new) nor a mention with other words (`the new CEO`).
 */
final class TitleAliases {
    static final String PM = "prime minister", CJ = "chief justice", CEO = "chief executive";

    /** Rule acronym-title-spelled (n51c): a title acronym left as the name is spelled out, lower case (no one's name). */
    private static final Map<String, String> ACRONYMS = Map.of("PM", PM, "CJ", CJ, "CEO", CEO,
            "CFO", "chief financial officer", "COO", "chief operating officer", "CTO", "chief technology officer");

    private record Holder(int pos, String office, String name, String qualifier, boolean former) {
    }

    /** An office a phrase spells ({@link #PM}, {@link #CJ}, {@link #CEO}) and the phrase's last token. */
    private record Office(String name, int last) {
    }

    private final Doc d;
    private final List<Tok> toks;
    private List<Holder> holders;
    /** The text's capitalised letter runs (`Valdoria`), read once: what {@link #placeLike} asks of every demonym. */
    private Set<String> capitalised;

    TitleAliases(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The office a phrase at i spells (`Prime Minister`, `premier`, `PM`, `chief justice`, `CEO`), or null. */
    private Office officeAt(int i) {
        Tok t = toks.get(i);
        Tok n = i + 1 < toks.size() ? toks.get(i + 1) : null;
        if (t.type != WORD) {
            return null;
        }
        boolean pair = n != null && n.type == WORD && t.cap == n.cap;
        String key = t.text.equals("PM") ? PM : t.text.equals("CJ") ? CJ : t.text.equals("CEO") ? CEO
                : t.low.equals("premier") ? PM : null;
        int last = i;
        if (key == null && pair && t.low.equals("prime") && n.low.equals("minister")) {
            key = PM;
            last = i + 1;
        } else if (key == null && pair && t.low.equals("chief") && (n.low.equals("justice") || n.low.equals("executive"))) {
            key = n.low.equals("justice") ? CJ : CEO;
            last = i + 2 < toks.size() && toks.get(i + 2).low.equals("officer") ? i + 2 : i + 1;
        }
        return key == null ? null : new Office(key, last);
    }

    private void collect() {
        holders = new ArrayList<>();
        for (int i = TitlePhrases.headlineEnd(toks); i < toks.size(); i++) {
            Office office = toks.get(i).qrole == Tok.OUT ? officeAt(i) : null;
            if (office == null) {
                continue;
            }
            int e = office.last();
            int after = e + 1;
            String name = d.titles.personAt(after < toks.size() && toks.get(after).text.equals(",") ? after + 1 : after);
            // `Prime Minister Ana Voss`, `CEO Tom Reyes`, `the chief executive, Tom Reyes,`
            if (name == null && after + 1 < toks.size() && (toks.get(after).low.equals("of") || toks.get(after).low.equals("at"))) {
                int k = toks.get(after + 1).low.equals("the") ? after + 2 : after + 1;
                while (k < toks.size() && k - after < 6 && toks.get(k).type == WORD && toks.get(k).cap) {
                    k++;
                }
                name = k < toks.size() && toks.get(k).text.equals(",") ? d.titles.personAt(k + 1) : null; // `the chief
                // executive of Brightwave, Tom Reyes`
            }
            name = name == null ? nameBefore(i) : name; // `Tom Reyes, the chief executive of Brightwave`
            // n66d, rule office-of-place-holder: `Prime Minister of Norland Arvo Kessel` (no comma after the place):
            // the holder the title pass read after the written-out office, so that `the prime minister` of a story
            // about him is not the other country's prime minister named later with a comma
            name = name == null && RoleWords.isRole(toks.get(e)) && after < toks.size() && toks.get(after).low.equals("of")
                    ? d.titles.holderBetween(RoleWords.role(toks.get(e)), toks.get(e).s, toks.get(e).s) : name;
            if (name != null) {
                holders.add(new Holder(toks.get(i).s, office.name(), name, qualifierBefore(i), Presidents.former(toks, i)
                        || i > 0 && toks.get(i - 1).low.equals("ex"))); // `ex premier X`
            }
            i = e;
        }
    }

    /** `Tom Reyes, the (Brightwave|company's) chief executive`: the person before the comma opening the phrase at i. */
    private String nameBefore(int i) {
        for (int m = i - 1; m >= 1 && i - m <= 4; m--) {
            Tok t = toks.get(m);
            if (t.text.equals(",")) {
                int a = m - 1;
                while (a - 1 >= 0 && m - a < 4 && toks.get(a - 1).type == WORD && toks.get(a - 1).cap) {
                    a--;
                }
                return toks.get(m - 1).type == WORD && toks.get(m - 1).cap ? d.titles.personAt(a) : null;
            }
            if (t.type != WORD || t.qrole != Tok.OUT) {
                return null;
            }
        }
        return null;
    }

    /** The capitalised word right before the office at i (`Brightwave` of `Brightwave chief executive`), lower case. */
    private String qualifierBefore(int i) {
        Tok q = i > 0 ? toks.get(i - 1) : null;
        return q != null && q.type == WORD && q.cap && q.sent == toks.get(i).sent && !q.low.equals("former")
                ? Lexicon.lower(Words.stripPossessive(q.text)) : null;
    }

    /** The holder a title-only mention [a, end] (`the PM`, `the TSC CJ`, `Norland leader`) stands for, or null. */
    String holder(int a, int end, int ms) {
        if (end - a > 4 || toks.get(a).low.equals("a") || toks.get(a).low.equals("an")) {
            return null;
        }
        String office = null;
        int start = -1;
        for (int k = Math.max(a, end - 2); k <= end && start < 0; k++) {
            Office o = officeAt(k);
            start = o != null && o.last() == end ? k : -1;
            office = start >= 0 ? o.name() : office;
        }
        boolean leader = start < 0 && toks.get(end).low.equals("leader") && toks.get(end).type == WORD;
        start = leader ? end : start;
        if (start < 0 && toks.get(end).low.equals("boss") && !toks.get(end).cap) {
            office = CEO; // `the Brightwave boss`, `the company's boss`
            start = end;
        }
        if (start < 0) {
            return null;
        }
        boolean former = false;
        String qualifier = null;
        for (int k = a; k < start; k++) {
            Tok t = toks.get(k);
            if (k == a && Lexicon.DETERMINERS.contains(t.low) && !t.low.equals("this")) {
                continue;
            }
            if (t.low.equals("former")) {
                former = true;
            } else if (t.type == WORD && t.cap && !t.low.equals("former")) {
                qualifier = Lexicon.lower(Words.stripPossessive(t.text));
            } else if (t.type != WORD || !Words.endsWithPossessive(t)) {
                return null; // `the new CEO`, `the 35-year-old striker`: other words
            }
        }
        if (leader) {
            return qualifier == null || former || !placeLike(qualifier) ? null : headOfGovernment(a, end, ms);
        }
        if (office == CEO && start == end && toks.get(end).low.equals("boss") && qualifier == null
                && !Words.endsWithPossessive(toks.get(end - 1 >= a ? end - 1 : a))) {
            return null; // a bare `the boss`: anyone's boss
        }
        return holderOf(office, qualifier, former, ms);
    }

    private String holderOf(String office, String qualifier, boolean former, int ms) {
        if (holders == null) {
            collect();
        }
        String found = qualifier == null ? null : holderOf(office, qualifier, true, former, ms);
        return found != null ? found : holderOf(office, qualifier, false, former, ms);
    }

    /**
     * The holder of the office given it with the mention's qualifier ({@code matching}: `Norlandic Prime Minister X`
     * for `Norland PM`), else given it with none: the only one, else the one given it nearest before ms.
     */
    private String holderOf(String office, String qualifier, boolean matching, boolean former, int ms) {
        String only = null, before = null;
        boolean several = false;
        List<String> fitting = new ArrayList<>(2);
        for (Holder h : holders) {
            boolean same = qualifier != null && h.qualifier() != null && (h.qualifier().equals(qualifier)
                    || StateTies.samePlaceWord(qualifier, h.qualifier()));
            if (!h.office().equals(office) || h.former() != former || (matching ? !same : h.qualifier() != null
                    && qualifier != null && !same)) {
                continue;
            }
            several |= only != null && !only.equals(h.name());
            only = only == null ? h.name() : only;
            before = h.pos() < ms ? h.name() : before;
            if (!fitting.contains(h.name())) {
                fitting.add(h.name());
            }
        }
        // n66d, rule office-holder-last-named: of two prime ministers, the one the story named last before the
        // mention (`Kessel said ... "...," the prime minister said`) is the one the paragraph is about
        String named = several ? SharedTitles.lastNamed(d.names, fitting, ms) : null;
        return named != null ? named : several ? before : only;
    }

    /** `Norland leader`, `Valdorian leader`: a place or its people (a known one, or the demonym of a place the text
     * names: `Valdoria` for `Valdorian`), not a party. */
    private boolean placeLike(String q) {
        if (Lexicon.PLACES.contains(q) || Lexicon.isRegion(q) || Demonyms.adjective(q)) {
            return true;
        }
        for (String end : new String[]{"ian", "an", "ese", "ish", "n", "i"}) {
            String stem = q.endsWith(end) ? q.substring(0, q.length() - end.length()) : "";
            for (String tail : stem.length() < 3 ? new String[0] : new String[]{"", "a", "y", "en", "and", "ia"}) {
                if (capitalised().contains(Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + tail)) {
                    return true; // the place itself, not the demonym again
                }
            }
        }
        return false;
    }

    /** Every run of letters in the text that starts with a capital: one pass, however many demonyms are asked. */
    private Set<String> capitalised() {
        if (capitalised == null) {
            capitalised = new HashSet<>();
            String s = d.s;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                    int e = i + 1;
                    while (e < s.length() && Character.isLetter(s.charAt(e))) {
                        e++;
                    }
                    if (Character.isUpperCase(s.charAt(i))) {
                        capitalised.add(s.substring(i, e));
                    }
                    i = e - 1;
                }
            }
        }
        return capitalised;
    }

    /** The one prime minister the text names, else its one unqualified president; null when it names neither. */
    private String headOfGovernment(int a, int end, int ms) {
        String placed = d.titles.placedHolder(a, end, "leader");
        if (placed != null) {
            return placed;
        }
        String pm = holderOf(PM, null, false, ms);
        return pm != null ? pm : d.titles.holder("president", ms, false, false);
    }

    /** `CEO`, `KHC CJ`, `PM` left as a speaker's name: the title spelled out in lower case; else the name unchanged. */
    static String spelledOut(String name) {
        if (name == null || name.length() > 12) {
            return name;
        }
        int sp = name.lastIndexOf(' ');
        String head = ACRONYMS.get(name.substring(sp + 1));
        String qual = sp < 0 ? "" : name.substring(0, sp);
        return head != null && (qual.isEmpty() || qual.length() <= 5 && qual.equals(qual.toUpperCase(java.util.Locale.ROOT)))
                ? head : name;
    }
}
