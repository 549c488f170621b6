package io.statements.extraction.core;

import java.util.List;

/**
 * The extraction pipeline over one text: structural stages (tokens and quote pairing, sentences, names and
 * mentions, transcript labels), then per sentence the transcript-label, quote and reported-speech sieves, then the
 * signed embedded posts no sieve attributed, then the headline sieve, then the stance suggestions. A sentence the rules fail on is counted and logged at debug, and the rest of the text is still
 * extracted.
 */
final class Pipeline {

    private static final System.Logger LOG = System.getLogger(StatementExtractor.class.getName());

    private Pipeline() {
    }

    /** The stages up to the people of the text: tokens, quotes, sentences, names, titles, genders (tests stop here). */
    static void namesAndGenders(Doc d) {
        new Tokenizer(d).tokenize();
        QuotePairing pairing = new QuotePairing(d);
        pairing.pairQuotes();
        pairing.pairSingleQuotes();
        new SentenceSplitter(d).splitSentences();
        d.names = new NameIndex(d);
        new NamePrepass(d, d.names).run();
        d.titles = new PersonTitles(d);
        d.titles.collect();
        d.genders = new PersonGenders(d);
    }

    static List<Stmt> run(Doc d, Sieves.Configured sieves) {
        namesAndGenders(d);
        new TranscriptLabels(d).markTranscriptParagraphs();
        d.cueLex = new Cues(d);
        d.subjects = new Subjects(d);
        d.inverted = new InvertedSubjects(d);
        d.complements = new Complements(d);
        d.clauses = new Clauses(d);
        d.verbSubjects = new VerbSubjects(d);
        d.resolver = new SpeakerResolver(d);
        d.channels = new ChannelVia(d);

        QuoteAttributor quotes = new QuoteAttributor(d, sieves);
        TranscriptLabelSieve labels = new TranscriptLabelSieve(d);
        int lastLabelPara = -1;
        for (int si = 0; si < d.sentStart.length; si++) {
            boolean inLabels = true;
            try {
                for (int p = lastLabelPara + 1; p <= d.toks.get(d.sentStart[si]).para; p++) {
                    if (d.labelParas.containsKey(p)) {
                        labels.labelStatement(p);
                    }
                    lastLabelPara = p;
                }
                inLabels = false;
                quotes.sentence(si);
            } catch (RuntimeException e) {
                failed(d, "sentence " + si + " (rule " + (inLabels ? "transcript-label" : quotes.rule()) + ")", e);
            }
        }
        NestedReports.drop(d.out);
        try {
            new TweetSignatures(d).signedPosts();
        } catch (RuntimeException e) {
            failed(d, TweetSignatures.NAME, e);
        }
        try {
            new HeadlineSieve(d).headlineQuotes();
            NestedReports.dropInsideHeadlines(d.out);
        } catch (RuntimeException e) {
            failed(d, "headline", e);
        }
        d.out.sort((a, b) -> a.cs != b.cs ? Integer.compare(a.cs, b.cs) : Integer.compare(a.ce, b.ce));
        try {
            HeadlineEchoes.apply(d); // n51e: a headline quote given to a description, named where the body repeats it
        } catch (RuntimeException e) {
            failed(d, "headline-echo", e);
        }
        try {
            EchoedQuoteLines.apply(d); // n72e: a crosshead or deck quote a named body quote repeats word for word
        } catch (RuntimeException e) {
            failed(d, EchoedQuoteLines.NAME, e);
        }
        try {
            TitleCaseHeadlineNames.apply(d); // n66f: `Vell Reacts To His Removal By The Board`: Vell, as the body names him
        } catch (RuntimeException e) {
            failed(d, "title-case-headline-name", e);
        }
        try {
            LeadCataphora.apply(d); // n54b: `Harlow's prime minister said ...`, the name a paragraph on
        } catch (RuntimeException e) {
            failed(d, "lead-cataphora", e);
        }
        try {
            RecordedRoles.apply(d); // n69a: `the actress said`: the one person the article gave the noun
        } catch (RuntimeException e) {
            failed(d, "recorded-role-holder", e);
        }
        try {
            SpokespersonBodies.apply(d); // n55b: `a Harbour Board spokesman`, `an ODF spokeswoman ... she`: the body
        } catch (RuntimeException e) {
            failed(d, "spokesperson-body", e);
        }
        try {
            PlaceOwnedBodies.apply(d); // n70b: `China's Foreign Ministry` keeps its country, not `Foreign Ministry`
        } catch (RuntimeException e) {
            failed(d, "place-owned-body", e);
        }
        try {
            BodyDescriptions.apply(d); // n71b: `the committee said`: the one named body of that kind (BodyRecords)
        } catch (RuntimeException e) {
            failed(d, "body-description-record", e);
        }
        try {
            BodyNameTails.apply(d); // n74c: `The Board of Appeal for Shipping` cut at `for`: the indexed name
        } catch (RuntimeException e) {
            failed(d, "body-name-tail", e);
        }
        try {
            PoliceForces.apply(d); // n73b: `police said`: the one police force the article names
        } catch (RuntimeException e) {
            failed(d, "police-named-force", e);
        }
        try {
            RoleOfBodySpeakers.apply(d); // n72b: `The boss of insurer Norvale says`: the boss, never Norvale
        } catch (RuntimeException e) {
            failed(d, "role-of-body-person", e);
        }
        try {
            DescribedHolders.apply(d); // n71a: `the tavern owner said`: the one person a strong record gives the noun
        } catch (RuntimeException e) {
            failed(d, "described-person-holder", e);
        }
        try {
            LeadingSpeakerDescriptions.apply(d); // n76b: `the former mayor said` in a story following one person
        } catch (RuntimeException e) {
            failed(d, "leading-speaker-description", e);
        }
        try {
            new StanceRules(d).suggest(d.out);
        } catch (RuntimeException e) {
            failed(d, "stance", e);
        }
        return d.out;
    }

    private static void failed(Doc d, String where, RuntimeException e) {
        d.failures++;
        LOG.log(System.Logger.Level.DEBUG, () -> "extraction rules failed on " + where + "; skipped", e);
    }
}
