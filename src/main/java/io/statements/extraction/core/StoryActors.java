package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Session n54b, rule document-story-actor: `the letter`, `the memo` that refers back to a document
 * the story introduced before (`his resignation letter was read out by the clerk`, `a staff memo the Ledger has seen
 * says`) and whose issuer nothing nearer gave ({@link DocumentMentions}: no author named with it, no issuing
 * sentence, no statement naming one) is the person or organisation the whole story is about: news copy names its
 * actor again and again, the headline and the lead first. Counted over the whole text (a person by the last word of
 * the name, so `Vesk` counts for `Harlan Vesk`; an organisation by its first word, so `Corvane` counts for `Corvane
 * Electronics`), that actor leads clearly ({@link StoryLeader}); else the document keeps no author. Only a bare `the
 * letter`, `the memo`, `the note`, `the email` the text wrote before: not one named here for the first time (`a memo
 * said`), nor one a word before the noun gives to others (`the staff letter`).
 */
final class StoryActors {
    /**
     * Papers an actor sends in its own name. Not a report, survey, ad or lawsuit (often about the story's actor, by
     * somebody else), a post or message (shared or scripted by others), nor a court's verdict (the story's person is
     * the defendant).
     */
    private static final java.util.Set<String> SENT = Lexicon.words("letter memo memorandum note email e-mail");

    private StoryActors() {
    }

    /** The issuer of the document mention [a, end] (its noun {@code noun}) at char ms, or null. */
    static Speaker documentIssuer(Doc d, int a, int end, String noun, int ms) {
        if (d.names == null) {
            return null;
        }
        if (ownRelease(d, a, end, noun)) {
            return leader(d, ms);
        }
        if (end != a + 1 || !d.toks.get(a).low.equals("the") || !SENT.contains(noun) || !introduced(d, a, noun)) {
            return null;
        }
        return leader(d, ms);
    }

    /**
     * The person or organisation the whole text names clearly most ({@link StoryLeader}), named once before char ms;
     * else null. Session n57b: also the person an epithet stands for when no nearer person fits ({@link EpithetTopics}).
     */
    static Speaker leader(Doc d, int ms) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> full = new HashMap<>();
        Map<String, Integer> before = new HashMap<>();
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            int[] mp = d.names.mentionPos.get(k);
            String name = d.names.mentionName.get(k);
            if (name == null || name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))
                    || Lexicon.PLACES.contains(Lexicon.lower(name)) || Lexicon.isRegion(name)) {
                continue;
            }
            boolean person = mp[1] == SpeakerKind.PERSON.ordinal();
            if (!person && mp[1] != SpeakerKind.ORGANIZATION.ordinal()) {
                continue;
            }
            String key = (person ? "P " : "O ") + (person ? name.substring(name.lastIndexOf(' ') + 1)
                    : name.split(" ")[0]);
            counts.merge(key, 1, Integer::sum);
            before.merge(key, mp[0] < ms ? 1 : 0, Integer::sum);
            String was = full.get(key);
            if (was == null || name.length() > was.length()) {
                full.put(key, name);
            }
        }
        String best = StoryLeader.of(counts, before, 0);
        if (best == null) {
            return null;
        }
        boolean person = best.startsWith("P ");
        String name = full.get(best);
        if (!SpeakerNames.isName(name, person ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION)) {
            return null;
        }
        return new Speaker(ms, ms, null, name, person ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION, null);
    }

    /**
     * Session n57b, rule epithet-first-person: of the persons the whole text names at least {@link StoryLeader#TIMES}
     * times, the one it names first (the headline's or the lead's), when no other person is named more often (a person counted by
     * the last word of the name), named in full somewhere; else null. A story about two rivals named as often: the
     * first named, whom the headline and the lead are about.
     */
    static String firstPerson(Doc d, int ms) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> full = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int k = 0; k < d.names.mentionPos.size(); k++) {
            String name = d.names.mentionName.get(k);
            if (d.names.mentionPos.get(k)[1] != SpeakerKind.PERSON.ordinal() || name == null || name.isEmpty()
                    || !Character.isUpperCase(name.codePointAt(0))) {
                continue;
            }
            String key = name.substring(name.lastIndexOf(' ') + 1);
            if (d.names.mentionPos.get(k)[0] < ms) {
                order.add(key);
            }
            counts.merge(key, 1, Integer::sum);
            full.merge(key, name, (was, now) -> now.length() > was.length() ? now : was);
        }
        String first = order.stream().filter(key -> counts.get(key) >= StoryLeader.TIMES).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        for (int n : counts.values()) {
            if (n > counts.get(first)) {
                return null;
            }
        }
        String name = full.get(first);
        return name.contains(" ") && SpeakerNames.isName(name, SpeakerKind.PERSON) ? name : null;
    }

    /** What makes a release a body's own announcement: `a news release`, `the press release`. */
    private static final java.util.Set<String> RELEASE_KINDS = Lexicon.words("news press media");

    /**
     * Session n67b, rule unsigned-release-story-actor: a news or press release is by its nature its issuer's own
     * announcement, never a paper about someone by somebody else (as a report or a lawsuit may be), so one no nearer
     * rule gave an author is the story's clear actor even where the text names it here for the first time (`..., a
     * news release confirmed`): [a|the] news/press/media release, no other word in the mention.
     */
    private static boolean ownRelease(Doc d, int a, int end, String noun) {
        if (!noun.equals("release") || end != a + 2 || !RELEASE_KINDS.contains(d.toks.get(a + 1).low)) {
            return false;
        }
        String det = d.toks.get(a).low;
        return det.equals("a") || det.equals("the");
    }

    /** The document noun written before the mention: the story introduced the document (`resignation letter`). */
    private static boolean introduced(Doc d, int a, String noun) {
        for (int k = a - 1; k >= 0; k--) {
            if (Words.lowStripped(d.toks.get(k)).equals(noun) && d.toks.get(k).qrole == Tok.OUT) {
                return true;
            }
        }
        return false;
    }
}
