package io.statements.extraction.core;

import java.util.List;
import java.util.Map;

/**
 * Rule kind-compound-organisation (session n61b): news copy names a body once and then calls it by a two-word
 * description of its kind, whose head alone (`court`, `body`, `station`) would fit any body named before: `the apex
 * court` and `the top court` are a country's supreme or constitutional court, not the high court the story named last;
 * `the governing body` is a sport's or a profession's federation, council or association; `the radio station` a name
 * with `Radio` in it; `the world body` the United Nations. The description is the nearest organisation named before it
 * (a few paragraphs, the headline too) whose name holds every word of one of the kind's patterns; with none named, the
 * description stays as it was (for a court, even when another court was named). Only `the` (or `the country's`, `the
 * nation's`) + the two words, with no phrase after them: `a radio station` introduces another, `the highest court in
 * sport` is no country's.
 */
final class KindCompounds {
    /** How far back (in characters) the organisation may be named: a few paragraphs of news copy. */
    private static final int REACH = 3000;

    /** The names of a country's highest court. */
    private static final List<List<String>> COURTS = List.of(List.of("supreme", "court"), List.of("constitutional", "court"));

    /** Each compound, and the alternative sets of words the name of an organisation of that kind holds (all of one). */
    private static final Map<String, List<List<String>>> KINDS = Map.ofEntries(
            Map.entry("apex court", COURTS), Map.entry("top court", COURTS), Map.entry("highest court", COURTS),
            Map.entry("governing body", List.of(List.of("federation"), List.of("council"), List.of("association"),
                    List.of("confederation"), List.of("union"), List.of("board"))),
            Map.entry("world body", List.of(List.of("united", "nations"))),
            Map.entry("radio station", List.of(List.of("radio"))),
            Map.entry("television station", List.of(List.of("television"), List.of("tv"))),
            Map.entry("tv station", List.of(List.of("television"), List.of("tv"))),
            Map.entry("news agency", List.of(List.of("news", "agency"), List.of("press", "agency"))));

    private KindCompounds() {
    }

    /** The organisation the mention [a, end] describes by its kind, as a speaker; else null. */
    static Speaker speaker(Doc d, int a, int end, int ms, int me, String mention) {
        List<Tok> toks = d.toks;
        int mod = end - 1;
        if (mod <= a || toks.get(end).cap || toks.get(mod).cap || !opener(toks, a, mod)
                || end + 1 < toks.size() && Lexicon.PREPOSITIONS.contains(toks.get(end + 1).low)) {
            return null; // `the highest court in sport`, `the governing body of the club`: a kind the words after narrow
        }
        List<List<String>> patterns = KINDS.get(toks.get(mod).low + " " + toks.get(end).low);
        if (patterns == null) {
            return ModifierMatchedBodies.speaker(d, a, end, ms, me, mention); // n63c: `the appeals court`
        }
        NameIndex names = d.names;
        for (int k = names.mentionBefore(ms); k >= 0 && names.mentionPos.get(k)[0] >= ms - REACH; k--) {
            String name = names.mentionName.get(k);
            if (name != null && names.mentionPos.get(k)[1] != SpeakerKind.PERSON.ordinal() && holds(name, patterns)) {
                return new Speaker(ms, me, mention, name, SpeakerKind.ORGANIZATION, null);
            }
        }
        // a supreme court never named: not the high court or district court the story did name (the head alone would
        // take the nearest court); the description stays
        return patterns == COURTS ? new Speaker(ms, me, mention, toks.get(mod).low + " " + toks.get(end).low,
                SpeakerKind.ORGANIZATION, null) : null;
    }

    /** `the` right before the modifier, or `the country's` / `the nation's`: the body is one already known. */
    private static boolean opener(List<Tok> toks, int a, int mod) {
        if (mod == a + 1) {
            return toks.get(a).low.equals("the");
        }
        String owner = Words.lowStripped(toks.get(a + 1));
        return mod == a + 2 && toks.get(a).low.equals("the") && Words.endsWithPossessive(toks.get(a + 1))
                && (owner.equals("country") || owner.equals("nation") || owner.equals("sport") || owner.equals("game"));
    }

    private static boolean holds(String name, List<List<String>> patterns) {
        List<String> words = List.of(Lexicon.lower(name).split(" "));
        for (List<String> pattern : patterns) {
            if (words.containsAll(pattern)) {
                return true;
            }
        }
        return false;
    }
}
