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
    Stance stance;               // suggested by StanceRules, with its target and evidence span
    String stanceTarget;
    int stanceS = -1, stanceE;
}
