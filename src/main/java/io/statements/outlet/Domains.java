package io.statements.outlet;

import java.util.Locale;

/** Outlet domains are compared in one canonical form: lower case, no scheme, no "www.", no trailing dot. */
public final class Domains {

    /** Case-insensitive without an inline (?i) flag: the pattern is published in the contract, where it must be ECMA-262. */
    static final String PATTERN = "([hH][tT][tT][pP][sS]?://)?([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+"
            + "[a-zA-Z][a-zA-Z0-9-]{0,62}\\.?/?";
    static final String MESSAGE = "must be a domain name such as cnn.com";

    private Domains() {
    }

    /**
     * Plain string operations, no regular expressions: called for every line of a bulk import, where compiling three
     * patterns a call showed in profiles (#13).
     */
    public static String canonical(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("http://")) {
            d = d.substring(7);
        } else if (d.startsWith("https://")) {
            d = d.substring(8);
        }
        if (d.endsWith("/")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}
