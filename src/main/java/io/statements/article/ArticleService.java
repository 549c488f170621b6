package io.statements.article;

import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.Ids;
import io.statements.common.Timestamps;
import io.statements.outlet.OutletEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ArticleService {

    private final EntityManager em;

    ArticleService(EntityManager em) {
        this.em = em;
    }

    /** The article at this URL, created for {@code outlet} on first mention. Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleEntity resolve(ArticleRef ref, OutletEntity outlet, String field) {
        String url = ref.url().strip();
        ArticleEntity article = lockAndFind(url).orElseGet(() -> {
            ArticleEntity created = new ArticleEntity();
            created.id = Ids.newId();
            created.outlet = outlet;
            created.url = url;
            created.title = ref.title();
            created.publishedAt = Timestamps.stored(ref.publishedAt());
            created.language = ref.language();
            created.persist();
            return created;
        });
        if (!article.outlet.id.equals(outlet.id)) {
            throw new ApiException(422, "/problems/article-outlet-mismatch", "Article belongs to another outlet",
                    "The article at " + url + " was published by outlet " + article.outlet.domain,
                    List.of(new FieldError(field + ".url", "belongs to outlet " + article.outlet.domain)));
        }
        return article;
    }

    /** The article at this URL, if any, after taking the URL's lock, so that no one else creates it meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ArticleEntity> lockAndFind(String url) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('article:' || :url))")
                .setParameter("url", url.strip()).getSingleResult();
        return findByUrl(url);
    }

    public Optional<ArticleEntity> findByUrl(String url) {
        return ArticleEntity.find("url", url.strip()).firstResultOptional();
    }
}
