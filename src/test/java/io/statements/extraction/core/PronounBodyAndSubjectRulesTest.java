package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n66e, `he`/`she` given to a body or to a person named as an object. Rules body-short-name-not-person,
 * body-inside-subjects-report and office-name-not-body ({@code BodyAntecedents}): a news agency named by its first
 * word, a board that speaks only inside the report of a named person, and `the Member of Parliament for X` are no
 * organisation a `he` stands for. Rule pronoun-subject-over-object ({@code SubjectOverObject}): the last person
 * named as an object yields to the named subject of that sentence. Invented text.
 */
class PronounBodyAndSubjectRulesTest {

    @Test
    void anAgencyNamedByItsFirstWordIsNoHe() {
        String text = "Ex-governor given prison term\n\n"
                + "Marovian ex-governor Tallis Ondreko received a five-year term for bribery, state television "
                + "reported on Friday.\n\n"
                + "Korvan News Agency said judges in the capital found Mr. Ondreko guilty on Thursday following a "
                + "brief trial.\n\n"
                + "Mr. Ondreko claimed prosecutors had twisted the evidence and called the trial a vendetta, Korvan "
                + "said. \"Nobody frightens me. I shall keep fighting for my good name,\" he was quoted as saying.";
        assertEquals("Tallis Ondreko", with(text, "Nobody frightens me").speakerName());
    }

    @Test
    void aOneWordPersonStillTakesHeBesideAnAgency() {
        String text = "Coach keeps his job\n\n"
                + "The Eastport News Agency said the club had backed its coach after a poor run.\n\n"
                + "Coach Dario Okafor met the players on Monday. Okafor said the squad was tired, the agency said. "
                + "\"We will find our form again,\" he told reporters.";
        assertEquals("Dario Okafor", with(text, "We will find our form again").speakerName());
    }

    @Test
    void aBoardInsideTheMinistersReportIsNoHe() {
        String text = "Board removed by province\n\n"
                + "The province sacked the entire Eastvale School Board on Monday, a day before trustees said they "
                + "would adopt a budget.\n\n"
                + "Education Minister Karl Dunmore announced the move on Monday.\n\n"
                + "\"I'm deeply saddened,\" Eastvale Mayor Jo Lund said of the decision.\n\n"
                + "The minister argued that members of the board might now claim they will adopt a budget, but that "
                + "there is \"no reason to believe\" they would stick to it.\n\n"
                + "\"What we have seen from the Eastvale school board is a focus on politics rather than on "
                + "children,\" he wrote.";
        assertEquals("Karl Dunmore", with(text, "What we have seen from the Eastvale").speakerName());
    }

    @Test
    void aReportersSubjectOfTheOtherGenderIsNotTaken() {
        String text = "Board removed by province\n\n"
                + "The province sacked the entire Eastvale School Board on Monday, a day before trustees said they "
                + "would adopt a budget.\n\n"
                + "Education Minister Karl Dunmore announced the move on Monday.\n\n"
                + "Mayor Susan Lund argued that members of the board might now claim they will adopt a budget, but "
                + "that there is \"no reason to believe\" they would stick to it.\n\n"
                + "\"What we have seen from the Eastvale school board is a focus on politics rather than on "
                + "children,\" he wrote.";
        assertEquals("Karl Dunmore", with(text, "What we have seen from the Eastvale").speakerName());
    }

    @Test
    void anOfficeWrittenWithOfIsAPersonNotABody() {
        String text = "Opposition leader loses appeal\n\n"
                + "Dario Mensk, the leader of the Unity Party, was fined last year for misleading a committee.\n\n"
                + "Justice Omar Selkirk said the lower court's decision to convict Mensk was sound. Mensk paid the fine "
                + "in full after the hearing.\n\n"
                + "Speaking to reporters, the Member of Parliament for Westbay said that while disappointed, he "
                + "accepted the ruling.\n\n"
                + "\"I waited too long to set the record straight, and the fault is mine alone,\" he said.";
        assertEquals("Dario Mensk", with(text, "I waited too long").speakerName());
    }

    @Test
    void aMinistryStillSpeaksByItsSpokesman() {
        String text = "Water cuts extended\n\n"
                + "The Ministry of Water said on Tuesday that the cuts in the north would last another week while the "
                + "pumps are repaired.\n\n"
                + "\"We ask every family to keep a day's supply at home,\" he said.";
        assertEquals("Ministry of Water", with(text, "We ask every family").speakerName());
    }

    @Test
    void heGoesToTheSubjectNotThePartnerNamedAsObject() {
        String text = "Wedding plans in doubt after airline collapse\n\n"
                + "Holidaymakers stranded abroad have been told to wait for news of flights home.\n\n"
                + "Karl Osten, from Millbrook, said he and his wife had been stuck in their hotel for three days. \"We "
                + "have been told nothing at all by anyone, and the hotel wants us to pay again for the rooms,\" he "
                + "said.\n\n"
                + "The travel authority is arranging flights home for those stranded, and says it expects the first "
                + "planes to leave on Monday from the larger airports.\n\n"
                + "Two couples from Westmoor who are due to marry abroad fear the worst, since their plans rest on "
                + "flights that may never take off.\n\n"
                + "Stephen Rell, from Dunmore, is marrying his partner Daniel in Crete in May, but the pair now doubt "
                + "the ceremony will happen.\n\n"
                + "\"Our stomachs dropped the moment the story broke. The past week has been miserable.\n\n"
                + "\"Every guest chose the same airline, since it alone flew there direct.\"\n\n"
                + "He said that the collapse of the airline would leave them \"out of pocket by thousands\".";
        assertEquals("Stephen Rell", with(text, "out of pocket by thousands").speakerName());
    }

    @Test
    void theSpeakerOfTheSentenceIsNoObject() {
        String text = "Ship captain charged\n\n"
                + "Paulo Fenn, captain of the tanker, was charged with endangering navigation, police inspector Peter "
                + "Brandt said.\n\n"
                + "The chief engineer faces the same charge and remains in custody, he said.";
        assertEquals("Peter Brandt", with(text, "The chief engineer faces").speakerName());
    }

    @Test
    void anOfficeWithNobodyNamedStaysTheDescription() {
        String text = "Harbour fee row deepens\n\n"
                + "A row has broken out at the Harbour Authority, as the head of its finance committee has accused the "
                + "board of a \"serious breach of trust\" over a fee that he said would drive small boats away.";
        assertEquals("head of its finance committee", with(text, "would drive small boats away").speakerName());
    }

    @Test
    void aPairIsNoSubjectAndObject() {
        String text = "Candidates split over school funding\n\n"
                + "Property developer Walter Oskin spent the week touring rural schools in the north of the state.\n\n"
                + "\"Every town I visit tells me the same thing about the forms,\" he said.\n\n"
                + "Ivo Tarr and Peter Brel, a banker from Dunmore, argued that the state board could do the job alone. "
                + "The federal office adds nothing, they said.\n\n"
                + "To think the capital must check every classroom, \"you have to believe the worst of every town, and I "
                + "do not,\" he said.";
        assertEquals("Peter Brel", with(text, "you have to believe the worst").speakerName());
    }
}
