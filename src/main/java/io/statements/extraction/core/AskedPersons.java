package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

import static io.statements.extraction.core.Tok.OUT;
import static io.statements.extraction.core.Tok.WORD;

/**
 * Session pron20: the one asked answers. `Dunmore then asked Reyes which districts would pay. "Nobody will," he said`
 * is Reyes's, not the asker's, who is the subject of the sentence before ({@link PronounResolver}); an inverted cue
 * (`"Will it?" asked Dunmore`) names the asker and is skipped, and the passive (`Reyes was asked by Venn`) already
 * has the one asked as its subject.
 */
final class AskedPersons {
    private static final Set<String> ASKING = Lexicon.words("asked asks pressed presses questioned quizzed");
    private static final Set<String> PASSIVE = Lexicon.words("was were is are be been being get gets got");
    /** How many words the name of the one asked may have (`Sen. Tom Reyes`). */
    private static final int NAME_WORDS = 4;

    private final Doc d;
    private final List<Tok> toks;
    private final SpeakerResolver resolver;

    AskedPersons(Doc d, SpeakerResolver resolver) {
        this.d = d;
        this.toks = d.toks;
        this.resolver = resolver;
    }

    /** The person by name whom the sentence's subject asked, who may agree with the pronoun; null otherwise. */
    Speaker answerer(int sentence, char want) {
        int ss = d.sentStart[sentence], se = d.sentEnd[sentence];
        for (int i = ss + 1; i < se; i++) {
            Tok t = toks.get(i);
            if (t.type != WORD || t.qrole != OUT || !ASKING.contains(t.low)) {
                continue;
            }
            Tok before = toks.get(i - 1);
            if (before.type != WORD || before.qrole != OUT || PASSIVE.contains(before.low)) {
                return null; // `"Will it?" asked Dunmore`, `Reyes was asked by`: not `X asked Y`
            }
            int a = i + 1, b = a;
            if (!nameWord(toks.get(a))) {
                return null; // `asked him`, `asked about`
            }
            while (b + 1 <= se && b - a + 1 < NAME_WORDS && nameWord(toks.get(b + 1))
                    && !Words.endsWithPossessive(toks.get(b))) {
                b++;
            }
            if (Words.endsWithPossessive(toks.get(b)) || b + 1 <= se && toks.get(b + 1).text.startsWith("'")) {
                return null; // `questioned Mr. Trump's veracity`: doubted a thing of theirs, asked no one
            }
            Speaker sp = resolver.resolve(a, b);
            return sp == null || sp.kind() != SpeakerKind.PERSON || sp.name() == null
                    || d.genders.conflicts(sp.name(), want) ? null : sp;
        }
        return null;
    }

    /** Words that end the asker's noun phrase in `Asked by X whether ...`. */
    private static final Set<String> QUESTION_START = Lexicon.words("""
            whether if about why how what who when where which on at during in to for after before""");
    /** How many words the asker's noun phrase may have (`host John Dickerson`, `a reporter from the Ledger`). */
    private static final int ASKER_WORDS = 6;

    /**
     * Session names38, rule asked-by-not-pronoun: `Asked by Bram Kettering whether she wrote it, she said` — the
     * pronoun after the opening phrase is the one asked, never the asker: the char range [start, end) of the asker
     * after `by` when the pronoun's sentence opens with `Asked by` / `When asked by` and the pronoun follows the
     * phrase's comma; null otherwise.
     */
    int[] askerInOpening(int sentence, int pronounStart) {
        if (sentence < 0) {
            return null;
        }
        int ss = d.sentStart[sentence], se = d.sentEnd[sentence];
        int i = toks.get(ss).low.equals("when") || toks.get(ss).low.equals("after") ? ss + 1 : ss;
        if (i + 2 > se || !toks.get(i).low.equals("asked") || !toks.get(i + 1).low.equals("by")) {
            return null;
        }
        int a = i + 2, b = a;
        while (b + 1 <= se && b + 1 - a < ASKER_WORDS && toks.get(b + 1).type == WORD
                && !QUESTION_START.contains(toks.get(b + 1).low)) {
            b++;
        }
        for (int k = b + 1; k <= se && toks.get(k).s < pronounStart; k++) {
            if (toks.get(k).text.equals(",")) {
                return new int[] {toks.get(a).s, toks.get(b).e};
            }
        }
        return null; // `Asked by the panel, the mayor said`: no pronoun after the phrase
    }

    private static boolean nameWord(Tok t) {
        return t.type == WORD && t.cap && t.qrole == OUT;
    }
}
