package io.statements.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The four roles and what each implies. Resources name the least role an operation needs
 * ({@code @RolesAllowed(Roles.EDITOR)}); {@link RoleAugmentor} adds the implied roles to every identity, so an
 * admin passes every check and editors and ingesters pass the reader's.
 */
public final class Roles {

    /** Read, search, export, the change feed. */
    public static final String READER = "reader";
    /** Reader plus create, update, delete and merge statements, speakers, outlets and articles. */
    public static final String EDITOR = "editor";
    /** Reader plus bulk import, POST /articles and /extractions. */
    public static final String INGESTER = "ingester";
    /** Everything, including API keys. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(READER, EDITOR, INGESTER, ADMIN);

    /**
     * Identity attribute (Boolean.TRUE) of an identity built with its implied roles and actor already (API keys), which
     * {@link RoleAugmentor} passes through without working the roles out again on every request.
     */
    public static final String COMPLETE = "statements.identity-complete";

    /**
     * The OpenAPI extension on every operation naming the roles that may call it (any one suffices; admin always
     * may). It sits next to each {@code @RolesAllowed}; the access matrix test reads it from the contract and checks
     * the service behaves accordingly, so the two cannot drift apart and no operation can go without a decision.
     */
    public static final String EXTENSION = "x-required-roles";
    public static final String READER_ONLY = "[\"reader\"]";
    public static final String EDITOR_ONLY = "[\"editor\"]";
    public static final String INGESTER_ONLY = "[\"ingester\"]";
    public static final String EDITOR_OR_INGESTER = "[\"editor\", \"ingester\"]";
    public static final String ADMIN_ONLY = "[\"admin\"]";
    /** Public documentation pages (the problem type catalogue): no credentials needed, no rate-limited API call. */
    public static final String ANYONE = "anyone";
    public static final String ANYONE_ONLY = "[\"anyone\"]";

    private Roles() {
    }

    /** The roles granted together with the given ones. */
    public static Set<String> implied(Set<String> roles) {
        Set<String> all = new LinkedHashSet<>(roles);
        if (roles.contains(ADMIN)) {
            all.addAll(ALL);
        }
        if (roles.contains(EDITOR) || roles.contains(INGESTER)) {
            all.add(READER);
        }
        return all;
    }
}
