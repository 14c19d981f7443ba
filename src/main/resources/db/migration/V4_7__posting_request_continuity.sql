-- Issue #11 §4: a posting request may replace a withdrawn certificate or extend a valid one; it says which.
-- The certificate covers only the part after the one it extends; the engine assessed the posting as a whole.
alter table posting_request add column replaces_certificate varchar(40);
alter table posting_request add column extends_certificate varchar(40);

-- Finding the certificates and pending requests of the same person (birth date or NIR) at each submission.
create index certificate_holder_birth_date_idx on certificate (holder_birth_date);
create index certificate_holder_identifier_idx on certificate (holder_identifier) where holder_identifier is not null;
create index posting_request_holder_birth_date_idx on posting_request ((holder ->> 'birthDate'))
    where status in ('SUBMITTED', 'IN_REVIEW', 'APPROVED');
