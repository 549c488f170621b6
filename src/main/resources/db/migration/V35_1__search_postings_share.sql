-- How many postings an exact count of a search's words reads, as a share of all statements (#16): the sum of its
-- common words' shares (search_lexeme_share, from PostgreSQL's statistics; a word missing there is rarer than the
-- rarest common one and counts 0). Counting the matches of "fair wages" at 10M statements costs the intersection of
-- the two words' posting lists (~450,000 postings, ~60 ms of PostgreSQL) however few statements hold both words, so
-- the facets tell such a search from a cheap one by this sum rather than by its matches. Words are read in the
-- configuration of the search's first language (English without one), as statements_match_share reads them.
create or replace function statements_postings_share(language text, q text) returns real
    language plpgsql stable parallel safe as
$$
begin
    return (select coalesce(sum(coalesce(l.share, 0)), 0)::real
            from unnest(tsvector_to_array(to_tsvector(('public.' || statements_text_config(language))::regconfig, q))) as w(lexeme)
                     left join search_lexeme_share l on l.lexeme = w.lexeme);
end
$$;
