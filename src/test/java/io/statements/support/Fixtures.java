package io.statements.support;

import java.util.UUID;

/** Invented test data; unique per call so tests never depend on each other's rows. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String domain() {
        return "outlet-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    /** A minimal valid statement create body naming speaker and outlet by name/domain. */
    public static String statement(String text, String speakerName, String domain) {
        return """
                {"text": "%s", "kind": "DIRECT",
                 "speaker": {"name": "%s", "kind": "PERSON"},
                 "outlet": {"domain": "%s", "name": "Example Outlet"}}""".formatted(text, speakerName, domain);
    }
}
