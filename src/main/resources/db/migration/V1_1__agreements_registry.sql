-- The registry of partners and agreements. Filled from the versioned files under reference/agreements/ by the
-- application at start-up (only when their checksum changed); never edited by hand.
create table reference_data_load (
    name        varchar(64) primary key,
    checksum    char(64)    not null,
    loaded_at   timestamptz not null default now()
);

create table agreements_partner (
    code        varchar(5)   primary key,
    name_fr     varchar(200) not null,
    name_en     varchar(200) not null,
    kind        varchar(32)  not null
);

create table agreements_instrument (
    id               varchar(64)  primary key,
    kind             varchar(32)  not null,
    title_fr         text         not null,
    title_en         text         not null,
    signed           varchar(10),
    in_force         varchar(10),
    ended            varchar(10),
    replaced_by      varchar(64)  references agreements_instrument (id) deferrable initially deferred,
    legal_reference  text         not null,
    status           varchar(16)  not null,
    source           text         not null
);

-- Dates are ISO 8601 text ('1981', '1981-06' or '1981-06-01') so that a date known only by its year keeps
-- that precision; from_day/to_day give the widest range for range queries.
create table agreements_instrument_partner (
    id             serial       primary key,
    instrument_id  varchar(64)  not null references agreements_instrument (id),
    partner_code   varchar(5)   not null references agreements_partner (code),
    date_from      varchar(10),
    date_to        varchar(10),
    from_day       date,
    to_day         date,
    role           varchar(16)  not null,
    status         varchar(16)  not null,
    source         text         not null,
    note_fr        text         not null,
    note_en        text         not null
);
create index agreements_instrument_partner_partner on agreements_instrument_partner (partner_code);

create table agreements_fact (
    id             serial       primary key,
    instrument_id  varchar(64)  not null references agreements_instrument (id),
    partner_code   varchar(5)   references agreements_partner (code),
    fact           varchar(64)  not null,
    value          text,
    valid_from     varchar(10),
    valid_to       varchar(10),
    status         varchar(16)  not null check (status in ('verified', 'to_check', 'unknown')),
    source         text         not null,
    note_fr        text         not null,
    note_en        text         not null,
    check (status = 'unknown' or value is not null)
);
create index agreements_fact_instrument on agreements_fact (instrument_id);

create table agreements_timeline_event (
    id             serial       primary key,
    event_date     varchar(10)  not null,
    title_fr       text         not null,
    title_en       text         not null,
    instrument_id  varchar(64)  references agreements_instrument (id),
    source         text         not null
);
