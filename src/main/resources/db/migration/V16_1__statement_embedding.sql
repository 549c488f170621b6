-- Linking (issue 13): the sentence embedding of each statement the paraphrase sieve (SAME_MEANING) has read, so that
-- no statement is embedded twice: not after a restart, not by another instance, not by the re-link command. Only
-- statements that passed the sieve's gates with some candidate have one; most never do.
-- No foreign key: the linker stores a candidate's vector while another transaction may delete that statement, and
-- a foreign-key failure there would fail the create that was linking. A trigger removes the row with its statement.
create table statement_embedding (
    statement_id  uuid    primary key,
    -- Java String.hashCode of the text embedded: a statement whose text changed is embedded again.
    text_hash     integer not null,
    -- all-MiniLM-L6-v2: 384 float32, big-endian, 1,536 bytes.
    vector        bytea   not null
);

create or replace function statement_embedding_deleted() returns trigger language plpgsql as
$$
begin
    delete from statement_embedding where statement_id = old.id;
    return null;
end
$$;
create trigger statement_embedding_deleted after delete on statement
    for each row execute function statement_embedding_deleted();
