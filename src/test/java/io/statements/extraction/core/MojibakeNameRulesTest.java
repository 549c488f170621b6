package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session names22, rule mojibake-letters: a name stored mis-encoded (UTF-8 read as Latin-1, once as `Ã¡` or twice as
 * `Ã\u0083Â¡`) stays one name word in the tokenizer and is reported as spelled. It was cut at the mangled letter
 * (`Arturo SarukhA`) or lost, and its `he said` went elsewhere. Invented text.
 */
class MojibakeNameRulesTest {

    private static final String TEXT = "Envoy named\n\n"
            + "Arturo Sarukh\u00c3\u0083\u00c2\u00a1n, a former ambassador, said the new plan was overdue.\n\n"
            + "\"We have to answer with facts,\" Sarukh\u00c3\u0083\u00c2\u00a1n added.\n\n"
            + "In Madrid, Luis Ib\u00c3\u00a1\u00c3\u00b1ez spoke to the press. \"It is late,\" he said.\n";

    @Test
    void aTwiceMangledNameIsOneNameSpelledRight() {
        assertEquals("Arturo Sarukh\u00e1n", with(TEXT, "We have to answer").speakerName());
    }

    @Test
    void aOnceMangledNameKeepsItsPronoun() {
        assertEquals("Luis Ib\u00e1\u00f1ez", with(TEXT, "It is late").speakerName());
    }

    @Test
    void aMangledNameStoredDecomposedIsOneNameToo() {
        // `Ã` stored as `A` and a combining tilde, `Â` as `A` and a combining circumflex
        String text = "Envoy\n\nArturo SarukhA\u0303\u0083A\u0302\u00a1n, a former ambassador, said the plan was"
                + " overdue.\n";
        assertEquals("Arturo Sarukh\u00e1n", with(text, "the plan was overdue").speakerName());
    }

    @Test
    void unmangledLeavesOtherNamesAlone() {
        assertEquals("Jo\u00e3o Silva", SpeakerNames.unmangled("Jo\u00e3o Silva"));
        assertEquals("\u00c3LVARO", SpeakerNames.unmangled("\u00c3LVARO")); // a real capital A-tilde: no UTF-8 after it
    }
}
