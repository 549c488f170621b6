-- Linking (issue 13): each statement's normalised words as the linker compares them (the normalisation rules of
-- io.statements.utterance.ReportText applied, stemmed, at most ReportText.MAX_WORDS, space-separated), stored when
-- the statement is linked or is a candidate of one being linked, and by the re-link command. Read with the
-- candidates (same query), so a create splits strings instead of normalising every candidate text again.
-- No foreign key, as statement_embedding: a linker may store a candidate's words while another transaction deletes
-- that statement; a trigger removes the row with its statement (a row left by that race is never read).
create table statement_words (
    statement_id  uuid   primary key,
    -- the first 8 bytes of SHA-256 over the rules' version and the text: words of another text, or made by other
    -- rules, are not used (they are normalised again and replaced)
    text_hash     bigint not null,
    words         text   not null
);

create or replace function statement_words_deleted() returns trigger language plpgsql as
$$
begin
    delete from statement_words where statement_id = old.id;
    return null;
end
$$;
create trigger statement_words_deleted after delete on statement
    for each row execute function statement_words_deleted();
