-- The institution repository (IR) of the exchange hub: the institutions that send and receive SEDs, the BUCs each
-- handles with its role, and the imports that fill it. Filled only by imports (the demo file at first start-up, then
-- FULL or DELTA files); an institution an import takes out keeps its row with removed_on set, so that old cases
-- still resolve its id, and is never routed again.
create table exchange_institution (
    id            varchar(24)  primary key,
    country       char(2)      not null,
    code          varchar(20)  not null,
    name          varchar(300) not null,
    acronym       varchar(50),
    environment   varchar(10)  not null check (environment in ('PRODUCTION', 'TEST')),
    access_point  varchar(100) not null,
    valid_from    date         not null,
    valid_to      date,
    removed_on    date,
    -- SHA-256 of the record as imported: a DELTA or FULL import rewrites nothing whose hash did not change
    content_hash  char(64)     not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    check (valid_to is null or valid_to >= valid_from),
    check (id = country || ':' || code)
);
create index exchange_institution_country on exchange_institution (country, environment);
create index exchange_institution_name on exchange_institution (lower(name));

create table exchange_institution_buc (
    institution_id  varchar(24) not null references exchange_institution (id) on delete cascade,
    buc_type        varchar(20) not null,
    role            varchar(20) not null check (role in ('CASE_OWNER', 'COUNTERPARTY')),
    primary key (institution_id, buc_type, role)
);
-- the routing question: counterparties for a BUC
create index exchange_institution_buc_routing on exchange_institution_buc (buc_type, role);

create table exchange_institution_import (
    id          bigserial    primary key,
    mode        varchar(10)  not null check (mode in ('FULL', 'DELTA')),
    status      varchar(10)  not null check (status in ('APPLIED', 'REFUSED')),
    source      varchar(200) not null,
    records     integer      not null,
    added       integer      not null,
    changed     integer      not null,
    unchanged   integer      not null,
    removed     integer      not null,
    refused     integer      not null,
    actor       varchar(100) not null,
    started_at  timestamptz  not null,
    finished_at timestamptz  not null default now()
);
