-- Certificates of applicable legislation (PD A1 and bilateral certificates of posting).
-- The holder's details are personal data: they are kept here to print the certificate and answer verifications,
-- never copied to the audit trail. The verification code is kept only as a salted SHA-256 hash.

-- One counter per number prefix and year: FR-A1-2026-000123, FR-DET-2026-000045.
create table certificate_number_counter (
    prefix      varchar(20) not null,
    year        integer     not null,
    last_value  integer     not null check (last_value > 0),
    primary key (prefix, year)
);

create table certificate (
    number                  varchar(40)  primary key,
    kind                    varchar(30)  not null check (kind in ('PD_A1', 'BILATERAL_POSTING')),
    posting_request_number  varchar(60),
    holder_family_name      varchar(200) not null,
    holder_given_names      varchar(200) not null,
    holder_birth_date       date         not null,
    holder_nationality      varchar(5),
    holder_identifier       varchar(60),
    employer_name           varchar(300) not null,
    employer_id             varchar(60)  not null,
    competent_state         varchar(5)   not null,
    work_state              varchar(5)   not null,
    period_start            date         not null,
    period_end              date         not null check (period_end >= period_start),
    provision_code          varchar(80)  not null,
    instrument_id           varchar(80)  not null,
    public_fields           varchar(200) not null default '',
    code_salt               bytea        not null,
    code_hash               bytea        not null,
    issued_at               timestamptz  not null,
    issued_by               varchar(200) not null,
    withdrawn_at            timestamptz,
    withdrawn_by            varchar(200),
    withdrawal_reason       varchar(1000),
    pdf                     bytea        not null,
    check ((withdrawn_at is null) = (withdrawal_reason is null))
);

create index certificate_issued_idx on certificate (issued_at desc);
create index certificate_posting_request_idx on certificate (posting_request_number);
