package io.statements.extraction.core;

import java.util.List;

import static io.statements.extraction.core.Tok.*;

/**
 * Session n61d, rule headline-own-name-over-description: a headline that names the speaker of its own quote
 * (`'Let down': Varga hits out at board`, `Coach Varga 'let down' after board drops staff`) keeps that name when the
 * body sentence that says the same words gives its speaker only by a description (`"I am let down," the Austrian
 * said`): a headline writer puts the name where the body's second reference is an epithet, and the name is the
 * more specific of the two mentions of one person. A body that names someone else by name still wins (it attributes
 * the words explicitly); a headline name the body never writes in full is no one (title-case headline words).
 */
final class HeadlineOwnSpeakers {

    private HeadlineOwnSpeakers() {
    }

    /**
     * Whether the body's speaker is a description, not a name: a lower-case last word (`chief executive`), or a
     * person's mention opening with an article whose words are its whole name (`the South African`, `the Austrian`):
     * nothing resolved it to anyone.
     */
    static boolean description(Speaker sp) {
        if (sp == null || sp.name() == null || sp.name().isEmpty()) {
            return false;
        }
        String name = sp.name();
        if (Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1))) {
            return true;
        }
        String m = sp.mention() == null ? "" : sp.mention();
        String low = Lexicon.lower(m);
        int sp0 = low.indexOf(' ');
        return sp.kind() == SpeakerKind.PERSON && sp0 > 0 && (low.startsWith("the ") || low.startsWith("a "))
                && m.substring(sp0 + 1).equals(name);
    }

    /**
     * The person a headline names right before its quote, as the subject of a verbless clause (`Coach Varga 'let
     * down'`, `...; Varga 'let down'`): capitalised words (at most four) that open the headline or follow a colon,
     * semicolon or dash and run up to the opening mark, resolving to a person whose full name the body writes; null
     * otherwise (`Board drops Varga 'for good'`: an object; `Anger at 'betrayal'`: no one).
     */
    static Speaker before(Doc d, Quote q, int a, int b) {
        List<Tok> toks = d.toks;
        int e = q.open - 1;
        if (e < a || toks.get(e).type != WORD || !toks.get(e).cap) {
            return null;
        }
        int f = e;
        while (f - 1 >= a && toks.get(f - 1).type == WORD && toks.get(f - 1).cap && e - f < 3) {
            f--;
        }
        boolean opens = f == a || toks.get(f - 1).type == PUNCT && ":;-\u2013\u2014|".contains(toks.get(f - 1).text);
        if (!opens) {
            return null;
        }
        for (int s = f; s <= e; s++) { // `Coach Varga`: the title word is no part of the name, the resolver strips it
            Speaker sp = d.resolver.resolve(s, e);
            if (sp != null && sp.name() != null && sp.kind() == SpeakerKind.PERSON && sp.name().contains(" ")
                    && d.s.indexOf(sp.name(), toks.get(b).e) >= 0) {
                return new Speaker(sp.ms(), sp.me(), sp.mention(), sp.name(), sp.kind(), null);
            }
        }
        return null;
    }
}
