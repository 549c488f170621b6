package io.statements.extraction.core;

import java.util.Set;

/**
 * Rule world-first-names (session lead48): first names of one gender common in international news (European, Latin
 * American, Arabic, Persian, Turkish, African, South and East Asian), joined to {@link PersonGenders}' lists, which
 * held mostly US names: `Henrik Dahl` had no gender, so a `she` after him went to him, and `Ana Sousa` took a `he`.
 * Names that are also common words or of both genders across languages (`Jan`, `Andrea`, `Jean`, `Kari`, `Hope`) are
 * left out.
 */
final class WorldFirstNames {
    private WorldFirstNames() {
    }

    static final Set<String> FEMALE = Lexicon.words("""
            ana lucia carmen isabel pilar beatriz luisa paola francesca chiara giulia alessandra valentina federica
            anja katarina katharina petra monika birgit sabine heike annika astrid sigrid karin kristin liv freya
            maja agnieszka magdalena katarzyna malgorzata ewa zofia tatiana yulia ekaterina anastasia oksana
            lyudmila natalia marina daria leila layla yasmin yasmine zainab mariam maryam noor amira fatma ayse
            elif zeynep emine hana rania salma amina ngozi chioma ebele adaeze wanjiru wanjiku akosua thandiwe
            nomvula sunita anjali pooja lakshmi deepika nirmala meera kavita sushma shreya aiko yuko keiko naomi
            haruka siti nurul dewi mariana fernanda gabriela daniela camila valeria ximena juliana alejandra
            veronica adriana francisca agnes helga gudrun solveig mette hanne leena tuula katrin tiina zuzana
            jana lenka ivana jelena milica dragana ioana andreea alina simona dorota beata iwona joanna galina
            tamara nino shirin parisa nasrin sheikha hind dalia mona ruba lina samira nadia layal
            divya anita nisha rekha asha geeta gita neha swati smriti mamata mayawati indira benazir hasina
            khaleda yingluck megawati retno yoko akiko yuriko sanae mariko tomoko kyoko masako michiko
            noriko sachiko fumiko winnie graca nkosazana lindiwe naledi thuli fatou aminata mariama aicha
            khadija zahra zeinab hanan huda rasha reem maha manal suha samia laila hoda dolores consuelo
            soledad rocio lorena cristina marcela florencia agustina milagros luiza leticia dilma annalena
            segolene margrethe sanna kaja erna roberta ilaria elisabetta ornella viktoria iryna olena
            nataliya ayanna rashida pramila jacinda heidi anke katja sanne femke ulrike brigitte renate""");

    static final Set<String> MALE = Lexicon.words("""
            henrik anders erik johan magnus nils olav ole sven bjorn jens mads rasmus soren mikkel juha mikko
            pekka timo antti matti jukka heikki pieter piet joost bram sander wouter dirk jurgen stefan andreas
            markus matthias tobias florian wolfgang helmut dieter horst uwe olaf friedrich heinrich karl franz
            josef jozef janusz tomasz krzysztof piotr pawel marek andrzej wojciech jakub lukasz grzegorz zbigniew
            jaroslaw mateusz miroslav milos dragan zoran goran nenad aleksandar nikola ivan dmitry sergey alexei
            alexey andrei andrey mikhail nikolai yuri oleg pavel viktor volodymyr oleksandr petro taras mykola
            giorgi levan davit armen tigran ilham mehmet mustafa ahmet kemal murat emre burak hakan yusuf huseyin
            abdullah abdul khalid khaled faisal fahad saud salman tariq tarek karim kareem samir walid nabil
            mahmoud mahmud mohamed mohammad mohamad hussein hossein reza javad hamid majid amir mehdi yousef
            youssef idris musa moussa mamadou ibrahima cheikh ousmane abdoulaye amadou kwame kofi kwesi emeka chidi
            chinedu olusegun babajide uhuru raila cyril thabo sipho themba emmerson yoweri rajesh rahul amit
            arvind narendra manmohan sanjay vijay suresh ramesh anil sunil ashok imran nawaz shehbaz asif bilal
            takeshi haruki shinzo fumio yoshihide taro ichiro kazuo akira satoshi naoki shinji rodrigo ferdinand
            joko prabowo anwar mahathir najib thaksin sebastian alejandro andres fernando ricardo eduardo jorge
            rafael gustavo sergio raul enrique ignacio gonzalo mauricio alvaro felipe santiago mateo emiliano jair
            luiz joao paulo rui nuno tiago giorgio giovanni alessandro francesco stefano roberto paolo silvio
            mario enzo francois olivier nicolas jacques philippe thierry laurent michel alain didier bruno yves
            herve gerard rene sebastien fabien mathieu guillaume benoit arnaud volker gerhard rolf ulrich
            nitish lalu akhilesh mulayam arun piyush rajnath shashi pranab atal venkaiah kiren mallikarjun
            sharad uddhav devendra hemant sachin virat rohit mahendra sourav kapil mukesh ratan gautam azim
            nandan sundar satya shantanu ajay vikram karan arjun ravi prakash dinesh mahesh ganesh rakesh
            rajiv sanjiv vivek deepak nitin pankaj manoj vinod ashish abhishek harish girish naveen pradeep
            sandeep sudhir muhyiddin ismail susilo anies ganjar benigno junichiro yukio naoto koji masayoshi
            tadashi prayuth srettha hosni gamal abdel abdelaziz abdelmadjid kais beji moncef muammar tayyip
            ekrem binali bashar hafez nouri nuri moqtada masoud nechirvan barham jamal kamal adel adil hamza
            zaid zayed yair naftali benny avigdor gideon yitzhak ehud shimon moshe itamar bezalel yoav
            yasser ismael khalil marwan saeb muhammadu bola goodluck atiku yemi nnamdi kalonzo musalia felix
            macky alassane idriss mahamat abiy meles haile isaias hailemariam jakaya hakainde kgalema inacio
            hugo evo ollanta nayib jovenel ernesto francisco mariano horacio tabare marcelo edouard enrico
            luigi kyriakos sauli ulf mikheil irakli nikol serzh vyacheslav yevgeny ramzan aleksandr vitali
            vitaliy arseniy denys kyrylo oleksii dmytro andriy mykhailo anton oskar lukas willem manfred heinz
            gunther""");

    /**
     * Rule both-gender-first-names (session n60b): first names that men and women both bear across languages
     * (`Andrea`, `Nicola`, `Simone`, `Michele` are men in Italy; `Jean` in France, `Joan` in Catalonia, `Alexis` in
     * Greece; `Kelly`, `Jordan`, `Lindsey` either in English; `Yuki` in Japan, `Noor` in Arabic and Urdu): in both
     * lists, so a list gives them no gender and the article's own pronoun decides ({@link PronounGenders}).
     */
    static final Set<String> BOTH = Lexicon.words("""
            andrea nicola simone michele jean joan alexis kelly jordan lindsey yuki noor""");
}
