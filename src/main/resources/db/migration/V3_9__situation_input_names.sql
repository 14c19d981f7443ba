-- API v1's one name per idea (issue #9 part 6): the situation kept with each posting request is read back as the API
-- reads it now, so the names of the requests already stored follow: the person's state of residence is
-- residenceState (was residence), and an earlier posting says postedFrom and state (was from and to), as an activity
-- does. Values are moved, never changed; running this twice changes nothing.
-- (A key's presence is tested with -> ... is not null: JDBC could take the ? operator for a parameter.)
update posting_request
set situation = jsonb_set(situation #- '{person,residence}', '{person,residenceState}', situation #> '{person,residence}')
where jsonb_typeof(situation -> 'person') = 'object' and situation -> 'person' -> 'residence' is not null;

update posting_request
set situation = jsonb_set(situation, '{earlierPostings}', (
        select jsonb_agg(case
                   when jsonb_typeof(posting) = 'object' and (posting -> 'from' is not null or posting -> 'to' is not null)
                       then (posting - 'from' - 'to')
                           || jsonb_build_object('postedFrom', posting -> 'from', 'state', posting -> 'to')
                   else posting end
               order by position)
        from jsonb_array_elements(situation -> 'earlierPostings') with ordinality as earlier(posting, position)))
where jsonb_typeof(situation -> 'earlierPostings') = 'array'
  and exists (select 1 from jsonb_array_elements(situation -> 'earlierPostings') as earlier(posting)
              where jsonb_typeof(posting) = 'object' and (posting -> 'from' is not null or posting -> 'to' is not null));
