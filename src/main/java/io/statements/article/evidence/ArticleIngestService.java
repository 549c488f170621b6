package io.statements.article.evidence;

import io.statements.article.ArticleEntity;
import io.statements.article.ArticleRef;
import io.statements.article.ArticleService;
import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.common.Timestamps;
import io.statements.extraction.ExtractionRequest;
import io.statements.extraction.ExtractionService;
import io.statements.extraction.ExtractionViews;
import io.statements.extraction.core.ExtractedStatement;
import io.statements.extraction.core.SpeakerNames;
import io.statements.outlet.OutletEntity;
import io.statements.outlet.OutletRef;
import io.statements.outlet.OutletService;
import io.statements.speaker.SpeakerEntity;
import io.statements.speaker.SpeakerRef;
import io.statements.speaker.SpeakerService;
import io.statements.statement.Origin;
import io.statements.statement.StatementRequest;
import io.statements.statement.StatementResponse;
import io.statements.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores an article with its extracted statements, once per URL. */
@ApplicationScoped
class ArticleIngestService {

    private final ExtractionService extraction;
    private final OutletService outlets;
    private final ArticleService articles;
    private final ArticleViews views;
    private final StatementService statements;
    private final SpeakerService speakers;
    private final EntityManager em;

    ArticleIngestService(ExtractionService extraction, OutletService outlets, ArticleService articles,
                         ArticleViews views, StatementService statements, SpeakerService speakers, EntityManager em) {
        this.speakers = speakers;
        this.extraction = extraction;
        this.outlets = outlets;
        this.articles = articles;
        this.views = views;
        this.statements = statements;
        this.em = em;
    }

    record Ingested(ArticleResponse article, boolean created) {
    }

    /**
     * Extracts (outside the transaction: it is pure CPU), then stores article and statements in one transaction.
     * Statements go through StatementService.create so that its rules and hooks apply to them as to any other.
     */
    Ingested ingest(ExtractionRequest request) {
        return (Ingested) ingest(request, ArticleReview.ALL);
    }

    /** Stores the reviewed selection; with dry_run answers the {@link ArticleIngestPlan} instead. */
    Object ingest(ExtractionRequest request, ArticleReview review) {
        if (request.outlet() == null) {
            throw ApiException.invalid("outlet", "required to store an article");
        }
        if (request.url() == null || request.url().isBlank()) {
            throw ApiException.invalid("url", "required to store an article");
        }
        ExtractionService.Extraction found = extraction.run(request);
        return review.dryRun() ? plan(request, found, review) : store(request, found, review);
    }

    @Transactional
    ArticleIngestPlan plan(ExtractionRequest request, ExtractionService.Extraction found, ArticleReview review) {
        boolean stored = articles.findByUrl(request.url().strip()).map(a -> a.extractedAt != null).orElse(false);
        List<ArticleIngestPlan.PlannedStatement> planned = new ArrayList<>();
        List<ExtractedStatement> all = found.found();
        for (int i = 0; i < all.size(); i++) {
            ExtractedStatement s = all.get(i);
            Optional<SpeakerEntity> known = s.speakerName() == null ? Optional.empty()
                    : speakers.findByName(s.speakerName().strip());
            ArticleIngestPlan.Decision decision = decision(i, s, known, review);
            boolean store = decision == ArticleIngestPlan.Decision.STORE && !stored;
            planned.add(new ArticleIngestPlan.PlannedStatement(i, s.text(), ExtractionViews.confidence(s.confidence()),
                    ExtractionViews.speaker(s, known), decision, !store ? null : known.isPresent()
                    ? ArticleIngestPlan.SpeakerAction.MATCHED : ArticleIngestPlan.SpeakerAction.CREATED));
        }
        return new ArticleIngestPlan(stored, planned);
    }

    /**
     * Stored when selected, confident enough and spoken by a known speaker or by a name a new speaker may be
     * created from (never a pronoun, a title alone, a document or a phrase without a head noun).
     */
    private static ArticleIngestPlan.Decision decision(int index, ExtractedStatement s, Optional<SpeakerEntity> known,
                                                       ArticleReview review) {
        if (review.indexes() != null && !review.indexes().contains(index)) {
            return ArticleIngestPlan.Decision.NOT_SELECTED;
        }
        if (s.confidence() < review.minConfidence()) {
            return ArticleIngestPlan.Decision.LOW_CONFIDENCE;
        }
        if (s.text().isBlank() || s.speakerName() == null
                || known.isEmpty() && !SpeakerNames.isName(s.speakerName(), s.speakerKind())) {
            return ArticleIngestPlan.Decision.NO_SPEAKER;
        }
        return ArticleIngestPlan.Decision.STORE;
    }

