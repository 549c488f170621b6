package io.statements.extraction.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.statements.extraction.core.Tok.*;

/**
 * Session names42, rule gender-from-own-pronoun: the gender of a person whose first name no list knows (`Wanjiru`,
 * `Otieno`, `Anjali`), read from the article's own report of them: `Wanjiru Kamau said the ruling meant she could
 * work again`, `Otieno Barasa said his office would appeal`. A reporter's `he`/`she`/`his`/`her` in the clause a
 * named person reports is, in news writing, that person unless someone else is named or described in between; so
 * the reported clause's first personal pronoun, reached from the speech verb over lower-case words only (no name,
 * no title, no pronoun of another person), gives the speaker's gender. A person given both genders this way stays
 * unknown. Only asked when neither an honorific nor the names list tells.
 */
final class PronounGenders {

    /** Lower-case words between the speech verb and the pronoun, at most (`said the ruling meant she`). */
    private static final int REACH = 6;

    private final Map<String, Character> learned = new HashMap<>();

    PronounGenders(Doc d) {
        List<Tok> toks = d.toks;
        NameIndex names = d.names;
        // from each person mention forward (far fewer than the tokens): its name run, the verb, the pronoun
        for (int k = 0; k < names.mentionPos.size(); k++) {
            int[] mp = names.mentionPos.get(k);
            if (mp[1] != SpeakerKind.PERSON.ordinal()) {
                continue;
            }
            // the pre-pass keeps the mention's token (no binary search per mention), the one d.tokenAt finds unless
            // an empty token follows at the same offset
            int at = mp[2] + 1 < toks.size() && toks.get(mp[2] + 1).s <= mp[0] ? d.tokenAt(mp[0]) : mp[2];
            int verb = verbAfterName(toks, at);
            int pronoun = verb < 0 ? -1 : pronounAfter(toks, verb);
            if (pronoun < 0) { // n63b: `Tenby Vale resigned his seat`: the subject's own possessive
                verb = OwnPossessives.verbBefore(toks, at);
                pronoun = verb < 0 ? -1 : verb + 1;
            }
            if (pronoun < 0) {
                continue;
            }
            String name = personEndingAt(d, OwnPossessives.beforeWhoAside(toks, at, verb)); // n65a: `X, who ..., lost her`
            if (name != null) {
                Character g = pronounGender(toks.get(pronoun));
                Character had = learned.putIfAbsent(name, g);
                if (had != null && had != g) {
                    learned.put(name, '?'); // given both genders: the pronoun meant someone else once
                }
            }
        }
    }

    /** The speech verb after the name run opening at {@code start} (adverbs or a description between), or -1. */
    private static int verbAfterName(List<Tok> toks, int start) {
        int j = start;
        while (j + 1 < toks.size() && j - start < 5 && toks.get(j + 1).type == WORD
                && (toks.get(j + 1).cap || particle(toks.get(j + 1)))) {
            j++;
        }
        j++;
        if (j < toks.size() && toks.get(j).text.equals(",")) { // `X, the opposition candidate, said`
            int k = j + 1;
            while (k < toks.size() && k - j <= 7 && toks.get(k).type == WORD && !toks.get(k).cap) {
                k++;
            }
            j = k < toks.size() && k > j + 1 && toks.get(k).text.equals(",") ? k + 1 : -1;
        }
        while (j >= 0 && j < toks.size() && toks.get(j).type == WORD && !toks.get(j).cap
                && Lexicon.ADVERBS_AUX.contains(toks.get(j).low) && !Lexicon.isUnambiguousSpeechVerb(toks.get(j))) {
            j++; // `Kamau also said`
        }
        return j >= 0 && j < toks.size() && toks.get(j).has(WordBits.SPEECH_VERB) && !toks.get(j).cap
                && toks.get(j).qrole == OUT && Lexicon.isUnambiguousSpeechVerb(toks.get(j)) ? j : -1;
    }

