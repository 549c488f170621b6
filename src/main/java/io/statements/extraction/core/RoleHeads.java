package io.statements.extraction.core;

/**
 * Lower-case role heads ({@link SpeakerResolver}): `the then-principal` (n66d, rule then-title) and `the mayor` are
 * whom the text gave the role; a role no one was given, unless an anonymous one, is the story's person its epithet
 * describes (n50b: `the 35-year-old striker`).
 */
final class RoleHeads {
    private final Doc d;
    private final SpeakerResolver resolver;
    private final PronounResolver pronouns;
    private final RoleMentions roles;

    RoleHeads(Doc d, SpeakerResolver resolver, PronounResolver pronouns, RoleMentions roles) {
        this.d = d;
        this.resolver = resolver;
        this.pronouns = pronouns;
        this.roles = roles;
    }

    /** The person the role phrase [a, end] with head {@code lastLow} stands for; null when no role heads it. */
    Speaker speaker(int a, int end, String lastLow, int ms, int me, String mention) {
        String thenRole = lastLow.startsWith("then-") ? lastLow.substring(5) : ""; // n66d, rule then-title
        String thenHolder = RoleWords.ROLES.contains(thenRole) ? roles.holder(a, end, thenRole, ms) : null;
        if (thenHolder != null) { // `the then-principal` is whom the text gave `principal`
            return new Speaker(ms, me, mention, thenHolder, SpeakerKind.PERSON, null);
        }
        if (RoleWords.ROLES.contains(lastLow)) {
            String holder = roles.holder(a, end, lastLow, ms); // "the mayor": the one the article gave the title
            if (holder != null) {
                return new Speaker(ms, me, mention, holder, SpeakerKind.PERSON, null);
            }
            if (!Lexicon.ANON_NOUNS.contains(lastLow)) { // n50b: `the 35-year-old striker`: the story's person
                return EpithetTopics.speaker(d, resolver, pronouns, a, end, ms, me, mention, SpeakerKind.PERSON);
            }
        }
        return null;
    }
}
