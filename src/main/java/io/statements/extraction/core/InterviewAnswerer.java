package io.statements.extraction.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Session names29, rule interview-answerer: who answers an interview's `A:` paragraphs. A question-and-answer
 * article names the person interviewed in its headline (`Q&A with Mayor Ida Berg`, `Drought hits home for farmer Ida
 * Berg`) and again in the intro before the first label (`Mayor Ida Berg spent Monday ...`); that person is the
 * answerer. Taking the last person quoted before the labels (tried in an earlier session) gave whoever the intro
 * quoted, a relative or a rival; a person named in the headline but not in the intro (the subject of the talk, not
 * its guest) is no answerer either. Nobody found: the label stays unresolved, as before.
 */
final class InterviewAnswerer {
    private final Doc d;
    private final List<Tok> toks;
    private boolean searched;
    private String answerer;

    InterviewAnswerer(Doc d) {
        this.d = d;
        this.toks = d.toks;
    }

    /** The person interviewed, or null when the headline and the intro do not agree on one. */
    String answerer() {
        if (!searched) {
            searched = true;
            answerer = find();
        }
        return answerer;
    }

    private String find() {
        int firstLabel = firstInterviewLabelPara();
        if (firstLabel < 2 || toks.isEmpty()) {
            return null; // the headline and at least one intro paragraph come before the first label
        }
        NameIndex names = d.names;
        Set<String> headlineSurnames = new HashSet<>();
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            int para = toks.get(d.tokenAt(mp[0])).para;
            if (para >= firstLabel) {
                break;
            }
            String name = names.mentionName.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal() || name == null || PersonAntecedents.nonPerson(name)) {
                continue;
            }
            if (para == 0) {
                headlineSurnames.add(surname(name));
            } else if (headlineSurnames.contains(surname(name)) && name.contains(" ")) {
                return name; // the intro's first person the headline named too, by full name
            }
        }
        return null;
    }

    /** The first paragraph opening with a `Q:` or `A:` label; -1 when there is none. */
    private int firstInterviewLabelPara() {
        int first = -1;
        for (Map.Entry<Integer, int[]> e : d.labelParas.entrySet()) {
            int[] lp = e.getValue();
            String w = toks.get(lp[0]).text;
            if (lp[0] == lp[1] && (w.equals("Q") || w.equals("A")) && (first < 0 || e.getKey() < first)) {
                first = e.getKey();
            }
        }
        return first;
    }

    private static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        return Lexicon.lower(sp < 0 ? name : name.substring(sp + 1));
    }
}
