package io.statements.utterance;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;

/** Runs the re-link command's loop over the test database and returns what it printed. */
final class Relink {

    static final Duration WINDOW = Duration.ofDays(14);

    private Relink() {
    }

    /**
     * @param kept    the window of candidates, passed again to go on with one run after changing data
     * @param batches at most this many batches
     */
    static String run(DataSource dataSource, CandidateWindow kept, int batch, boolean restart, int batches)
            throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        try (Connection conn = dataSource.getConnection()) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            boolean autoCommit = conn.getAutoCommit();
            RelinkCommand.run(conn, new LinkPlanner(new ReportMatcher(0.8, 0.8), WINDOW), kept, batch, restart,
                    batches);
            conn.setAutoCommit(autoCommit);
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
