package io.statements.language;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Language detection for statements sent without a language ({@code statements.language.*}). */
@StaticInitSafe // known at static init, where the "statements" root (ServiceLimits) validates its properties
@ConfigMapping(prefix = "statements.language")
public interface LanguageConfig {

    /** Detect the language of a statement sent without one; off, such statements keep no language. */
    @WithDefault("true")
    boolean detect();

    /**
     * The ISO 639-1 codes the detector chooses among. Each costs about 1.5 MB of heap (low-accuracy trigram
     * models); a language left out is reported as one of its neighbours or not at all.
     */
    @WithDefault("en,ru,uk,de,fr,es,it,pt,nl,ar,fa,he,tr,pl,sv,da,nb,fi,hu,ro,el,id,ca,zh,ja,ko")
    List<String> candidates();

    /** Texts shorter than this (in characters, after trimming) are not guessed at. */
    @WithDefault("12")
    int minLength();
}
