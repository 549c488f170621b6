package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n51e, rules party-word-before-name, compound-before-name ({@link NameDescriptors}) and informal-title
 * ({@link TitleWords}): a party or ideology word (`Conservative Oriana Malvek`), a capitalised `-based`, `-born`,
 * `-linked` compound (`Corran-based X`, `Qarvan-linked X`) and a headline's informal title (`Prez X`, `Guv X`) before
 * a name are no part of it, so the later `Ms Malvek` or `Venkatesan` is not given the longer run. A party's own name
 * stays an organisation's (`Conservative Party`). Invented text.
 */
class PremodifierBeforeNameRulesTest {

    @Test
    void aPartyWordBeforeAFullName() {
        String text = "Conservative Oriana Malvek, the deputy speaker, will lead the cabinet.\n\n"
                + "\"We will keep the ministries open,\" Ms Malvek said.\n";
        assertEquals("Oriana Malvek", with(text, "We will keep").speakerName());
    }

    @Test
    void anInformalTitleInAHeadline() {
        String text = "Prez Amara Venkatesan calls for calm after market fire\n\n"
                + "Venkatesan visited the market. \"Nobody will be left to rebuild alone,\" Venkatesan said.\n";
        assertEquals("Amara Venkatesan", with(text, "Nobody will be left").speakerName());
        String guv = "Guv Tobiah Marlen opens bridge\n\n\"It is a fine morning for the valley,\" Marlen said.\n";
        assertEquals("Tobiah Marlen", with(guv, "It is a fine morning").speakerName());
    }

    @Test
    void aPlaceCompoundBeforeAPersonOrAFirm() {
        String text = "Lisbonne-born Ilse Maranta chairs the drivers' union.\n\n"
                + "\"We want a deal, not a fight,\" Maranta said.\n\n"
                + "\"We cannot run a timetable without drivers,\" said the Corran-based Merrow Rail Company.\n";
        assertEquals("Ilse Maranta", with(text, "We want a deal").speakerName());
        assertEquals("Merrow Rail Company", with(text, "We cannot run").speakerName());
    }

    @Test
    void aLinkedCompoundBeforeAGroupsName() {
        String text = "The attack was claimed by the Qarvan-linked Sable Front.\n\n"
                + "The Sable Front warned that the border would \"burn all summer\", said a statement by "
                + "the Qarvan-linked Sable Front.\n";
        assertEquals("Sable Front", with(text, "burn all summer").speakerName());
    }

    @Test
    void aPartysOwnNameStays() {
        String text = "\"We will vote against the budget,\" the Conservative Party said in a statement.\n";
        assertEquals("Conservative Party", with(text, "We will vote against").speakerName());
    }
}
