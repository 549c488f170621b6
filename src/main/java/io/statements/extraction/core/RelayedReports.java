package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.*;

/**
 * Rule relayed-report (session names41): `Zhao on Tuesday pledged to "A" ..., state media reported.` and `Rauf said:
 * "A," local media reported.`: media named only by what they are (`state media`, `the news agency`, `local
 * television`) reporting after the quote relay the sentence; they are not the quote's speaker when the clause the
 * quote stands in already has a verb of saying with a subject of its own before the quote. The cue sieves after the
 * quote then decline, and the sieves that read the clause before it give the speaker. `"A," state media reported.`
 * (nothing before the quote) stays the media's. A named outlet (`The Post reported`) keeps the quote: PolNeAR's
 * annotators give such sentences to the outlet (train lost three gold speakers when a first version relayed them too).
 */
final class RelayedReports {
    /** Verbs by which media relay what someone else said. */
    private static final Set<String> RELAY_VERBS = Lexicon.words("reported reports");
    /** Heads of a subject that names media only by what they are. */
    private static final Set<String> MEDIA_HEADS = Lexicon.words(
            "media agency agencies television tv radio outlets broadcaster broadcasters");

    private final List<Tok> toks;
    private final Cues cueLex;
    private final Subjects subjects;

    RelayedReports(Doc d) {
        this.toks = d.toks;
        this.cueLex = d.cueLex;
        this.subjects = d.subjects;
    }

    /**
     * The cue after the quote, whose subject is {@code subj}, only relays: a relay verb of unnamed media, and the
     * quote's own clause before it has a speaker.
     */
    boolean relaysOwnSpeaker(QuoteCandidate c, int cue, int[] subj) {
        if (subj == null || !RELAY_VERBS.contains(toks.get(cue).low)) {
            return false;
        }
        if (!MEDIA_HEADS.contains(toks.get(subj[1]).low) || mediaNamed(subj)) {
            return colonIntroduced(c) || firstPersonAfterQuote(c); // a named outlet relays a quote introduced with a
            // colon, or one in the first person
        }
        for (int k = c.q.open - 1; k > c.ss; k--) {
            Tok t = toks.get(k);
            if (t.qrole != OUT || Words.isTerminal(t)) {
                return false; // an earlier quote or sentence: not this quote's own clause
            }
            if (cueLex.isCueTok(k) && cueLex.isSpeech(k)) {
                int[] sb = subjects.subjectBefore(k, c.ss);
                return sb != null && sb[0] >= c.ss;
            }
        }
        return false;
    }

    /**
     * Session names44, rule colon-relay: `Mehta said: "A," the Times reported.` The quote stands as the colon's
     * complement of a verb of saying with its own subject right before it; a named outlet reporting after it relays
     * the sentence, as unnamed media do. Without the colon (`Mehta said "A," the Times reported`) the outlet keeps the
     * quote, as PolNeAR's annotators give it.
     */
    private boolean colonIntroduced(QuoteCandidate c) {
        int colon = c.q.open - 1;
        if (colon - 1 <= c.ss || !toks.get(colon).text.equals(":")) {
            return false;
        }
        int k = colon - 1;
        if (!(cueLex.isCueTok(k) && cueLex.isSpeech(k))) {
            return false;
        }
        int[] sb = subjects.subjectBefore(k, c.ss);
        return sb != null && sb[0] >= c.ss;
    }

    /**
     * Rule outlet-credit-first-person (session n50e): `"...," he told reporters at the airport. "I gave them the
     * facts: ...," the Daily Courier reports.` An outlet speaks of no `I`: a quote in the first person singular that
     * opens its sentence, with a named outlet reporting after it, is someone else's words the outlet credits (was the
     * outlet); the later sieves give it the running speaker. A third-person quote keeps the outlet, as PolNeAR gives it.
     */
    private boolean firstPersonAfterQuote(QuoteCandidate c) {
        for (int k = c.q.open + 1; c.startsSentence && k < c.qEndTok; k++) {
            Tok t = toks.get(k);
            if (t.text.equals("I") || t.low.equals("me") || t.low.equals("my") || t.text.equals("I'm")
                    || t.text.equals("I\u2019m")) {
                return true;
            }
        }
        return false;
    }

    /**
     * `the Associated Press agency`, `Fox News television`: a capitalised word after the first names the outlet
     * (`Chinese state media`, `Xinhua news agency` relay, as wire agencies do).
     */
    private boolean mediaNamed(int[] subj) {
        for (int k = subj[0] + 1; k < subj[1]; k++) {
            if (toks.get(k).cap) {
                return true;
            }
        }
        return false;
    }
}
