package io.statements.extraction;

import io.statements.article.ArticleFixtures;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.statements.extraction.ExtractionRequests.extract;
import static io.statements.extraction.ExtractionRequests.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 12's resolved names through `POST /extractions` over real HTTP, for the rules of session lead51 (see
 * docs/extraction.md, sections n51a–f). Each text is invented; every name asserted here but the control was wrong at
 * `1d75fbb`: a report's date kept in its issuer's name, a joint statement given to the last signatory, a party word
 * kept in a name, a junk statement made of `was found hiding`, a possessive participle (`the government's proposed
 * levy`) that turned a sentence into a speaker, a headline quote given to `one`, and `The CEO` left as a name.
 * Surnames come from {@link ArticleFixtures#word()} so that no stored speaker matches.
 */
@QuarkusTest
class IssuersTitlesAndNameWordsResourceTest {

    @Test
    void documentsAndJointStatementsSpeakForTheirIssuers() {
        extract("""
                Watchdog faults port authority over dredging

                A Coastal Audit Office report published in March said the dredging contract had been "awarded \
                without any real competition".

                The port authority rejected the findings on Tuesday.
                """)
                .body(with("without any real competition") + ".speaker.name", equalTo("Coastal Audit Office"));
        String qarsten = ArticleFixtures.word(), qolvane = ArticleFixtures.word(), qestrel = ArticleFixtures.word();
        extract("""
                Savers promised full repayment

                Finance Minister Odile %1$s, central bank governor Pieter %2$s and fund chair Hamid %3$s issued a \
                joint statement on Sunday evening.

                The Pelham Deposit Fund had closed its doors on Friday.

                "Every account holder will be repaid in full by the month's close," the statement said.
                """.formatted(qarsten, qolvane, qestrel))
                .body(with("repaid in full") + ".speaker.name", equalTo("Odile " + qarsten));
    }

    @Test
    void wordsBeforeANameAndSentencesThatSayNothingAreNoSpeakers() {
        String qoldby = ArticleFixtures.word(), qartel = ArticleFixtures.word(), qelnor = ArticleFixtures.word(),
                qurrik = ArticleFixtures.word();
        extract("""
                Coalition talks stall

                Conservative Marten %1$s said the talks had reached "a point where nobody is listening any more".
                """.formatted(qoldby))
                .body(with("nobody is listening") + ".speaker.name", equalTo("Marten " + qoldby));
        extract("""
                Regional leader criticises levy

                Governor Sabine %1$s spoke out on Monday against the national government's proposed levy on fuel.

                "It will hurt the farmers who can least afford it," she said.
                """.formatted(qartel))
                .body(with("can least afford it") + ".speaker.name", equalTo("Sabine " + qartel));
        extract("""
                Minister pressed over fugitive's hiding place

                Interior Minister Ravi %1$s faced questions in parliament on Thursday.

                The fact that the smuggler Anton %2$s was found hiding in a farmhouse near a barracks has prompted \
                claims that the police were careless.

                %1$s replied that he had seen no report of the farmhouse before the raid. "Every officer who knew \
                will answer for it," he said.
                """.formatted(qelnor, qurrik))
                .body(with("hiding in a farmhouse"), nullValue())
                .body(with("will answer for it") + ".speaker.name", equalTo("Ravi " + qelnor));
    }

    @Test
    void headlinesAndTitlesGiveThePeopleTheBodyNames() {
        String qelvin = ArticleFixtures.word(), qundell = ArticleFixtures.word(), qadwick = ArticleFixtures.word();
        extract("""
                'The lights went out and nobody could find the stairs,' survivor says

                Rescuers searched the wreck of the ferry on Saturday.

                "The lights went out and nobody could find the stairs," said one of the deckhands, Omar %1$s, 41. \
                "We climbed out through a window."
                """.formatted(qelvin))
                .body("statements.findAll { it.text.contains('nobody could find the stairs') }.speaker.name",
                        equalTo(java.util.List.of("Omar " + qelvin, "Omar " + qelvin)));
        extract("""
                Retailer to cut 900 jobs

                The CEO said the cuts were "the hardest decision this company has taken in fifty years".

                Chief Executive Marta %1$s told analysts on Thursday that the closures would be finished by June.
                """.formatted(qundell))
                .body(with("the hardest decision") + ".speaker.name", equalTo("Marta " + qundell));
        // control: a title the body names later already resolved at 1d75fbb
        extract("""
                Premier defends budget cuts

                The PM said the cuts were "painful but unavoidable for a country that borrows too much".

                Prime Minister Lenora %1$s told parliament on Wednesday that no hospital would close.
                """.formatted(qadwick))
                .body(with("painful but unavoidable") + ".speaker.name", equalTo("Lenora " + qadwick));
    }
}
