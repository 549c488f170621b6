package io.statements.extraction.core;

import java.util.Set;

/**
 * Words of a title that stands before or beside a person's name (`Sen.`, `press secretary`, `Alhaji`, `Goalkeeper`),
 * so that the name is what follows them; {@link Lexicon#TITLES} names this set. Kept apart from {@link Lexicon} since
 * it grows with every country's offices and honorifics.
 */
final class TitleWords {
    private TitleWords() {
    }

    static final Set<String> TITLES = Lexicon.words("""
            president vice prime minister secretary gen gen. general maj maj. major col col. colonel lt lt.
            lieutenant sgt sgt. sergeant adm adm. admiral capt capt. captain cmdr cmdr. commander sen sen. senator
            rep rep. representative gov gov. governor mayor dr dr. mr mr. mrs mrs. ms ms. miss judge justice chief
            chairman chairwoman chair speaker leader ambassador commissioner director attorney press spokesman
            spokeswoman spokesperson rev rev. reverend pope king queen prince princess sheikh ayatollah candidate
            nominee state defense defence foreign interior finance army air force navy national security adviser
            advisor deputy assistant acting former first lady sir dame lord professor prof prof. coach officer agent
            inspector detective sheriff superintendent chancellor premier emperor host anchor correspondent editor
            author founder ceo executive manager owner white house democratic republican gop independent u.s. us
            u.s u.n. un american of the and senior minority majority whip del. del delegate councilman
            councilwoman councillor councilor alderman alderwoman pres. pres gens. sens. reps. st. saint mrs professor
            economist strategist pastor father
            brother sister bishop cardinal rabbi imam
            fr fr. engr engr. barr barr. hon hon. honourable honorable alhaji alhaja alh alh. hajia mallam
            shri shrimati smt smt. datuk dato datin seri sri
            striker goalkeeper midfielder defender winger quarterback pitcher batsman bowler treasurer prosecutor
            archbishop administrator marshal secretary-general director-general president-elect vice-president
            congressman congresswoman warden columnist moderator envoy co-author co-founder constable mp mep mla mk magistrate
            registrar lawmaker assemblyman assemblywoman legislator barrister solicitor skipper chairperson
            headteacher auditor-general attorney-general supervisor comptroller brigadier commodore archdeacon emir
            amir sultan prez guv
            undersecretary under-secretary associate coroner ombudsman corporal trooper collector sub-inspector
            brig brig. cpl cpl. pvt pvt. det det. insp insp. supt supt. cdr cdr. spc spc. pfc pfc.
            councilmember council-member alderperson selectman selectwoman freeholder corporator sarpanch
            jurist ombudsperson commandant patrolman patrolwoman
            lt-gen maj-gen lt-col brigadier-general major-general lieutenant-general lieutenant-colonel rear-admiral
            vice-admiral air-marshal field-marshal
            vicar chaplain monsignor msgr msgr. patriarch maulana maulvi ustaz
            lecturer headmaster headmistress vice-chancellor pro-vice-chancellor
            oba ooni togbe kgosi inkosi induna ratu chieftain maharaja nawab tunku tengku puan encik pehin pengiran
            cfo coo cto vp evp svp trustee
            opener all-rounder allrounder batter spinner paceman wicketkeeper wicket-keeper fly-half flanker jockey
            referee umpire vice-captain co-captain
            mlc mpp msp parliamentarian backbencher shadow high-commissioner baroness viscount countess marquess
            cr cr. cllr cllr.
            coun coun. ald ald. atty atty. amb amb. asst asst. taoiseach tánaiste tanaiste tanáiste member
            ch ch.
            """);
    // n67c, rule chief-rank-abbreviation: British and Irish police copy abbreviates `chief` in a rank (`Det Ch Supt X`,
    // `Ch Insp X`, `Ch Con X`): the name is what follows, so `Det Ch Supt Keltan` is the Keltan named in full before
    // n66c, rule newsroom-title-abbreviations: style guides' abbreviated titles before a name (`Coun. X` and `Ald. X`
    // in Canadian and US city copy, `Atty. Gen. X`, `Amb. X`, `Asst. Chief X`), Ireland's heads of government
    // (`Taoiseach X`, `Tánaiste X`; n73a: also as outlets misspell it, `Tanáiste X`), and `member` closing a compound
    // office (`Council Member X`, `Board Member X`):
    // the name is what follows them
    // n63a, rule councillor-abbreviations: Australian and British copy writes `Cr X` and `Cllr X` for a councillor
    // n61e, rule world-office-titles: offices, ranks and honorifics of civic, judicial, police, military, religious,
    // academic, traditional, corporate, sport and Commonwealth life (`Councilmember X`, `Oba X`, `Tengku X`, `Msgr. X`,
    // `Fly-half X`); none that is also a first name or a surname (`Dean`, `Earl`, `Seaman`, `Ensign`, `Pandit`, `Begum`,
    // `Eze`, `Mufti`) or a newspaper's name (`The Advocate`): a title word alone is no name at all
    // n61a, rule rank-and-office-titles: civil service, judicial, military and police titles (and their
    // abbreviations) that had stayed in the name (`Undersecretary Dr. X`, `Associate Justice X`, `Cpl. X`, `Coroner X`) // n51e, rule informal-title: headline copy's `Prez X`, `Guv X` are `President X`, `Governor X` // names45: West African, church, Indian and Malaysian honorifics (`Alhaji Musa Bello`, `Shri`);
    // lead, session 46: sports positions and offices of many countries (`Goalkeeper X`, `Treasurer X`, `Magistrate X`)
}