    @Transactional
    Ingested store(ExtractionRequest request, ExtractionService.Extraction found, ArticleReview review) {
        OutletEntity outlet = outlets.resolve(request.outlet(), "outlet");
        String url = request.url().strip();
        Optional<ArticleEntity> existing = articles.lockAndFind(url);
        if (existing.isPresent() && !existing.get().outlet.id.equals(outlet.id)) {
            throw new ApiException(422, "/problems/article-outlet-mismatch", "Article belongs to another outlet",
                    "The article at " + url + " was published by outlet " + existing.get().outlet.domain,
                    List.of(new FieldError("url", "belongs to outlet " + existing.get().outlet.domain)));
        }
        if (existing.isPresent() && existing.get().extractedAt != null) {
            return new Ingested(views.get(existing.get().id), false); // idempotent: same URL, same article
        }
        // New, or known only from a statement's reference: this request supplies its text.
        String language = request.language() == null ? "en" : request.language();
        ArticleRef ref = new ArticleRef(url, request.title(), request.publishedAt(), language);
        ArticleEntity article = articles.resolve(ref, outlet, "article");
        article.text = found.text();
        article.extractedAt = Timestamps.now();
        int position = 0;
        List<ExtractedStatement> all = found.found();
        for (int i = 0; i < all.size(); i++) {
            ExtractedStatement s = all.get(i);
            Optional<SpeakerEntity> known = s.speakerName() == null ? Optional.empty()
                    : speakers.findByName(s.speakerName().strip());
            if (decision(i, s, known, review) == ArticleIngestPlan.Decision.STORE) {
                StatementResponse created = statements.create(statementRequest(s, outlet, ref, language));
                if (known.isEmpty()) { // created from this mention: its title and affiliation as the article gives them
                    speakers.describeIfUndescribed(created.speaker().id(), ExtractionViews.clip(s.speakerTitle(), 300),
                            ExtractionViews.clip(s.speakerAffiliation(), 300));
                }
                evidence(s, created, article, position++).persist();
            }
        }
        em.flush();
        return new Ingested(views.get(article.id), existing.isEmpty());
    }

    private static StatementRequest statementRequest(ExtractedStatement s, OutletEntity outlet, ArticleRef article,
                                                     String language) {
        // Column bounds of the statement table; the evidence keeps the full offsets.
        return new StatementRequest(ExtractionViews.clip(s.text(), 10_000), ExtractionViews.kind(s.kind()),
                new SpeakerRef(null, ExtractionViews.clip(s.speakerName().strip(), 300),
                        ExtractionViews.speakerKind(s.speakerKind())),
                new OutletRef(outlet.id, null, null), article,
                s.cue() == null ? null : ExtractionViews.clip(s.cue().text(), 100),
                ExtractionViews.channel(s.channel()), ExtractionViews.clip(s.via(), 300),
                ExtractionViews.stance(s.stance()), ExtractionViews.clip(s.stanceTarget(), 300), null,
                language, null, null, Origin.EXTRACTED);
    }

    private static StatementEvidenceEntity evidence(ExtractedStatement s, StatementResponse statement,
                                                    ArticleEntity article, int position) {
        StatementEvidenceEntity e = new StatementEvidenceEntity();
        e.statementId = statement.id();
        e.articleId = article.id;
        e.position = position;
        e.contentStart = s.content().start();
        e.contentEnd = s.content().end();
        if (s.cue() != null) {
            e.cueStart = s.cue().start();
            e.cueEnd = s.cue().end();
            e.cueText = s.cue().text();
        }
        if (s.speakerMention() != null) {
            e.mentionStart = s.speakerMention().start();
            e.mentionEnd = s.speakerMention().end();
            e.mentionText = s.speakerMention().text();
        }
        e.confidence = ExtractionViews.confidence(s.confidence());
        e.segments = new int[s.segments().size() * 2];
        for (int i = 0; i < s.segments().size(); i++) {
            e.segments[2 * i] = s.segments().get(i).start();
            e.segments[2 * i + 1] = s.segments().get(i).end();
        }
        return e;
    }
}
