package io.statements.extraction.core;

/** A statement found by a sieve, in char (UTF-16) offsets, before conversion to the public record. */
final class Stmt {
    StatementKind kind;
    int cs, ce, ls, le;          // the quoted words; the reported clause around them
    int cueS = -1, cueE;
    Speaker sp;
    String via;
    Channel channel;
    double conf;
    int group;                   // statements sharing a group hang on one attribution
    int sent;
    String sieve;                // the rule that decided the attribution
}
