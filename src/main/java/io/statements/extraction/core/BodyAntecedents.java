package io.statements.extraction.core;

import java.util.Set;

/**
 * Session n66e: `he`/`she` is a person, never a body. Three ways a body came to stand as the antecedent of
 * {@link PronounResolver}'s `he`/`she`:
 * <ul>
 * <li><b>body-short-name-not-person</b>: a body the article names in full once and then by its first word alone
 * (`Korvan News Agency said ...`, later `..., Korvan said. "...," he was quoted as saying`): the one word, which no
 * person of the article bears in full, was taken for a person's name and became the last speaker (the full name must
 * end in a body's head noun, `Agency`, `Party`, `Board`: a person's name the index took for a body does not count);
 * <li><b>body-inside-subjects-report</b>: the last speaker is a body that speaks only inside the reported clause of
 * the sentence before, whose subject is a named person (`The minister argued that members of the board might claim
 * ... . "...," he wrote`): the sentence is about its subject, and the pronoun continues its subject (centering: the
 * subject of the previous utterance over an entity inside its complement);
 * <li><b>office-name-not-body</b>: an office written as role noun + `of`/`for` (`the Member of Parliament for
 * Eastport`, `the Minister of Water`) is one person holding it, not an organisation a spokesperson speaks for: the
 * person named in full before it may be its holder.
 * <li><b>reporting-outlet-not-person</b> (session n67c): a one-word name whose verb is `reported` closing the
 * sentence or taking a `that` clause (`..., Kivana reported.`, `Kivana reported that ...`) is how wire copy names a
 * news agency or paper, and no person of the article bears the word in a longer name: it is no `he`/`she`, neither
 * as the last speaker nor as the last person named (`The vice president's visit ..., Kivana reported. "...," he
 * said` is the vice president's).
 * </ul>
 */
final class BodyAntecedents {
    private BodyAntecedents() {
    }

    /**
     * Rule body-short-name-not-person: whether {@code name}, one word, is the first word of an organisation the article
     * names in full before {@code before} (`Korvan` of `Korvan News Agency`).
     */
    static boolean shortNameOfBody(Doc d, String name, int before) {
        if (name == null || name.indexOf(' ') >= 0 || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false; // quick rejection: only a one-word capitalised name can be a body's short form
        }
        NameIndex names = d.names;
        int org = SpeakerKind.ORGANIZATION.ordinal();
        for (int k = names.mentionBefore(before); k >= 0; k--) {
            int[] mp = names.mentionPos.get(k);
            if (mp[0] < before - 20000) {
                break;
            }
            String full = names.mentionName.get(k);
            if (mp[1] == org && full != null && full.length() > name.length() + 1 && full.startsWith(name)
                    && full.charAt(name.length()) == ' '
                    && Lexicon.ORG_WORDS.contains(Lexicon.lower(full.substring(full.lastIndexOf(' ') + 1)))) {
                return true; // a body's head noun ends the full name (`Agency`): not a person's run misread (`Ida MD`)
            }
        }
        return false;
    }

    /**
     * Rule body-inside-subjects-report: whether the last speaker {@code prev}, an organisation, speaks inside the
     * sentence {@code sentence} after its subject {@code subject} (a named person found by the resolver): the
     * sentence is its subject's report, so a `he`/`she` next goes to the subject.
     */
    static boolean insideSubjectsReport(Doc d, Speaker prev, Speaker subject, int sentence) {
        return sentence >= 0 && prev != null && subject != null && prev.kind() == SpeakerKind.ORGANIZATION
                && prev.ms() > subject.ms() && prev.ms() >= d.toks.get(d.sentStart[sentence]).s
                && prev.ms() < d.toks.get(d.sentEnd[sentence]).e;
    }

    /** Person role nouns that, followed by `of`/`for`, write an office (`Member of Parliament for X`). */
    private static final Set<String> OFFICE_HEADS = Lexicon.words("""
            member minister secretary president governor chairman chairwoman chairperson chair director commissioner
            mayor speaker leader head chief premier ambassador envoy senator representative""");