    /** The gendered pronoun the verb's clause opens with, over at most {@link #REACH} lower-case words; or -1. */
    private static int pronounAfter(List<Tok> toks, int verb) {
        for (int k = verb + 1; k < toks.size() && k <= verb + 1 + REACH; k++) {
            Tok t = toks.get(k);
            if (t.sent != toks.get(verb).sent || t.type != WORD || t.cap || t.qrole != OUT) {
                return -1; // a name, a title, a comma or a quote between: the pronoun may be someone else's
            }
            if (pronounGender(t) != null) {
                return k;
            }
            if (RoleWords.isRole(t) || RoleWords.pluralRole(t) || Lexicon.SUBJECT_PRONOUNS.contains(t.low)
                    || t.low.equals("him") || t.low.equals("who")) {
                return -1; // `said the governor broke her promise`, `said they told him`: another person
            }
        }
        return -1;
    }

    /**
     * A name particle (`de`, `van`); the length test first, since this runs for the word after every person mention
     * (mostly `said`) and no particle is longer than five letters.
     */
    private static boolean particle(Tok t) {
        return t.low.length() <= 5 && Words.NAME_PARTICLES.contains(t.low);
    }

    /** 'F' or 'M' as the article's own pronouns give it, else null. */
    Character of(String person) {
        Character g = learned.get(person);
        return g == null || g == '?' ? null : g;
    }

    private static Character pronounGender(Tok t) {
        if (t.type != WORD || t.cap || t.low.length() > 3) {
            return null;
        }
        return switch (t.low) {
            case "he", "his" -> 'M';
            case "she", "her" -> 'F';
            default -> null;
        };
    }

    /**
     * `Ngozi Eze-Okafor, the opposition candidate, said her ...`: the name's last word before a description between
     * commas that closes at {@code comma} (lower-case words only, at most six), or -1.
     */
    private static int beforeDescription(List<Tok> toks, int comma) {
        for (int k = comma - 1; k >= 1 && k >= comma - 7; k--) {
            Tok t = toks.get(k);
            if (t.text.equals(",")) {
                return k < comma - 1 && toks.get(k + 1).type == WORD && !toks.get(k + 1).cap ? k - 1 : -1;
            }
            if (t.type != WORD || t.cap || t.sent != toks.get(comma).sent || t.qrole != OUT
                    || Lexicon.CLAUSE_WORDS.contains(t.low)) {
                return -1; // `X, who ..., said`: a clause, not a description
            }
        }
        return -1;
    }

    /** The person (full name when the text gives one) whose name ends right before the verb, or null. */
    private static String personEndingAt(Doc d, int end) {
        List<Tok> toks = d.toks;
        while (end >= 0 && toks.get(end).type == WORD && !toks.get(end).cap
                && Lexicon.ADVERBS_AUX.contains(toks.get(end).low)) {
            end--; // `Kamau also said`, `Kamau has said`
        }
        end = end >= 0 && toks.get(end).text.equals(",") ? beforeDescription(toks, end) : end;
        if (end < 0 || toks.get(end).type != WORD || !toks.get(end).cap) {
            return null;
        }
        NameIndex names = d.names;
        int k = names.mentionBefore(toks.get(end).e);
        if (k < 0) {
            return null;
        }
        int[] mp = names.mentionPos.get(k);
        int start = d.tokenAt(mp[0]);
        if (mp[1] != SpeakerKind.PERSON.ordinal() || start < 0 || start > end || toks.get(start).sent != toks.get(end).sent
                || end - start > 5) {
            return null;
        }
        for (int j = start; j <= end; j++) {
            if (!toks.get(j).cap && !particle(toks.get(j))) {
                return null; // the mention is not the run right before the verb
            }
        }
        String name = names.mentionName.get(k);
        if (name == null || PersonAntecedents.nonPerson(name)) {
            return null;
        }
        return name.indexOf(' ') < 0 ? names.lastNameToFull.getOrDefault(name, name) : name;
    }
}
