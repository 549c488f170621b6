package io.statements.extraction.core;

import org.junit.jupiter.api.Test;

import static io.statements.extraction.core.Extracted.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Session n71a, rule described-person-holder ({@link DescribedHolders} reading {@link PersonRecords}): a speaker left
 * as a person description is the one person a strong record gives its noun, anywhere in the article: named after it
 * (`The owner of the premises, X`), in a title joined by `and` (`Chairman and CEO X`), with a close synonym (`FM`
 * for `foreign affairs minister, X`). Not when two people hold the noun, nor for a loose appositive (`a friend of the
 * singer`). Invented text.
 */
class DescribedHoldersRulesTest {

    private static final String OWNER_NAMED_AFTER = "Four teenagers found dead in village bar\n"
            + "\n"
            + "Police in Kestrel Bay are investigating the deaths of four teenagers found in a bar on Sunday.\n"
            + "\n"
            + "Officers sealed off the street for most of the day while forensic teams worked inside.\n"
            + "\n"
            + "The bar owner said he had \"no idea who let them in after closing time\".\n"
            + "\n"
            + "The owner of the premises, Tomas Ferro, told local radio he was shocked.";

    private static final String JOINED_TITLES = "Voters reject stadium tax\n"
            + "\n"
            + "Voters in Harlow County rejected a sales tax for a new stadium on Tuesday by a wide margin.\n"
            + "\n"
            + "Hawks Chairman and CEO Dana Brill issued a statement late on Tuesday saying “We accept the county's decision and will look for another way to keep the team here.”";

    private static final String FOREIGN_MINISTER = "Danish FM says Norland tariff plan is \"shameful\"\n"
            + "\n"
            + "Denmark's foreign affairs minister, Ivo Sandor, has stepped up his criticism of a tariff plan passed by the Norland parliament.\n"
            + "\n"
            + "Writing on social media on Sunday, Sandor called the plan \"a disgrace that no friend would vote for\".";

    private static final String TWO_SINGERS = "Singer cancels tour\n"
            + "\n"
            + "The tour had been due to open in Varrow next week.\n"
            + "\n"
            + "The singer said she was \"heartbroken to let everyone down like this\".\n"
            + "\n"
            + "Mia Roe, a singer from the same label, drove to the hospital on Friday night, and Ann Pell, a singer who toured with her, cancelled her own shows.";

    private static final String FRIEND_OF_THE_SINGER = "Singer cancels tour\n"
            + "\n"
            + "The tour had been due to open in Varrow next week.\n"
            + "\n"
            + "The singer said she was \"heartbroken to let everyone down like this\".\n"
            + "\n"
            + "Mia Roe, a friend of the singer, drove to the hospital on Friday night.";

    @Test
    void theDescriptionIsTheOneHolderOfItsNounNamedAfterIt() {
        assertEquals("Tomas Ferro", with(OWNER_NAMED_AFTER, "no idea who let them in").speakerName());
    }

    @Test
    void aTitleJoinedByAndIsARecordToo() {
        assertEquals("Dana Brill", with(JOINED_TITLES, "We accept the county").speakerName());
    }

    @Test
    void fmIsTheForeignMinisterTheBodyNames() {
        assertEquals("Ivo Sandor", with(FOREIGN_MINISTER, "shameful").speakerName());
    }

    @Test
    void twoHoldersLeaveTheDescription() {
        assertEquals("singer", with(TWO_SINGERS, "heartbroken").speakerName());
    }

    @Test
    void aLooseAppositiveRecordsItsOwnHeadOnly() {
        assertEquals("singer", with(FRIEND_OF_THE_SINGER, "heartbroken").speakerName());
    }
}
