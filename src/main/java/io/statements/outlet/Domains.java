package io.statements.outlet;

import java.util.Locale;

/** Outlet domains are compared in one canonical form: lower case, no scheme, no "www.", no trailing dot. */
public final class Domains {

    static final String PATTERN = "(?i)(https?://)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}\\.?/?";
    static final String MESSAGE = "must be a domain name such as cnn.com";

    private Domains() {
    }

    public static String canonical(String domain) {
        String d = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        d = d.replaceFirst("/$", "").replaceFirst("\\.$", "");
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}
