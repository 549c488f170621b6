package io.statements.article;

import java.util.Random;
import java.util.UUID;

/**
 * An invented article. Names carry a random 8-letter part so that tests sharing one database never match each
 * other's speakers; the parts have a fixed length, so every offset below is fixed.
 */
public final class ArticleFixtures {

    /** Starts with an emoji (2 UTF-16 units, 1 code point): every offset after it tells the two apart. */
    public static final String TEMPLATE = """
            🚢 Harbour authority defends dredging plan

            Port director Elena SURNAMEX said on Tuesday that the dredging would start in May. “We have waited \
            long enough,” SURNAMEX told CNN. “The channel silts up every winter.”

            The ORGNAMEX Harbour Authority said in a statement that the work would cost 40 million euros. \
            According to two council officials, the budget has not been approved.

            "Nobody asked the fishermen," she said at a press conference.
            """;

    public final String surname = word();
    public final String org = word();
    public final String text = TEMPLATE.replace("SURNAMEX", surname).replace("ORGNAMEX", org);

    public static String word() {
        Random random = new Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder sb = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    /** The text at code point offsets [start, end): what a client in any language must be able to cut. */
    public String at(int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    public static String json(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.chars().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", c));
                    } else {
                        sb.append((char) c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
