package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names30, rule doctor-named-next: `his family physician`, `the senator's former doctor` that no
 * tie of the text explains ({@link DescribedNames}) is the one person its own or the next sentence calls `Dr.`
 * (`His physician calls X fit. The note came from Dr. Ada Brandt.`). A story names the doctor
 * once, with the title, beside the description; `a doctor` introduces someone else.
 */
final class DoctorMentions {
    private static final Set<String> HEADS = Lexicon.words("doctor physician surgeon");
    /** Determiners a doctor's description opens with; `a`/`an` introduce someone new. */
    private static final Set<String> OPENERS = Lexicon.words("the his her their its");

    private final Doc d;
    private final List<Tok> toks;

    DoctorMentions(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The person titled `Dr.` in the sentence of the description [a, end] or the next, when only one is; else null. */
    String named(int a, int end) {
        Tok head = toks.get(end);
        if (head.cap || head.type != WORD || !HEADS.contains(head.low) || end - a > 7
                || !OPENERS.contains(toks.get(a).low)) {
            return null;
        }
        int si = head.sent, last = Math.min(si + 1, d.sentEnd.length - 1);
        String found = null;
        for (int k = d.sentStart[si]; k <= d.sentEnd[last] && k + 1 < toks.size(); k++) {
            Tok t = toks.get(k);
            if (t.type != WORD || !t.cap || t.qrole != OUT || !t.low.equals("dr.") && !t.low.equals("dr")) {
                continue;
            }
            int n = toks.get(k + 1).text.equals(".") ? k + 2 : k + 1;
            String person = n < toks.size() ? d.titles.personAt(n) : null;
            if (person != null && found != null && !found.equals(person)) {
                return null; // two doctors: the description stays
            }
            found = person != null ? person : found;
        }
        return found;
    }
}