    /**
     * Rule office-name-not-body: whether {@code name} is an office (`Member of Parliament for Eastport`) and a person
     * named in full ({@code person}, the last one named) may hold it; with nobody named so (none, or one capitalised
     * word that may be a place), the office stays the only description of its holder there is.
     */
    static boolean officeOfNamed(String name, String person) {
        return person != null && person.indexOf(' ') > 0 && office(name);
    }

    /** Whether {@code name} is written as an office: a person role noun, then `of` or `for`. */
    static boolean office(String name) {
        if (name == null) {
            return false;
        }
        int space = name.indexOf(' ');
        if (space < 0 || !OFFICE_HEADS.contains(Lexicon.lower(name.substring(0, space)))) {
            return false;
        }
        return name.startsWith("of ", space + 1) || name.startsWith("for ", space + 1);
    }

    private static final Set<String> REPORTED = Lexicon.words("reported reports");

    /** Rule reporting-outlet-not-person for the last speaker {@code prev}. */
    static boolean reportingOutlet(Doc d, Speaker prev) {
        if (prev == null || prev.ms() < 0 || prev.me() > d.n || prev.me() <= prev.ms()) {
            return false;
        }
        int first = d.tokenAt(prev.ms());
        return reportingOutlet(d, first, prev.name()) || reportingOutletOfWords(d, first, d.tokenAt(prev.me() - 1), prev.name());
    }

    /**
     * Session n69c, the same rule for a name of several words (`Daily Harbour reported that ...`, `..., Harbour Spor
     * reports.`): a capitalised run that only reports, with no first name known to be a person's, is an outlet, which
     * no later `he`/`she` stands for.
     */
    private static boolean reportingOutletOfWords(Doc d, int first, int last, String name) {
        java.util.List<Tok> toks = d.toks;
        if (name == null || name.indexOf(' ') < 0 || first < 1 || last <= first || last + 2 >= toks.size()
                || !REPORTED.contains(toks.get(last + 1).low)) {
            return false; // quick rejection: only a run of words right before `reported`
        }
        Tok next = toks.get(last + 2);
        if (!(toks.get(first - 1).text.equals(",") && Words.isTerminal(next) || next.low.equals("that"))
                || d.genders.of(name) != null) {
            return false; // `Ida Marsh reported that`: a known first name is a person (a reporter)
        }
        for (int k = first; k <= last; k++) {
            if (toks.get(k).type != Tok.WORD || !toks.get(k).cap) {
                return false;
            }
        }
        return true;
    }

    /** Rule reporting-outlet-not-person: whether the one-word name {@code name} at token {@code tok} reports as an outlet. */
    static boolean reportingOutlet(Doc d, int tok, String name) {
        java.util.List<Tok> toks = d.toks;
        if (name == null || name.indexOf(' ') >= 0 || tok < 1 || tok + 2 >= toks.size()
                || !REPORTED.contains(toks.get(tok + 1).low)) {
            return false; // quick rejection: only a one-word name right before `reported`
        }
        Tok next = toks.get(tok + 2);
        if (!(toks.get(tok - 1).text.equals(",") && Words.isTerminal(next) || next.low.equals("that"))
                || d.genders.of(name) != null) {
            return false; // `Jones reported to the board`; a known first name is a person
        }
        NameIndex names = d.names;
        for (int k = names.mentionBefore(toks.get(tok).s); k >= 0; k--) {
            if (names.mentionPos.get(k)[0] < toks.get(tok).s - 20000) {
                break; // the look-ups' usual reach
            }
            String full = names.mentionName.get(k);
            if (names.mentionPos.get(k)[1] == SpeakerKind.PERSON.ordinal() && full != null && full.indexOf(' ') > 0
                    && (full.startsWith(name + " ") || full.endsWith(" " + name))) {
                return false; // `Ada Kivana ... Kivana reported`: her surname
            }
        }
        return true;
    }
}
