-- A bulk import inserts each new statement with the id of an utterance of its own already set, and the linker creates
-- that utterance (or moves the statement to another one) later in the same transaction: one write of each statement
-- instead of an insert and an update of all its indexes (#13). Such a transaction defers this check
-- (SET CONSTRAINTS ... DEFERRED) until the linker has run; everywhere else it stays immediate.
alter table statement alter constraint statement_utterance_fk deferrable initially immediate;
