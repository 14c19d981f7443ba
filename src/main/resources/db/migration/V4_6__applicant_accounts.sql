-- Applicant accounts (issue #11 §4): employers and self-employed persons sign up with an e-mail address verified by
-- a link, then apply for posting certificates from their account. An applicant is a user of the identity module
-- (app_user, role APPLICANT) with a profile; its username is generated ('applicant-' || id) so that the audit trail,
-- which names users by username, never holds an e-mail address. Applicants sign in with their e-mail address.

alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('LIAISON_OFFICER', 'INSTITUTION_AGENT', 'TRANSLATOR', 'TRANSLATION_MANAGER', 'STATISTICIAN',
                    'EDITOR', 'ADMIN', 'MONITORING', 'APPLICANT'));

create table applicant (
    user_id            bigint       primary key references app_user (id),
    email              varchar(320) not null,
    kind               varchar(20)  not null check (kind in ('EMPLOYER', 'SELF_EMPLOYED')),
    -- an employer: its SIRET (14 digits, key checked by the application) and its name as given
    siret              char(14)     check (siret ~ '^[0-9]{14}$'),
    company_name       varchar(500),
    -- a self-employed person: their own identity, as printed on their certificates
    family_name        varchar(200),
    given_names        varchar(200),
    birth_date         date,
    email_verified_at  timestamptz,
    created_at         timestamptz  not null default now(),
    check (kind <> 'EMPLOYER' or (siret is not null and company_name is not null)),
    check (kind <> 'SELF_EMPLOYED' or (family_name is not null and given_names is not null and birth_date is not null))
);

create unique index applicant_email_ci on applicant (lower(email));

-- Links sent to verify an address: only the SHA-256 of the random token is kept; used once, expires.
create table applicant_token (
    token_hash  char(64)    primary key,
    user_id     bigint      not null references app_user (id),
    purpose     varchar(20) not null check (purpose in ('VERIFY_EMAIL')),
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);

create index applicant_token_user on applicant_token (user_id);

-- Mails are written here in the transaction of what they announce and sent from here by a relay with retries
-- (identity.internal.mail.MailRelay), so that none is lost when the SMTP server is down or not configured.
create table mail_outbox (
    id               bigserial    primary key,
    recipient        varchar(320) not null,
    subject          varchar(300) not null,
    body             text         not null,
    -- what the mail is about, for the audit trail (never the recipient): e.g. VERIFY_EMAIL
    purpose          varchar(40)  not null,
    object_id        varchar(100),
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null default now(),
    last_error       varchar(300),
    created_at       timestamptz  not null default now(),
    sent_at          timestamptz
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';

-- The account a request was made from (identity's username; no foreign key across modules). Null: anonymous.
alter table posting_request add column applicant varchar(100);
create index posting_request_applicant on posting_request (applicant, submitted_at);
