-- API clients (issue #10 §7): an institution's application authenticates with a bearer token instead of a
-- person's password. The secret is 256 random bits shown once to the administrator; only its SHA-256 is kept
-- (a slow password hash would add its ~75 ms to every call for no gain: the secret cannot be guessed).
-- Clients are revoked, never deleted, so that the audit trail keeps pointing at one that existed.

-- A role for monitoring tools (metrics, info), for a person or an API client.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('LIAISON_OFFICER', 'INSTITUTION_AGENT', 'TRANSLATOR', 'TRANSLATION_MANAGER', 'STATISTICIAN',
                    'EDITOR', 'ADMIN', 'MONITORING'));

create table api_client (
    id                 bigserial    primary key,
    -- the signed-in name is 'client:' || name, which no username can be (usernames have no colon)
    name               varchar(60)  not null unique check (name ~ '^[a-z0-9][a-z0-9._-]*$'),
    organisation_code  varchar(40)  not null references organisation (code),
    -- least privilege: only the roles an application may hold (identity.Role#forApiClients)
    role               varchar(40)  not null check (role in ('INSTITUTION_AGENT', 'MONITORING')),
    -- the public part of the token, to find the row; the secret part is compared by its hash
    key_id             char(16)     not null unique,
    secret_hash        char(64)     not null,
    expires_at         timestamptz  not null,
    created_at         timestamptz  not null default now(),
    created_by         varchar(200) not null,
    revoked_at         timestamptz,
    revoked_by         varchar(200),
    last_used_at       timestamptz
);

-- Calls per client and minute, written in batches (identity.internal.ApiClientUsage): one audit entry per call
-- would serialise every API call on the audit chain's lock.
create table api_client_usage (
    client_id     bigint      not null references api_client (id),
    minute        timestamptz not null,
    calls         bigint      not null check (calls >= 0),
    refused       bigint      not null check (refused >= 0),
    primary key (client_id, minute)
);
