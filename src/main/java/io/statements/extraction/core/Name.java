package io.statements.extraction.core;

/** A run of capitalised tokens read as a person or an organisation, with its canonical name. */
final class Name {
    String canonical;
    SpeakerKind kind;

    /**
     * The person the capitalised run [a, e] names, by full name ({@link #inFull}); null when the run names no person.
     * The rules that look for a person by full name in a run (an age, a qualified title) share it, so that they agree
     * on who that is.
     */
    static String personInFull(NameIndex names, int a, int e) {
        Name nm = names.classify(a, e);
        return nm == null || nm.kind != SpeakerKind.PERSON || nm.canonical == null ? null : inFull(names, nm.canonical);
    }

    /**
     * A person's canonical name in full: as it is when it has two words or more, else the full name the article gave
     * that surname (`Holt` after `Anna Holt`); null for a surname the article never gave in full, which names nobody
     * surely.
     */
    static String inFull(NameIndex names, String canonical) {
        String full = canonical.contains(" ") ? canonical : names.lastNameToFull.get(canonical);
        return full != null && full.contains(" ") ? full : null;
    }
}
