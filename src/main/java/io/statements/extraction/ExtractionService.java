package io.statements.extraction;

import io.statements.extraction.core.ExtractedStatement;
import io.statements.extraction.core.StatementExtractor;
import io.statements.common.ApiException;
import io.statements.common.FieldError;
import io.statements.speaker.SpeakerEntity;
import io.statements.speaker.SpeakerService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads statements out of article text; stores nothing (POST /articles stores: io.statements.article.evidence.ArticleIngestService). */
@ApplicationScoped
public class ExtractionService {

    /** Longest text read through the API; the 1 MiB body limit usually stops larger ones first. */
    static final int MAX_TEXT_CODE_POINTS = 1_000_000;

    private final StatementExtractor extractor = new StatementExtractor();
    private final SpeakerService speakers;

    ExtractionService(SpeakerService speakers) {
        this.speakers = speakers;
    }

    /** The text as read (see {@link #readable}) and what the extractor found in it. */
    public record Extraction(String text, List<ExtractedStatement> found) {
    }

    public ExtractionResponse extract(ExtractionRequest request) {
        Extraction extraction = run(request);
        Map<String, Optional<SpeakerEntity>> stored = new HashMap<>();
        return new ExtractionResponse(extraction.found().stream()
                .map(s -> ExtractionViews.view(s, s.speakerName() == null ? Optional.empty()
                        : stored.computeIfAbsent(s.speakerName(), speakers::findByName)))
                .toList());
    }

    public Extraction run(ExtractionRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw ApiException.invalid("text", "must not be blank");
        }
        String language = request.language();
        if (language != null && !language.toLowerCase(Locale.ROOT).matches("en(-.*)?")) {
            throw ApiException.invalid("language", "only English (en) is supported");
        }
        String text = request.text();
        if (text.length() > MAX_TEXT_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_TEXT_CODE_POINTS) {
            throw new ApiException(413, "/problems/payload-too-large", "Payload Too Large",
                    "The text exceeds " + MAX_TEXT_CODE_POINTS + " code points; split the article",
                    List.of(new FieldError("text", "at most " + MAX_TEXT_CODE_POINTS + " code points")));
        }
        String readable = readable(text);
        return new Extraction(readable, extractor.extract(readable));
    }

    /**
     * NUL (which PostgreSQL cannot store) and unpaired surrogates (which are not valid UTF-8 in the answer)
     * become U+FFFD. One char for one char, so UTF-16 and code point offsets stay what they were.
     */
    static String readable(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c == 0
                    || Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (bad) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = '\uFFFD';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
