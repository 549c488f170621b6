package io.statements.extraction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, bad input: a rule that fails inside one sentence never drops the whole article silently. The sentence is
 * counted, the failure is logged at debug with the rule's name, and the rest of the article is still extracted.
 */
class RuleFailureTest {

    private static final String ARTICLE = """
            Harbour talks resume

            "We are ready to sign on Monday," said Mara Quell, the union's negotiator.

            "The trap is in the small print," said Ottavio Brenn, who chairs the port board.

            "Nobody leaves the table before the ferries run again," said Ilse Marrow, the mayor.
            """;

    /** A sieve that throws on the quote holding `trap` and leaves every other quote to the sieves after it. */
    private static final class FailingSieve implements QuoteSieve {
        private final Doc d;

        FailingSieve(Doc d) {
            this.d = d;
        }

        @Override
        public String name() {
            return "failing-for-test";
        }

        @Override
        public boolean attribute(QuoteCandidate c) {
            if (d.s.substring(c.q.cs, c.q.ce).contains("trap")) {
                throw new IllegalStateException("rule bug");
            }
            return false;
        }
    }

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getLogger(StatementExtractor.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void listen() {
        before = logger.getLevel();
        logger.setLevel(Level.FINE);
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
        logger.setLevel(before);
    }

    private static StatementExtractor withFailingSieveFirst() {
        List<Function<Doc, QuoteSieve>> sieves = new ArrayList<>();
        sieves.add(FailingSieve::new);
        sieves.addAll(Sieves.configure(Sieves.DEFAULT_ORDER).factories());
        return new StatementExtractor(new Sieves.Configured(sieves));
    }

    @Test
    void theFailingSentenceIsCountedAndTheOthersAreStillExtracted() {
        StatementExtractor.Result r = withFailingSieveFirst().run(ARTICLE);

        assertEquals(1, r.skippedSentences());
        assertEquals(List.of("Mara Quell", "Ilse Marrow"), names(r));
    }

    @Test
    void theFailureIsLoggedAtDebugWithTheRuleThatFailed() {
        withFailingSieveFirst().run(ARTICLE);

        assertTrue(records.stream().anyMatch(r -> r.getLevel().intValue() == Level.FINE.intValue()
                && r.getMessage().contains("(rule failing-for-test)") && r.getMessage().contains("skipped")
                && r.getThrown() != null && "rule bug".equals(r.getThrown().getMessage())), () -> "logged: " + messages());
    }

    @Test
    void withoutTheFailingRuleNothingIsSkipped() {
        StatementExtractor.Result r = new StatementExtractor().run(ARTICLE);

        assertEquals(0, r.skippedSentences());
        assertEquals(List.of("Mara Quell", "Ottavio Brenn", "Ilse Marrow"), names(r));
    }

    private static List<String> names(StatementExtractor.Result r) {
        return r.statements().stream().map(ExtractedStatement::speakerName).toList();
    }

    private List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }
}
