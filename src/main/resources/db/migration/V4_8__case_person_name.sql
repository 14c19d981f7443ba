-- The person a case is about, as its first SED names them (family name, then given names), so that the inbox and
-- the case lists show a name without reading every SED's content. Personal data: shown only where the case is.
create function exchange_person_name(content jsonb) returns varchar(300)
    language sql immutable as $$
    select left(nullif(trim(concat_ws(' ',
               trim(content -> 'person' ->> 'familyName'),
               case jsonb_typeof(content -> 'person' -> 'givenNames')
                   when 'array' then (select string_agg(trim(g), ' ')
                                      from jsonb_array_elements_text(content -> 'person' -> 'givenNames') g)
                   when 'string' then trim(content -> 'person' ->> 'givenNames')
               end)), ''), 300)
$$;

alter table exchange_case add column person_name varchar(300);

-- existing cases: the first SED (in the order they were stored) that names a person
update exchange_case c set person_name = (
    select exchange_person_name(s.content) from exchange_sed s
    where s.case_id = c.id and exchange_person_name(s.content) is not null
    order by s.created_at, s.id limit 1)
where c.person_name is null;
