package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule world-places (session lead48): countries, capitals and large cities of international news, joined to {@link
 * Lexicon#PLACES}, which held mostly the places of US campaign news: `JAKARTA: It was ...` opens with a dateline, not a
 * speaker, and `Nairobi` is no antecedent for `he`. Names that are also common first names or words (`Chad`,
 * `Georgia`, `Jordan`, `Victoria`, `Sofia`, `Florence`, `Santiago`, `Nice`, `Reading`) are left out.
 */
final class WorldPlaces {
    private WorldPlaces() {
    }

    /** A place of this list: never the organisation an `it` stands for (a city or a country the text only named). */
    static boolean is(String name) {
        return name != null && NAMES.contains(Lexicon.lower(name));
    }

    static final Set<String> NAMES = Lexicon.words("""
            afghanistan albania algeria andorra angola argentina armenia austria azerbaijan bahrain bangladesh
            belarus belgium benin bhutan bolivia bosnia botswana bulgaria burundi cambodia cameroon chile colombia
            congo croatia cyprus czechia denmark djibouti ecuador eritrea estonia eswatini ethiopia fiji finland
            gabon gambia ghana guatemala guinea guyana haiti honduras hungary iceland indonesia ireland jamaica
            kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lesotho liberia liechtenstein lithuania luxembourg
            madagascar malawi malaysia maldives mali malta mauritania mauritius moldova monaco mongolia montenegro
            morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman panama paraguay
            peru philippines portugal romania rwanda samoa senegal serbia seychelles singapore slovakia slovenia
            somalia sudan suriname sweden switzerland tajikistan tanzania thailand togo tonga tunisia turkmenistan
            uganda uruguay uzbekistan vanuatu zambia zimbabwe
            kabul tirana algiers yerevan canberra baku manama dhaka minsk sarajevo brasilia bogota
            zagreb havana nicosia prague copenhagen quito asmara tallinn addis helsinki tbilisi accra athens
            budapest reykjavik jakarta baghdad dublin nairobi pristina riyadh bishkek vientiane riga beirut monrovia
            tripoli vilnius antananarivo lilongwe bamako valletta ulaanbaatar podgorica rabat maputo naypyidaw
            windhoek kathmandu amsterdam managua niamey abuja oslo muscat islamabad asuncion manila warsaw lisbon
            doha bucharest kigali dakar belgrade bratislava ljubljana mogadishu pretoria madrid khartoum stockholm
            bern taipei dushanbe dodoma bangkok tunis ashgabat kampala tashkent caracas hanoi sanaa lusaka
            harare johannesburg lagos karachi lahore mumbai delhi kolkata chennai bengaluru shanghai guangzhou
            shenzhen osaka kyoto busan istanbul izmir jeddah dubai casablanca kinshasa luanda
            durban melbourne sydney brisbane perth auckland wellington christchurch toronto montreal vancouver
            ottawa calgary munich frankfurt hamburg cologne milan naples turin barcelona seville marseille
            lyon rotterdam antwerp zurich krakow gdansk kharkiv odesa lviv donetsk mariupol minsk gothenburg
            edinburgh glasgow manchester liverpool birmingham cardiff belfast""");
}
