-- An institution added to a case (X005) receives the SEDs exchanged so far with the same content and hash: jsonb
-- rewrites the text, so the text exactly as exchanged is kept too (null for SEDs stored before this version).
alter table exchange_sed add column content_text text;

-- The relay delivers the messages of one case to one access point in order: it takes the first pending one only.
create index exchange_outbox_case_order on exchange_outbox (access_point, case_id, id) where status = 'PENDING';
