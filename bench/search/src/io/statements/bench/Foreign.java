package io.statements.bench;

import java.util.Random;

/**
 * The other-language tenth of the generated statements (#16): short sentences in Russian, German, French, Spanish
 * and Arabic built from hand-written parts, so that each language's stemmer, the language filter and the combined
 * query of a search without language are exercised at scale. Subject + verb phrase + object, with inflected forms.
 */
final class Foreign {

    static final String[] LANGUAGES = {"ru", "de", "fr", "es", "ar"};
    private static final String[][] SUBJECTS = {
            {"Правительство", "Министерство", "Наша страна", "Президент", "Делегация"},
            {"Die Regierung", "Das Ministerium", "Unser Land", "Der Präsident", "Die Delegation"},
            {"Le gouvernement", "Le ministère", "Notre pays", "Le président", "La délégation"},
            {"El gobierno", "El ministerio", "Nuestro país", "El presidente", "La delegación"},
            {"الحكومة", "الوزارة", "بلادنا", "الرئيس", "الوفد"}};
    private static final String[][] VERBS = {
            {"поддерживает", "осуждает", "отвергает", "готово обсудить", "требует отмены"},
            {"unterstützt", "verurteilt", "lehnt", "will verhandeln über", "fordert die Aufhebung der"},
            {"soutient", "condamne", "rejette", "veut négocier", "exige la levée des"},
            {"apoya", "condena", "rechaza", "quiere negociar", "exige el fin de"},
            {"تدعم", "تدين", "ترفض", "مستعدة لمناقشة", "تطالب برفع"}};
    private static final String[][] OBJECTS = {
            {"новые санкции", "санкций против банков", "переговоры о перемирии", "выборы в регионе",
                    "гуманитарную помощь", "соглашения о поставках газа"},
            {"neue Sanktionen", "die Sanktionen gegen Banken", "Verhandlungen über eine Waffenruhe",
                    "die Wahlen in der Region", "humanitäre Hilfe", "Abkommen über Gaslieferungen"},
            {"de nouvelles sanctions", "les sanctions contre les banques", "des négociations de cessez-le-feu",
                    "les élections dans la région", "l'aide humanitaire", "les accords gaziers"},
            {"nuevas sanciones", "las sanciones contra los bancos", "negociaciones de alto el fuego",
                    "las elecciones en la región", "la ayuda humanitaria", "los acuerdos de gas"},
            {"العقوبات الجديدة", "عقوبات على البنوك", "مفاوضات وقف إطلاق النار", "الانتخابات في المنطقة",
                    "المساعدات الإنسانية", "اتفاقيات الغاز"}};

    private Foreign() {
    }

    /** A sentence in LANGUAGES[language]. */
    static String sentence(int language, Random random) {
        return Vocabulary.pick(SUBJECTS[language], random) + " " + Vocabulary.pick(VERBS[language], random) + " "
                + Vocabulary.pick(OBJECTS[language], random) + " " + Vocabulary.pick(Vocabulary.TIMES_OF_DAY, random)
                + " " + (1 + random.nextInt(28)) + ".";
    }
}
