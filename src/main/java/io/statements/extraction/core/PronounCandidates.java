package io.statements.extraction.core;

/**
 * Whether each name mention of the text can be the person a `he` or `she` stands for, decided once a mention (n50d,
 * throughput). {@link LastNamedAntecedents#before} walks the mentions back from every pronoun and asked the same tests of
 * the same mentions again and again; every test reads only the tokens and what the name pre-pass recorded, which no
 * later stage changes, so the answer of the first walk holds for every later one.
 */
final class PronounCandidates {
    /** No person for `he`/`she`: a place, a people's plural, a thing, an abbreviation (`Nov.`). */
    static final byte NONE = 1;
    /** A person a pronoun may stand for. */
    static final byte PERSON = 2;
    /** A weak one-word name (rule he-she-weak-one-word): a fallback when no one is named in full in reach. */
    static final byte WEAK = 3;

    private final Doc d;
    private final NameIndex names;
    private byte[] known; // by mention index; 0 until asked

    PronounCandidates(Doc d) {
        this.d = d;
        this.names = d.names;
    }

    /** What person mention k (its kind PERSON) is to `he`/`she`. */
    byte of(int k) {
        if (known == null) {
            known = new byte[names.mentionPos.size()];
        }
        if (k >= known.length) {
            return decide(k);
        }
        byte b = known[k];
        if (b == 0) {
            b = decide(k);
            known[k] = b;
        }
        return b;
    }

    private byte[] places; // by mention index: 1 a country's name, 2 not; 0 until asked

    /** Whether mention k is a country's name ({@link WorldPlaces}), which no `it` stands for; once a mention too. */
    boolean worldPlace(int k) {
        if (places == null) {
            places = new byte[names.mentionPos.size()];
        }
        if (k >= places.length) {
            return WorldPlaces.is(names.mentionName.get(k));
        }
        if (places[k] == 0) {
            places[k] = WorldPlaces.is(names.mentionName.get(k)) ? (byte) 1 : (byte) 2;
        }
        return places[k] == 1;
    }

    private byte[] locatives; // by mention index: 1 a place written as a location or owner, 2 not; 0 until asked

    /** Whether mention k is a place written as where something is or as a named body's owner ({@link LocativePlaces}). */
    boolean locativePlace(int k) {
        if (locatives == null) {
            locatives = new byte[names.mentionPos.size()];
        }
        if (k >= locatives.length) {
            return LocativePlaces.locative(d, names.mentionPos.get(k)[2], names.mentionName.get(k));
        }
        if (locatives[k] == 0) {
            locatives[k] = LocativePlaces.locative(d, names.mentionPos.get(k)[2], names.mentionName.get(k)) ? (byte) 1 : (byte) 2;
        }
        return locatives[k] == 1;
    }

    private byte decide(int k) {
        String name = names.mentionName.get(k);
        int tok = names.mentionPos.get(k)[2];
        // session names23, rule pronoun-not-abbreviation: `on Nov. 8`, `(D-Mo.)` are no last person either
        if (PersonAntecedents.nonPerson(name) || name.endsWith(".") || PronounAgreement.noOnePerson(d, name)
                || ThingNames.afterArticle(d, tok) || WeakPersons.thing(d, tok, name)
                || PlaceMentions.writtenAsPlace(d, tok, name) // n63e: `in Foo`, `X Colony`
                || BodyAntecedents.reportingOutlet(d, tok, name) // n67c: `..., Kivana reported.`
                || BodyEvidenceNames.body(d, name) // n72b: `insurer Norvale`, `Norvale customers`
                || BodyEvidenceNames.outletTitle(d, name)) { // n74a: `Harbour Daily`
            return NONE;
        }
        return WeakPersons.weak(d, name) ? WEAK : PERSON; // n49a: `Velda, Orso and Kaprin`: a fallback
    }
}
