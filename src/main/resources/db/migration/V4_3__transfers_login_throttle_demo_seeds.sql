-- Issue #10 §6: authorisation and lock-out details.

-- A case held by a French institution moves to another only once a transfer was asked for, with a reason code, by
-- the holder's agent or a liaison officer (exchange). The row stays once the transfer is done, so that the former
-- holder still sees who moved the case, when, from where to where and why.
create table exchange_case_transfer (
    id                bigserial    primary key,
    case_id           varchar(40)  not null references exchange_case (id),
    from_institution  varchar(24)  not null,
    reason            varchar(40)  not null,
    requested_at      timestamptz  not null,
    requested_by      varchar(100) not null,
    to_institution    varchar(24),
    transferred_at    timestamptz,
    transferred_by    varchar(100)
);
-- at most one transfer waiting per case
create unique index exchange_case_transfer_pending on exchange_case_transfer (case_id) where transferred_at is null;
create index exchange_case_transfer_from on exchange_case_transfer (from_institution, case_id);

-- Sign-in slow-down shared by every instance (identity): per client address (failures in a window) and per
-- attempted user name that names no account (the same lock-out as an account's, so that the answer never tells
-- whether an account exists). Keys are SHA-256 digests: no address or typed name is stored in clear.
create table login_throttle (
    key           varchar(80)  primary key,
    failures      integer      not null default 0 check (failures >= 0),
    window_start  timestamptz,
    locked_until  timestamptz,
    updated_at    timestamptz  not null
);

-- Failed sign-ins with a user name that names no account, until the summary job counts them into one audit entry.
create table login_unknown_failure (
    id       bigserial    primary key,
    at       timestamptz  not null,
    address  varchar(80)  not null
);

-- Demo seeders (demo profile only): one row per seed, written in the transaction that seeds, so that a restart
-- never seeds twice whatever else happened since.
create table demo_seed (
    name       varchar(100) primary key,
    seeded_at  timestamptz  not null default now()
);
