-- Linking (issue 13): a create's candidates are its speaker's statements within the window. At 1M statements their
-- words (one statement_words row each, found by primary key) and their utterances (for the closed flag) cost two
-- random page reads a candidate, about 300 of the ~390 page reads a create made (docs/linking.md, round 7).
--
-- Each words row now also says where its statement stood when the words were stored (speaker and link time), and an
-- index over that place holds the words themselves: a create reads its candidates' words from a few adjacent leaf
-- pages of statement_words_link_idx (an index-only scan), joined to the statements by id. A row whose statement has
-- since moved (another speaker or time) is not found there; the linker then takes its words for missing, normalises
-- the text again and stores the row at its new place. The words stay checked against the text's hash as before.
--
-- The statements themselves (~80 more scattered heap pages a create) are read through a covering index instead:
-- statement_link_idx becomes statement_link_cover_idx, which holds what the linker reads of a candidate except its
-- text. The text is read (by id) only where the stored words cannot stand for it: none stored, or stored for another
-- version of the statement (statement_version: every edit raises the version, so words made from an older text never
-- pass for a newer one, whoever stored them when), and where the paraphrase sieve may need it (reported speech, a
-- stored embedding).
alter table statement_words add column speaker_id uuid, add column link_at timestamptz,
                            add column statement_version bigint;

update statement_words w set speaker_id = s.speaker_id,
                             link_at = statements_link_at(s.stated_at, s.reported_at, s.created_at),
                             statement_version = s.version
from statement s where s.id = w.statement_id;

-- The expression's columns are included too: PostgreSQL answers from the index only when every column the query
-- names is in it.
create index statement_link_cover_idx on statement (speaker_id, statements_link_at(stated_at, reported_at, created_at))
    include (id, version, utterance_id, kind, stated_at, reported_at, created_at, link_manual);
drop index statement_link_idx;

-- The words in the index: at most 120 words, and the linker stores no words longer than 2,000 bytes (well under
-- the 2,704 bytes a b-tree entry may take).
create index statement_words_link_idx on statement_words (speaker_id, link_at)
    include (statement_id, statement_version, text_hash, words);

-- An index-only scan skips the table only on pages vacuum has marked all-visible: vacuum after 1 % of new rows
-- (the default waits for 20 %, 200,000 rows at 1M), so that the recent rows, the candidates of new statements, are.
alter table statement_words set (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.02);

-- The closed flag of a candidate's utterance, without reading the utterance: closed ones are few (editors' detaches).
create index utterance_closed_idx on utterance (id) where closed;
