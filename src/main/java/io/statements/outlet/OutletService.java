package io.statements.outlet;

import io.statements.common.ApiException;
import io.statements.common.ETags;
import io.statements.common.FieldError;
import io.statements.common.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutletService {

    private final EntityManager em;

    OutletService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public OutletResponse create(OutletRequest request) {
        OutletEntity outlet = new OutletEntity();
        outlet.id = Ids.newId();
        apply(outlet, request);
        outlet.persist();
        flushUnique(outlet.domain);
        return OutletResponse.of(outlet);
    }

    public OutletResponse get(UUID id) {
        return OutletResponse.of(find(id));
    }

    @Transactional
    public OutletResponse replace(UUID id, OutletRequest request, Long expectedVersion) {
        OutletEntity outlet = find(id);
        ETags.requireMatch(outlet.version, expectedVersion);
        apply(outlet, request);
        flushUnique(outlet.domain);
        return OutletResponse.of(outlet);
    }

    @Transactional
    public void delete(UUID id, Long expectedVersion) {
        OutletEntity outlet = find(id);
        ETags.requireMatch(outlet.version, expectedVersion);
        outlet.delete();
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            throw ApiException.conflict("Outlet " + id + " still has statements or articles");
        }
    }

    /** The outlet a statement names: by id, else by domain, else a new outlet. Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutletEntity resolve(OutletRef ref, String field) {
        if (ref.id() != null) {
            OutletEntity byId = OutletEntity.findById(ref.id());
            if (byId == null) {
                throw new ApiException(422, "/problems/unknown-reference", "Unknown reference",
                        "Outlet " + ref.id() + " does not exist", List.of(new FieldError(field + ".id", "no outlet has this id")));
            }
            return byId;
        }
        if (ref.domain() == null || ref.domain().isBlank()) {
            throw ApiException.invalid(field, "give either id or domain");
        }
        String domain = Domains.canonical(ref.domain());
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('outlet:' || :domain))")
                .setParameter("domain", domain).getSingleResult();
        return findByDomain(domain).orElseGet(() -> {
            OutletEntity created = new OutletEntity();
            created.id = Ids.newId();
            created.domain = domain;
            created.name = ref.name() == null || ref.name().isBlank() ? domain : ref.name().strip();
            created.persist();
            return created;
        });
    }

    public Optional<OutletEntity> findByDomain(String domain) {
        return OutletEntity.find("domain", Domains.canonical(domain)).firstResultOptional();
    }

    private void apply(OutletEntity outlet, OutletRequest request) {
        outlet.name = request.name().strip();
        outlet.domain = Domains.canonical(request.domain());
        outlet.country = request.country();
        outlet.language = request.language();
    }

    private void flushUnique(String domain) {
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            throw ApiException.conflict("An outlet with domain " + domain + " already exists");
        }
    }

    private OutletEntity find(UUID id) {
        OutletEntity outlet = OutletEntity.findById(id);
        if (outlet == null) {
            throw ApiException.notFound("Outlet", id);
        }
        return outlet;
    }
}
