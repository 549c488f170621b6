package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rule statement-of-speaker-over-named-body (session n55b, {@link StatementSpeakers}): `the statement said` with no
 * issuer named is the last speaker's, not the organisation named last, when that organisation is a word of the
 * speaker's own sentence: named in what the speaker said (`X has said that its inquiry shows the Y Police fired`), or
 * after the speaker in a sentence that names the statement (`said the presidency in a statement relayed by the
 * state-run KNA wire`). And a `By` line under a paragraph ending in a document noun is a byline, not the
 * document's author ({@link NamedDocuments}). Near-misses: a body that issued the statement itself, a body that spoke
 * after the speaker, a body named in another sentence. Invented text.
 */
class StatementSpeakerRulesTest {

    @Test
    void aStatementCarriedByANewsAgencyIsTheIssuers() {
        String text = "Corvalia: Ostrander to step down\n\n"
                + "President Ilian Ostrander of Corvalia will leave office before June 2, said the presidency in "
                + "a statement relayed by the state-run KNA wire.\n\n"
                + "The outgoing leader will \"keep state bodies working during the handover,\" the statement said.";
        assertEquals("presidency", with(text, "keep state bodies working").speakerName());
    }

    @Test
    void aStatementAfterABodyReportedWhatAnotherDidIsTheReporters() {
        String text = "Marchers shot\n\n"
                + "Oakridge Rights Watch has said that its own inquiry shows the Tarrow Provincial Police fired on "
                + "\"at least nine unarmed marchers\" near the harbour bridge.\n\n"
                + "A statement on its website says the \"shooting began without any warning to the crowd\".";
        assertEquals("Oakridge Rights Watch", with(text, "shooting began without any warning").speakerName());
    }

    @Test
    void aBodyInTheSpeakersQuotedClauseIsNoIssuer() {
        String text = "Ferry subsidy\n\n"
                + "The Harbour Users Forum said the Ministry of Ports had \"quietly doubled\" the subsidy to two "
                + "operators.\n\n"
                + "The statement called the payments \"a reward for poor service\".";
        assertEquals("Harbour Users Forum", with(text, "a reward for poor service").speakerName());
    }

    @Test
    void aBylineUnderADeckIsNoAuthor() {
        String text = "Ostrander will go before June\n\n"
                + "Corvalia leader Ilian Ostrander will resign before June 2, it was announced in a statement\n\n"
                + "By Staff Reporter on 03-04-2031\n\n"
                + "The Tarrow Council said it would meet on Friday. \"We will mark the handover,\" the statement added.";
        assertEquals("Tarrow Council", with(text, "We will mark the handover").speakerName());
    }

    @Test
    void aBodyThatIssuedTheStatementKeepsIt() {
        String text = "Dredging audit\n\n"
                + "Councillor Ida Marsh said the dredging contract had cost the port too much.\n\n"
                + "The Harbour Board issued a statement on Friday rejecting the finding. \"The contract was tendered "
                + "openly,\" the statement said.";
        assertEquals("Harbour Board", with(text, "The contract was tendered openly").speakerName());
    }

    @Test
    void aBodyNamedInAnotherSentenceKeepsTheStatement() {
        String text = "Ferry subsidy\n\n"
                + "Councillor Ida Marsh said the subsidy was \"far too generous\". The Ministry of Ports replied on "
                + "Friday.\n\n"
                + "\"Every payment was approved by parliament,\" the statement said.";
        assertEquals("Ministry of Ports", with(text, "Every payment was approved").speakerName());
    }
}
