-- A posting request needing the partner's agreement (Reg. 883/2004 art. 16(1)) opens a LA_BUC_01 case with an A001;
-- the partner's answer (A011 agreement, A002 refusal) comes back on the request and puts it on top of the queue.
alter table posting_request
    add column exchange_case_id  varchar(64) unique,
    add column agreement_answer  varchar(10) check (agreement_answer in ('AGREED', 'REFUSED', 'OTHER')),
    add column answer_sed_type   varchar(10),
    add column answer_received_at timestamptz;

-- What happened to a request beyond its status (the exchange with the partner), shown on the officer's page.
-- Codes and ids only: no personal data.
create table posting_request_event (
    id             bigserial    primary key,
    request_number varchar(20)  not null references posting_request (number),
    at             timestamptz  not null default now(),
    kind           varchar(30)  not null,
    case_id        varchar(64),
    sed_type       varchar(10),
    actor          varchar(100) not null
);

create index posting_request_event_request on posting_request_event (request_number, at);
