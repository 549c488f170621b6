package io.statements.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses the language of a statement sent without one, with Lingua (Maven Central) restricted to the configured
 * candidates in its low-accuracy mode: trigram models only, about 40 MB of heap for the default 26 languages,
 * loaded on first use, a few hundred microseconds a statement. A guess is kept only when Lingua sets it clearly
 * apart from the runner-up; otherwise the statement stays without a language (and is indexed as English, as
 * before), which is better than stemming it in the wrong language.
 */
@ApplicationScoped
public class LanguageDetection {

    /**
     * Characters read of a long text: Lingua's work grows with the text (two thirds of a bulk import's CPU went to
     * it), and a few sentences tell the language as surely as a whole long statement.
     */
    static final int SAMPLE_CHARS = 300;

    /** Lingua's minimum relative distance between the best and the second-best language. */
    private static final double MIN_DISTANCE = 0.1;

    private final LanguageConfig config;
    private volatile LanguageDetector detector;

    LanguageDetection(LanguageConfig config) {
        this.config = config;
    }

    /** The detected ISO 639-1 code (lower case), or empty when detection is off, the text short or unclear. */
    public Optional<String> detect(String text) {
        if (!config.detect() || text == null || text.strip().length() < config.minLength()) {
            return Optional.empty();
        }
        Language language = detector().detectLanguageOf(sample(text));
        if (language == Language.UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    /** The text up to {@link #SAMPLE_CHARS}, cut after a whole word when there is one. */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = LanguageDetectorBuilder.fromLanguages(languages(config.candidates()))
                            .withLowAccuracyMode().withMinimumRelativeDistance(MIN_DISTANCE).build();
                    detector = d;
                }
            }
        }
        return d;
    }

    static Language[] languages(List<String> codes) {
        return codes.stream().map(code -> {
            try {
                return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("statements.language.candidates: '" + code
                        + "' is not an ISO 639-1 code Lingua knows");
            }
        }).distinct().toArray(Language[]::new);
    }
}
