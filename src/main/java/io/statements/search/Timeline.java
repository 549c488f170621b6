package io.statements.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Timeline", description = "How many matching statements were reported per day, week or month (UTC), "
        + "oldest first; only periods with statements are listed")
public record Timeline(
        @Schema(description = "Length of each period: DAY, WEEK (starting Monday) or MONTH", examples = "DAY")
        String interval,
        List<Bucket> items) {

    @Schema(name = "TimelineBucket", description = "One period and its count")
    public record Bucket(@Schema(description = "First day of the period (UTC)", examples = "2025-03-14") LocalDate start,
                         @Schema(description = "Matching statements reported in the period", examples = "4") long count) {
    }
}
