package io.statements.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Facets", description = "Top values (at most 20, most frequent first) of each requested facet over the "
        + "statements matching the filters; facets not requested are absent")
public record Facets(List<FacetValue> speaker, List<FacetValue> outlet, List<FacetValue> stance,
                     List<FacetValue> stanceTarget, List<FacetValue> channel, List<FacetValue> topic,
                     List<FacetValue> language,
                     @Schema(required = true, description = "true when the search matched more statements than the "
                             + "service counts exactly (statements.search.facets.exact-limit; for a search by words "
                             + "alone statements.search.facets.words-exact-limit, or its words' postings above "
                             + "statements.search.facets.words-exact-postings): the counts are estimates from a "
                             + "sample of the statements, scaled up, and rare values may be missing")
                     boolean approximate) {
}
