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

-- One language per page (issue #11 §3): routing notes are the liaison body's own notes, written in French, its working
-- language, and shown with lang="fr" on English pages. The demo rules of V3_6 came with English notes: they are
-- translated here (only where the note is still the one V3_6 wrote).
update exchange_routing_rule r set note = t.fr
from (values
    ('agricultural scheme, any BUC', 'régime agricole, tout BUC'),
    ('pensions: the national old-age fund', 'retraites : la caisse nationale d’assurance vieillesse'),
    ('applicable legislation, Paris', 'législation applicable, Paris'),
    ('applicable legislation, Bas-Rhin', 'législation applicable, Bas-Rhin'),
    ('applicable legislation, elsewhere', 'législation applicable, ailleurs'),
    ('horizontal exchange, Paris', 'échange horizontal, Paris'),
    ('horizontal exchange, Hauts-de-Seine', 'échange horizontal, Hauts-de-Seine'),
    ('horizontal exchange, Bas-Rhin', 'échange horizontal, Bas-Rhin'),
    ('sickness, Paris', 'maladie, Paris'),
    ('sickness, Hauts-de-Seine', 'maladie, Hauts-de-Seine'),
    ('sickness, Bas-Rhin', 'maladie, Bas-Rhin'),
    ('sickness, Alpes-Maritimes', 'maladie, Alpes-Maritimes'),
    ('sickness, Nord', 'maladie, Nord'),
    ('family benefits, Paris', 'prestations familiales, Paris'),
    ('family benefits, Bas-Rhin', 'prestations familiales, Bas-Rhin'),
    ('family benefits, elsewhere', 'prestations familiales, ailleurs'),
    ('unemployment', 'chômage')) as t(en, fr)
where r.note = t.en;
