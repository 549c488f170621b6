package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n63c, rule ruling-of-the-judge: `Judge Ines Varga dismissed the claim on Friday. "...," the ruling said`: a
 * ruling or judgment is written by the court that gives it, and reports that name no court but one judge
 * (a county judge, a magistrate, a single-judge bench) name its author by that judge. The document is that judge's
 * when the text before it names exactly one person with a judge's title (`Judge X`, `Justice X`, `Magistrate X`,
 * `District Judge X`); with two judges, or a court the text names ({@link CourtParts#documentCourt}, asked first),
 * this rule says nothing; nor for a verdict, which a jury may give.
 */
final class JudgeRulings {
    /** How far back (in characters) the judge may be named: the article so far, about. */
    private static final int REACH = 6000;
    /** What a judge writes; not `verdict`, which in a jury trial is the jury's. */
    private static final Set<String> RULINGS = Lexicon.words("ruling rulings judgment judgement judgments judgements");
    /** Titles of a person who rules in a case. */
    private static final Set<String> JUDGE_TITLES = Lexicon.words("judge justice magistrate");

    private JudgeRulings() {
    }

    /** The one judge the text names before the char offset ms, for the court document noun {@code head}; else null. */
    static Speaker judge(Doc d, String head, int ms) {
        if (!RULINGS.contains(head) || d.names == null) {
            return null;
        }
        NameIndex names = d.names;
        String found = null;
        for (int k = names.mentionBefore(ms); k >= 0 && names.mentionPos.get(k)[0] >= ms - REACH; k--) {
            int[] mp = names.mentionPos.get(k);
            String name = names.mentionName.get(k);
            if (name == null || mp[1] != SpeakerKind.PERSON.ordinal() || d.toks.get(mp[2]).para == 0 || !titled(d, mp[2])) {
                continue;
            }
            if (found != null && !found.equals(name) && !found.endsWith(" " + name) && !name.endsWith(" " + found)) {
                return null; // two judges: whose ruling it is, the text must say
            }
            found = found == null || name.length() > found.length() ? name : found;
        }
        return found == null || found.indexOf(' ') < 0 ? null
                : new Speaker(ms, ms, found, found, SpeakerKind.PERSON, Channel.OTHER);
    }

    /** Whether the run at token t opens with a judge's title or follows one (`judge Ines Varga`). */
    private static boolean titled(Doc d, int t) {
        return JUDGE_TITLES.contains(d.toks.get(t).low) || t > 0 && JUDGE_TITLES.contains(d.toks.get(t - 1).low)
                && d.toks.get(t - 1).sent == d.toks.get(t).sent;
    }
}
