package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Session n50e: a title or an organisation kept instead of the person's name it introduces. Rules lower-office-name
 * (`LongTitleNames`: `state minister for rural works Tarek Alvi told newsmen`), org-then-person (`TitleAppositives`:
 * `the Varnian Centre for Research and Prevention, Song Hae-rin, said`) and title-before-participle
 * (`SpeakerResolver`: `said the prime minister praising the work of ...` is the title, resolved to its holder).
 */
class OfficeBeforeNameRulesTest {

    @Test
    void aLowerCaseOfficeWithItsFieldIntroducesTheName() {
        String text = "\"The border post was closed an hour later,\" state minister for rural works Tarek Mahmud Alvi "
                + "told newsmen.";
        assertEquals("Tarek Mahmud Alvi", with(text, "border post was closed").speakerName());
    }

    @Test
    void aDirectorOfAFieldToo() {
        String text = "\"The roads will reopen on Friday,\" director of public works Ana Belmonte said.";
        assertEquals("Ana Belmonte", with(text, "roads will reopen").speakerName());
    }

    @Test
    void aSpokesmanForAFormerPresidentIsNotThePresident() {
        String text = "\"He will not attend the hearing,\" a spokesman for former president Olek Varga said.";
        assertNotEquals("Olek Varga", with(text, "will not attend").speakerName());
    }

    @Test
    void thePersonAfterAnOrganisationAndAComma() {
        String text = "Varnia reported four new cases on Monday.\n\n\"Most patients are recovering at home,\" Director "
                + "of Surveillance at the Varnian Centre for Disease Research and Prevention, Song Hae-rin, said.";
        assertEquals("Song Hae-rin", with(text, "recovering at home").speakerName());
    }

    @Test
    void anOrganisationAloneStaysTheSpeaker() {
        String text = "\"Most patients are recovering at home,\" the Varnian Centre for Disease Research and Prevention "
                + "said.";
        assertEquals("Varnian Centre for Disease Research and Prevention", with(text, "recovering at home").speakerName());
    }

    @Test
    void aTitleFollowedByAParticipleIsTheTitlesHolder() {
        String text = "Prime Minister Rafiq Hassan Zardan spoke in parliament on Monday.\n\n\"Yes, we made mistakes,\" "
                + "said the prime minister praising the work of the spy service.";
        assertEquals("Rafiq Hassan Zardan", with(text, "we made mistakes").speakerName());
    }
}
