package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n59a, rules organisation-kind-classes, kind-head-name and national-kind-noun ({@link OrganisationKinds},
 * {@link NameIndex#classify}, {@link OrgAnaphora#describedAs}): makers of one product (`the drugmaker`, `the
 * brewer`) and institutions of culture, care and law (`the museum`, `the orchestra`, `the hospital`, `the
 * tribunal`) are the organisation of that kind the article named; a run ending in such a word (`X Orchestra`) is an
 * organisation's name; a nationality adjective (`the Swiss drugmaker`) is no name. Near-misses: a kind the text never
 * names, a museum and an orchestra both named, a person whose surname is no kind word. Invented text.
 */
class KindClassRulesTest {

    @Test
    void theOrchestraIsTheOrchestraNamedBefore() {
        String text = "Concerts cancelled\n\n"
                + "The Tamsford Symphony Orchestra cancelled two concerts on Monday after a burst pipe.\n\n"
                + "\"Our players will be back on stage in a week,\" the orchestra said.";
        assertEquals("Tamsford Symphony Orchestra", with(text, "Our players will be back").speakerName());
    }

    @Test
    void theBrewerIsTheBreweryNotTheRetailerNamedAfterIt() {
        String text = "Beer recall\n\n"
                + "Oldmere Brewery recalled a lager sold at Fenlow Stores after glass was found in a bottle.\n\n"
                + "\"We are checking every line at the plant,\" the brewer said.";
        assertEquals("Oldmere Brewery", with(text, "We are checking every line").speakerName());
    }

    @Test
    void aNationalityBeforeTheKindNounIsNoName() {
        String text = "Tablets recalled\n\n"
                + "Korvel Pharmaceuticals recalled a batch of tablets on Monday.\n\n"
                + "\"Nobody has reported any harm,\" the Danish drugmaker said.";
        assertEquals("Korvel Pharmaceuticals", with(text, "Nobody has reported any harm").speakerName());
    }

    @Test
    void theTribunalIsTheTribunalNamed() {
        String text = "Commander jailed\n\n"
                + "The Ostrel War Crimes Tribunal sentenced a former commander to twenty years on Friday.\n\n"
                + "\"The attacks on the villages were planned,\" the tribunal said.";
        assertEquals("Ostrel War Crimes Tribunal", with(text, "The attacks on the villages").speakerName());
    }

    @Test
    void aMuseumTheTextNeverNamesStaysUnnamed() {
        String text = "Mill reopens\n\n"
                + "Visitors returned to the old mill in Carrow on Saturday after a year of repairs.\n\n"
                + "\"We counted four hundred people before noon,\" the museum said.";
        assertEquals("museum", with(text, "We counted four hundred people").speakerName());
    }

    @Test
    void theMuseumIsNotTheOrchestraNamedNearer() {
        String text = "Flood in the old hall\n\n"
                + "Rain flooded the stores of the Lindqvist Museum overnight. The Carrow Philharmonic cancelled a concert.\n\n"
                + "\"The maps were in sealed drawers,\" the museum said.";
        assertEquals("Lindqvist Museum", with(text, "The maps were in sealed drawers").speakerName());
    }

    @Test
    void aPersonNamedLikeAFirmStaysAPerson() {
        String text = "Award for teacher\n\n"
                + "Teacher Anna Gallery won the county prize on Friday.\n\n"
                + "\"The children did the work,\" Gallery said.";
        assertEquals("Anna Gallery", with(text, "The children did the work").speakerName());
    }
}
