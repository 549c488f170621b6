package io.statements.extraction.core;

import java.util.List;
import java.util.Map;

/**
 * Session names46, rule office-paraphrase: news copy names an office a second time by its standard paraphrase, not
 * its title: `Marenia's top diplomat` for the foreign minister (foreign secretary, secretary of state), `the top
 * government spokesman` for the chief cabinet secretary (or the government spokesman). The paraphrase is the one
 * person the article gave one of those titles; two such people (two foreign ministers at a meeting) leave it
 * unresolved, as does no one.
 */
final class OfficeParaphrases {
    /** A paraphrase's head (the words after `top` / `chief`) and the titles it stands for, as role and qualifier. */
    private static final Map<String, List<String[]>> OFFICES = Map.of(
            "diplomat", List.of(new String[]{"minister", "foreign"}, new String[]{"secretary", "foreign"},
                    new String[]{Presidents.SECRETARY_OF_STATE, null}),
            "government spokesman", List.of(new String[]{"secretary", "cabinet"},
                    new String[]{"spokesman", "government"}, new String[]{"spokeswoman", "government"}),
            "government spokeswoman", List.of(new String[]{"secretary", "cabinet"},
                    new String[]{"spokeswoman", "government"}, new String[]{"spokesperson", "government"}));

    private OfficeParaphrases() {
    }

    /** The holder the paraphrase [a, end] (`the top diplomat`, `Tolvia's chief diplomat`) stands for, or null. */
    static String holder(Doc d, int a, int end) {
        List<Tok> toks = d.toks;
        int top = -1;
        for (int k = a; k < end && end - a <= 5; k++) {
            String w = toks.get(k).low;
            top = w.equals("top") || w.equals("chief") ? k : top;
        }
        if (top < 0 || top == end || toks.get(end).cap) {
            return null;
        }
        String head = top + 1 == end ? toks.get(end).low
                : top + 2 == end ? toks.get(top + 1).low + " " + toks.get(end).low : null;
        List<String[]> offices = head == null ? null : OFFICES.get(head);
        String found = null;
        for (String[] office : offices == null ? List.<String[]>of() : offices) {
            String name = office[1] == null ? d.titles.holder(office[0], toks.get(a).s, false, false)
                    : d.titles.holderPlaced(office[0], office[1]);
            if (name != null && found != null && !found.equals(name)) {
                return null; // two people it may mean: neither
            }
            found = name != null ? name : found;
        }
        return found;
    }
}
