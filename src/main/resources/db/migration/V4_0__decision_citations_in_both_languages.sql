-- A decision kept with a posting request cites each provision and requirement in French and English (issue #9:
-- every answer in the reader's language). Decisions stored before kept one citation string: it becomes the
-- citation in both languages, as it was shown to everyone until now.
CREATE OR REPLACE FUNCTION pg_temp.both_languages(items jsonb) RETURNS jsonb AS $$
    SELECT coalesce(jsonb_agg(
               CASE WHEN jsonb_typeof(item -> 'legalReference') = 'string'
                    THEN jsonb_set(item, '{legalReference}',
                                   jsonb_build_object('fr', item -> 'legalReference', 'en', item -> 'legalReference'))
                    ELSE item END
               ORDER BY position), '[]'::jsonb)
    FROM jsonb_array_elements(coalesce(items, '[]'::jsonb)) WITH ORDINALITY AS element(item, position)
$$ LANGUAGE sql IMMUTABLE;

UPDATE posting_request
SET decision = jsonb_set(jsonb_set(decision, '{legislation}', pg_temp.both_languages(decision -> 'legislation')),
                         '{checks}', pg_temp.both_languages(decision -> 'checks'))
WHERE decision IS NOT NULL;

DROP FUNCTION pg_temp.both_languages(jsonb);
