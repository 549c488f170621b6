-- Linking (issue 13): the re-link command keeps the statements it has read from batch to batch and reads again only
-- those of utterances changed meanwhile (every recount sets updated_at): found through this index.
create index utterance_updated_idx on utterance (updated_at);
