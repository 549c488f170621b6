package io.statements.extraction.core;

/** A token: a word, a punctuation mark or a quotation mark, with its place in paragraphs, sentences and quotes. */
final class Tok {
    static final byte WORD = 0, PUNCT = 1, DQ = 2, SQ = 3;
    /** Role of a token in quote pairing. */
    static final byte OUT = 0, INSIDE = 1, OPEN = 2, CLOSE = 3, REOPEN = 4;

    int s, e;          // char (UTF-16) offsets
    byte type;
    String text, low;
    boolean cap;
    int para, sent;
    int q = -1;        // quote id when inside or a mark
    byte qrole = OUT;
    boolean covered;   // inside a "NAME:" transcript paragraph
    byte role;         // RoleWords.isRole once asked: 0 not yet, 1 yes, 2 no (type, low and cap never change)
    String roleForm;   // RoleWords.role once asked, null before (its text, low and cap are set by the tokenizer)
    long lex;          // WordBits: the word lists low is in, looked up once at tokenization
    boolean dotted;    // a word with a full stop (`Sen.`, `U.S.`): whole-text passes test this, not the text

    /** Whether the token's lower-case form is in the word list of a {@link WordBits} bit. */
    boolean has(long wordBit) {
        return (lex & wordBit) != 0;
    }
}
