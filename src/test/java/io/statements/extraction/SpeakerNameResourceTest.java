package io.statements.extraction;

import io.statements.article.ArticleFixtures;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.statements.extraction.ExtractionRequests.extract;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Issue 12, "speakers by name", through `POST /extractions` (session extraction10): each case failed before this
 * session. Invented text; surnames from {@link ArticleFixtures#word()} so that no stored speaker matches.
 */
@QuarkusTest
class SpeakerNameResourceTest {

    @Test
    void appositivesAndTitlesGiveThePersonWithTitleAndAffiliation() {
        String berg = ArticleFixtures.word(), reyes = ArticleFixtures.word(), holt = ArticleFixtures.word();
        extract("""
                Harbour plan splits council

                Ida %s, the spokesperson for the Harbour Board, said the gates were "tested every spring."

                Harbour Board spokesperson Tom %s said the new quay would "open before the summer season."

                "We will not raise the fares," said the mayor, Anna %s, at the town hall.

                The mayor later added that the ferry would "run every hour on weekdays."
                """.formatted(berg, reyes, holt))
                .body("statements.size()", equalTo(4))
                .body("statements[0].speaker.name", equalTo("Ida " + berg))
                .body("statements[0].speaker.title", equalTo("spokesperson"))
                .body("statements[0].speaker.affiliation", equalTo("Harbour Board"))
                .body("statements[1].speaker.name", equalTo("Tom " + reyes))
                .body("statements[1].speaker.title", equalTo("spokesperson"))
                .body("statements[1].speaker.affiliation", equalTo("Harbour Board"))
                .body("statements[2].speaker.name", equalTo("Anna " + holt))
                .body("statements[2].speaker.kind", equalTo("PERSON"))
                .body("statements[2].speaker.title", equalTo("mayor"))
                // a title-only mention: the person the article gave the title to, with the title
                .body("statements[3].speaker_mention.text", equalTo("The mayor"))
                .body("statements[3].speaker.name", equalTo("Anna " + holt))
                .body("statements[3].speaker.title", equalTo("mayor"))
                .body("statements[3].speaker", not(hasKey("affiliation")));
    }

    @Test
    void aPlaceBetweenCommasIsNotTheSpeaker() {
        String lane = ArticleFixtures.word();
        extract("Cory " + lane + ", 22, of Dayton, Ohio, said he still hoped for \"a better way forward\" on it.")
                .body("statements[0].speaker.name", equalTo("Cory " + lane));
    }

    @Test
    void organisationsAndDocumentsResolveToWhoIsNamedBefore() {
        String ministry = "Ministry of " + ArticleFixtures.word();
        String board = ArticleFixtures.word() + " Harbour Board";
        extract("""
                Ferry news

                The %s said on Wednesday that the decision was final. The ministry said it would "review the \
                timetable in the spring."

                The %s sent a letter to residents on Friday. "The gates are safe and were tested in March," the \
                letter said.

                "Nobody on this island trusts the board any more," a tweet read on Tuesday.
                """.formatted(ministry, board))
                .body("statements[1].speaker_mention.text", equalTo("The ministry"))
                .body("statements[1].speaker.name", equalTo(ministry))
                .body("statements[1].speaker.kind", equalTo("ORGANIZATION"))
                .body("statements[2].speaker_mention.text", equalTo("the letter"))
                .body("statements[2].speaker.name", equalTo(board))
                // nobody is named for the tweet: unresolved, not the organisation named before
                .body("statements[3].speaker_mention.text", equalTo("a tweet"))
                .body("statements[3]", not(hasKey("speaker")))
                .body("statements[3].channel", equalTo("TWEET"));
    }

    @Test
    void theyArePeopleJustNamedTogether() {
        String reyes = ArticleFixtures.word(), berg = ArticleFixtures.word();
        extract("""
                Ferry news

                The Island Defence Force moved two boats to the quay. The army said it would "stay as long as needed."

                Tom %s and Ida %s spoke to reporters. They said the quay was "safe for now."
                """.formatted(reyes, berg))
                .body("statements[0].speaker.name", equalTo("Island Defence Force"))
                .body("statements[1].speaker.name", equalTo("Tom " + reyes + " and Ida " + berg))
                .body("statements[1].speaker.kind", equalTo("GROUP"));
    }
}
