package io.statements.bench;

import java.util.Random;

/**
 * Word lists for synthetic English statements, written for this benchmark. Each slot of the sentence
 * template draws from its list with a Zipf distribution, so a few words are very common and most are rare,
 * as in real news text.
 */
final class Vocabulary {

    static final String[] OPENERS = {"We", "The government", "Our country", "Our allies", "The ministry", "This administration",
            "Our party", "The coalition", "Our negotiators", "The president", "Our delegation", "The council", "Our forces",
            "The opposition", "Our partners", "The cabinet", "Our team", "The committee", "Local authorities", "Our people"};
    static final String[] MODALS = {"will", "must", "cannot", "should", "is ready to", "refuses to", "intends to",
            "has decided to", "will never", "is prepared to", "plans to", "continues to", "hopes to", "is determined to",
            "has agreed to", "wants to", "will not", "promises to", "expects to", "is working to"};
    static final String[] VERBS = {"support", "oppose", "condemn", "welcome", "reject", "protect", "defend", "review",
            "expand", "suspend", "negotiate", "announce", "investigate", "strengthen", "restore", "resume", "block",
            "accept", "finance", "deliver", "monitor", "criticise", "praise", "guarantee", "postpone", "approve",
            "challenge", "secure", "reform", "reduce", "increase", "end", "pursue", "discuss", "demand", "impose",
            "lift", "extend", "honour", "violate"};
    static final String[] ADJECTIVES = {"new", "military", "economic", "humanitarian", "illegal", "temporary", "full",
            "unprecedented", "regional", "international", "fragile", "fair", "urgent", "nuclear", "diplomatic",
            "peaceful", "strategic", "financial", "historic", "dangerous", "responsible", "irresponsible", "bilateral",
            "independent", "comprehensive", "provocative", "lasting", "immediate", "joint", "national"};
    static final String[] NOUNS = {"sanctions", "ceasefire", "negotiations", "agreement", "election", "strikes",
            "aid", "budget", "reforms", "investigation", "talks", "security", "border", "refugees", "weapons",
            "deal", "measures", "tariffs", "inflation", "pipeline", "vaccine", "protests", "elections", "corruption",
            "troops", "exports", "treaty", "embargo", "referendum", "summit", "blockade", "drones", "missiles",
            "hostages", "settlements", "subsidies", "loans", "emissions", "grain", "energy", "airspace", "shipments",
            "inspections", "courts", "journalists", "hospitals", "schools", "workers", "prices", "wages"};
    static final String[] PLACES = {"Israel", "Ukraine", "Russia", "Gaza", "Iran", "Syria", "China", "Taiwan",
            "Europe", "Washington", "Moscow", "Brussels", "the region", "Lebanon", "Turkey", "Egypt", "Jordan",
            "Poland", "Germany", "France", "the Black Sea", "the Red Sea", "Sudan", "Yemen", "Iraq", "Venezuela",
            "Serbia", "Kosovo", "Armenia", "Azerbaijan", "Georgia", "Belarus", "Hungary", "India", "Pakistan",
            "North Korea", "Japan", "Brazil", "Mexico", "Canada"};
    static final String[] TIMES = {"this week", "immediately", "next month", "without delay", "in the coming days",
            "by the end of the year", "as soon as possible", "for now", "at any cost", "after the summit",
            "before the vote", "under any circumstances", "this year", "in the long term", "today"};
    static final String[] REASONS = {"because the situation remains tense", "because civilians are paying the price",
            "since the talks have stalled", "as long as the attacks continue", "to prevent further escalation",
            "to protect our citizens", "in line with international law", "despite repeated warnings",
            "after consultations with our allies", "given the economic pressure", "while the investigation continues",
            "because the evidence is clear", "in response to the provocation", "to restore stability",
            "because the markets are nervous"};
    static final String[] FIRST = {"Vladimir", "Olena", "Marta", "Ilse", "Tomas", "Amara", "Yusuf", "Leila", "Pavel",
            "Ingrid", "Rafael", "Noor", "Dmitri", "Sofia", "Kwame", "Hana", "Mateo", "Elif", "Arjun", "Greta", "Omar",
            "Chiara", "Bogdan", "Aiko", "Farid", "Lucia", "Viktor", "Zainab", "Henrik", "Mei", "Andrzej", "Selin",
            "Tariq", "Katarina", "Jonas", "Adaeze", "Nikos", "Rania", "Stefan", "Ayasha", "Emeka", "Irina", "Lior",
            "Maya", "Goran", "Ines", "Kenji", "Nadia", "Oskar", "Priya"};
    static final String[] LAST = {"Petrakov", "Brandt", "Okafor", "Haddad", "Novak", "Lindqvist", "Moreau",
            "Castellanos", "Yilmaz", "Kowalczyk", "Nakamura", "Rahimi", "Sorensen", "Volkov", "Mensah", "Ferreira",
            "Horvath", "Dimitriou", "Ibrahim", "Kovalenko", "Schreiber", "Tanaka", "Andersson", "Marchetti",
            "Nowicki", "Oyelaran", "Varga", "Delacroix", "Khalil", "Ivanova", "Baptiste", "Eriksen", "Galanis",
            "Hosseini", "Jablonski", "Kuznetsov", "Laurent", "Mazur", "Nieminen", "Osei", "Popescu", "Quintero",
            "Rossi", "Sandoval", "Takahashi", "Usmanov", "Vasquez", "Weiss", "Yamamoto", "Zielinski", "Abara",
            "Bergstrom", "Cardoso", "Demir", "Esposito", "Fischer", "Grabowski", "Holm", "Iqbal", "Jovanovic",
            "Karimi", "Lindholm", "Mwangi", "Nilsson", "Orlov", "Pereira", "Quist", "Romero", "Stavros", "Toivonen"};
    static final String[] TITLES = {"President", "Minister", "Senator", "General", "Ambassador", "Spokesperson",
            "Chancellor", "Governor"};
    static final String[] OUTLET_WORDS = {"Herald", "Courier", "Gazette", "Tribune", "Post", "Observer", "Dispatch",
            "Chronicle", "Wire", "Times", "Journal", "Monitor", "Sentinel", "Review", "Bulletin"};
    static final String[] TOPICS = {"diplomacy", "war", "economy", "energy", "elections", "migration", "health",
            "trade", "security", "climate", "justice", "human rights", "technology", "labour", "finance"};
    static final String[] VIAS = {"Coastal Wire", "Tass", "Reuters", "AFP", "AP", "state television", "a spokesperson",
            "Interfax", "RIA Novosti", "Anadolu"};

    /** Digits and dates keep generated foreign sentences distinct (the natural key is the text). */
    static final String[] TIMES_OF_DAY = {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"};

    private Vocabulary() {
    }

    static String pick(String[] words, Random random) {
        return words[Zipf.index(words.length, random)];
    }

    /** One to three clauses: opener, modal, verb, noun phrase, place, time, maybe a reason. */
    static String sentence(Random random) {
        StringBuilder text = new StringBuilder();
        int clauses = 1 + random.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            text.append(c == 0 ? "" : " ").append(pick(OPENERS, random)).append(' ').append(pick(MODALS, random))
                    .append(' ').append(pick(VERBS, random)).append(" the ").append(pick(ADJECTIVES, random))
                    .append(' ').append(pick(NOUNS, random)).append(random.nextBoolean() ? " in " : " with ")
                    .append(pick(PLACES, random)).append(' ').append(pick(TIMES, random));
            if (random.nextInt(3) == 0) {
                text.append(' ').append(pick(REASONS, random));
            }
            text.append('.');
        }
        return text.toString();
    }
}
