package io.statements.subscription;

import io.statements.change.ChangeEvent;
import io.statements.common.ApiException;
import io.statements.common.Cursor;
import io.statements.common.ETags;
import io.statements.common.Ids;
import io.statements.common.Page;
import io.statements.common.Paging;
import io.statements.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Subscriptions of an identity: creation, changes, secrets. Deliveries are {@link DeliveryLog}'s. */
@ApplicationScoped
class SubscriptionService {

    private static final String LIST_FINGERPRINT = "subscriptions";

    private final EntityManager em;
    private final SubscriptionFilters filters;
    private final WebhookUrls urls;
    private final WebhookConfig config;
    private final DeliveryLog deliveries;

    SubscriptionService(EntityManager em, SubscriptionFilters filters, WebhookUrls urls, WebhookConfig config,
                        DeliveryLog deliveries) {
        this.em = em;
        this.filters = filters;
        this.urls = urls;
        this.config = config;
        this.deliveries = deliveries;
    }

    /** Starts at the current end of the change feed: only changes from now on are delivered. */
    @Transactional
    SubscriptionResponse create(Caller caller, SubscriptionRequest request) {
        Map<String, List<String>> filter = filters.normalize(request.filter());
        String events = events(request.events());
        Integer minReports = minReports(events, request.minReports(), null);
        String url = urls.check(request.url(), "url").toString();
        // serialises creations of one owner, so two racing requests cannot both pass the limit
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:owner))").setParameter("owner", caller.name())
                .getSingleResult();
        long owned = ((Number) em.createNativeQuery("select count(*) from subscription where owner = :owner")
                .setParameter("owner", caller.name()).getSingleResult()).longValue();
        if (owned >= config.maxPerOwner()) {
            throw ApiException.conflict("At most " + config.maxPerOwner() + " subscriptions per identity; "
                    + "delete one first");
        }
        SubscriptionEntity s = new SubscriptionEntity();
        s.id = Ids.newId();
        s.owner = caller.name();
        s.name = request.name().strip();
        s.url = url;
        s.filter = filters.toJson(filter);
        s.events = events;
        s.minReports = minReports;
        s.secret = WebhookSigner.newSecret();
        s.status = SubscriptionStatus.ACTIVE;
        s.position = deliveries.lastSeq();
        s.nextRunAt = Timestamps.now();
        s.persist();
        em.flush();
        return view(s, true);
    }

    @Transactional
    SubscriptionResponse get(Caller caller, UUID id) {
        return view(find(caller, id), false);
    }

    /** Newest first; admins see every identity's subscriptions. */
    @Transactional
    Page<SubscriptionResponse> list(Caller caller, String cursor, String requestedLimit) {
        int limit = Paging.limit(requestedLimit);
        String fingerprint = LIST_FINGERPRINT + (caller.admin() ? "" : ":" + caller.name());
        UUID after = cursor == null ? null : Cursor.decode(cursor, fingerprint, 1).uuidAt(0);
        StringBuilder jpql = new StringBuilder("from SubscriptionEntity s where 1 = 1");
        if (!caller.admin()) {
            jpql.append(" and s.owner = :owner");
        }
        if (after != null) {
            jpql.append(" and s.id < :after");
        }
        var query = em.createQuery(jpql.append(" order by s.id desc").toString(), SubscriptionEntity.class)
                .setMaxResults(limit + 1);
        if (!caller.admin()) {
            query.setParameter("owner", caller.name());
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return Paging.page(query.getResultList(), limit, s -> view(s, false),
                s -> new Cursor(fingerprint, List.of(s.id.toString())));
    }

    @Transactional
    SubscriptionResponse patch(Caller caller, UUID id, SubscriptionPatch patch, Long expectedVersion) {
        SubscriptionEntity s = find(caller, id);
        ETags.requireMatch(s.version, expectedVersion);
        if (patch.name() != null) {
            if (patch.name().isBlank()) {
                throw ApiException.invalid("name", "must not be blank");
            }
            s.name = patch.name().strip();
        }
        if (patch.filter() != null) {
            s.filter = filters.toJson(filters.normalize(patch.filter()));
        }
        if (patch.events() != null) {
            s.events = events(patch.events());
        }
        if (patch.events() != null || patch.minReports() != null) {
            s.minReports = minReports(s.events, patch.minReports(), s.minReports);
        }
        if (patch.url() != null) {
            s.url = urls.check(patch.url(), "url").toString();
        }
        if (patch.status() == SubscriptionStatus.FAILING) {
            throw ApiException.invalid("status", "may be set to ACTIVE or PAUSED only");
        }
        if (patch.status() == SubscriptionStatus.ACTIVE && s.status != SubscriptionStatus.ACTIVE) {
            s.status = SubscriptionStatus.ACTIVE;
            s.failingSince = null;
            s.failureReason = null;
            deliveries.resume(s.id);
        } else if (patch.status() == SubscriptionStatus.PAUSED) {
            s.status = SubscriptionStatus.PAUSED;
        }
        return flushed(s, false);
    }

    @Transactional
    void delete(Caller caller, UUID id) {
        find(caller, id).delete();
    }

    /** A new secret; the previous one keeps signing alongside for the rotation grace period. */
    @Transactional
    SubscriptionResponse rotateSecret(Caller caller, UUID id) {
        SubscriptionEntity s = find(caller, id);
        s.previousSecret = s.secret;
        s.previousSecretUntil = Timestamps.now().plus(config.rotationGrace());
        s.secret = WebhookSigner.newSecret();
        return flushed(s, true);
    }

    /** 404 unless the caller may see the subscription. */
    @Transactional
    void requireVisible(Caller caller, UUID id) {
        find(caller, id);
    }

    /** What a test ping needs: where to send and the secrets to sign with. */
    record Endpoint(UUID id, String url, String secret, String previousSecret) {
    }

    @Transactional
    Endpoint endpoint(Caller caller, UUID id) {
        SubscriptionEntity s = find(caller, id);
        boolean graced = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(Timestamps.now());
        return new Endpoint(s.id, s.url, s.secret, graced ? s.previousSecret : null);
    }

    /** The subscription, or 404 for those the caller may not see (their existence is not revealed). */
    SubscriptionEntity find(Caller caller, UUID id) {
        SubscriptionEntity s = em.find(SubscriptionEntity.class, id);
        if (s == null || !caller.mayUse(s)) {
            throw ApiException.notFound("Subscription", id);
        }
        return s;
    }

    private SubscriptionResponse flushed(SubscriptionEntity s, boolean withSecret) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.conflict("Subscription " + s.id + " changed meanwhile; read it again and retry");
        }
        return view(s, withSecret);
    }

    private static String events(List<String> requested) {
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String wire = requested.get(i) == null ? "" : requested.get(i).strip();
            if (EventType.of(wire).isEmpty()) {
                throw ApiException.invalid("events[" + i + "]", "unknown event type; allowed: " + EventType.allowed());
            }
            events.add(wire);
        }
        return String.join(",", events);
    }

    /** The threshold of utterance.reported: given, kept, or the default; refused for subscriptions without it. */
    private static Integer minReports(String events, Integer requested, Integer current) {
        boolean wanted = Arrays.asList(events.split(",")).contains(EventType.UTTERANCE_REPORTED.wire);
        if (!wanted) {
            if (requested != null) {
                throw ApiException.invalid("min_reports", "applies only to subscriptions with the event "
                        + EventType.UTTERANCE_REPORTED.wire);
            }
            return null;
        }
        return requested != null ? requested : current != null ? current : EventType.DEFAULT_MIN_REPORTS;
    }

    SubscriptionResponse view(SubscriptionEntity s, boolean withSecret) {
        DeliveryLog.Progress progress = deliveries.progress(s.id, s.position);
        return new SubscriptionResponse(s.id, s.name, s.url, filters.fromJson(s.filter),
                Arrays.asList(s.events.split(",")), s.status, s.minReports, s.failingSince, s.failureReason,
                ChangeEvent.cursorOf(progress.position()), progress.lag(), withSecret ? s.secret : null, s.owner,
                s.createdAt, s.updatedAt, s.version);
    }
}
