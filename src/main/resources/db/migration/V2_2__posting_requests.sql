-- Posting requests: submitted by employers or self-employed persons, decided by the engine or by a liaison officer.
-- The situation and the engine's trace are kept as submitted and as decided (jsonb), so the decision can be explained later.
create sequence posting_request_number_seq;

create table posting_request (
    number            varchar(20)  primary key,
    access_code_hash  varchar(64)  not null,
    status            varchar(20)  not null check (status in ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REFUSED')),
    engine_status     varchar(20)  check (engine_status in ('DECIDED', 'NEEDS_ASSESSMENT', 'NEEDS_AGREEMENT', 'NEEDS_INFORMATION')),
    situation         jsonb        not null,
    holder            jsonb        not null,
    employer_name     varchar(200) not null,
    public_fields     varchar(200) not null default '',
    work_state        varchar(5)   not null,
    posted_from       varchar(5)   not null,
    decision          jsonb,
    reason_fr         text,
    reason_en         text,
    exchange_needed   boolean      not null default false,
    exchange_partner  varchar(5),
    submitted_at      timestamptz  not null default now(),
    decided_at        timestamptz,
    decided_by        varchar(100)
);

create index posting_request_queue on posting_request (status, submitted_at);

create table posting_certificate (
    request_number     varchar(20) not null references posting_request (number),
    certificate_number varchar(60) not null,
    primary key (request_number, certificate_number)
);
