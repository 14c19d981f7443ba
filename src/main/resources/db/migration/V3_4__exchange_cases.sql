-- Exchange cases (BUC instances) as this node sees them. A case id is global: the case owner's node makes it
-- (its country, the year, a random part) and every participant stores the case under the same id.
create table exchange_case (
    id                  varchar(40)  primary key,
    buc_type            varchar(20)  not null,
    version             varchar(10)  not null,
    environment         varchar(10)  not null check (environment in ('PRODUCTION', 'TEST')),
    -- this node's side in the case
    node_role           varchar(20)  not null check (node_role in ('CASE_OWNER', 'COUNTERPARTY')),
    owner_institution   varchar(24)  not null,
    -- the French institution handling the case here; null while it waits in the liaison officers' queue
    local_institution   varchar(24),
    routed_by           varchar(100),
    status              varchar(20)  not null check (status in ('OPEN', 'CLOSED_LOCALLY', 'CLOSED', 'ARCHIVED')),
    status_since        date         not null,
    created_on          date         not null,
    last_activity       date         not null,
    inactive_on         date,
    archive_on          date,
    closed_on           date,
    archived_on         date,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index exchange_case_local on exchange_case (local_institution, status);
create index exchange_case_buc on exchange_case (buc_type, status);

create table exchange_case_participant (
    case_id      varchar(40) not null references exchange_case (id),
    institution  varchar(24) not null,
    role         varchar(20) not null check (role in ('CASE_OWNER', 'COUNTERPARTY')),
    added_at     timestamptz not null,
    removed_at   timestamptz,
    primary key (case_id, institution)
);

-- The SEDs of a case, sent or received. The content is kept as jsonb with the SHA-256 of the text as exchanged;
-- the message id makes every receipt idempotent (a duplicate finds its row and is acknowledged, not stored again).
create table exchange_sed (
    id                  varchar(60)  primary key,
    case_id             varchar(40)  not null references exchange_case (id),
    message_id          varchar(100) not null unique,
    type                varchar(10)  not null,
    version             varchar(10)  not null,
    action              varchar(30)  not null,
    direction           varchar(3)   not null check (direction in ('OUT', 'IN')),
    sender_role         varchar(20)  not null check (sender_role in ('CASE_OWNER', 'COUNTERPARTY')),
    sender_institution  varchar(24)  not null,
    receiver_institution varchar(24) not null,
    in_reply_to         varchar(60),
    participant         varchar(24),
    status              varchar(12)  not null check (status in ('SENT', 'RECEIVED', 'INVALIDATED')),
    content             jsonb        not null,
    content_hash        char(64)     not null,
    on_date             date         not null,
    created_at          timestamptz  not null,
    created_by          varchar(100) not null
);
create index exchange_sed_case on exchange_sed (case_id, created_at);

create table exchange_attachment (
    id          bigserial    primary key,
    sed_id      varchar(60)  not null references exchange_sed (id),
    file_name   varchar(200) not null,
    media_type  varchar(100) not null,
    size        integer      not null check (size >= 0),
    sha256      char(64)     not null,
    content     bytea        not null
);
create index exchange_attachment_sed on exchange_attachment (sed_id);

-- The history of a case: every action with its actor and time (ids and codes only, never the SED's content).
create table exchange_case_history (
    id        bigserial    primary key,
    case_id   varchar(40)  not null references exchange_case (id),
    at        timestamptz  not null,
    actor     varchar(100) not null,
    action    varchar(40)  not null,
    sed_id    varchar(60),
    detail    varchar(300)
);
create index exchange_case_history_case on exchange_case_history (case_id, id);

-- Replies awaited, as the BUC engine computes them after each action; the deadline job reads them.
create table exchange_deadline (
    case_id       varchar(40)  not null references exchange_case (id),
    sed_id        varchar(60)  not null,
    sed_type      varchar(10)  not null,
    awaited_from  varchar(20)  not null,
    due_by        date         not null,
    missed_on     date,
    primary key (case_id, sed_id)
);
create index exchange_deadline_due on exchange_deadline (due_by) where missed_on is null;

-- The transactional outbox: written in the transaction that stores the outgoing SED, emptied by the relay.
create table exchange_outbox (
    id               bigserial    primary key,
    message_id       varchar(100) not null unique,
    case_id          varchar(40)  not null,
    access_point     varchar(100) not null,
    payload          jsonb        not null,
    status           varchar(10)  not null check (status in ('PENDING', 'SENT', 'REJECTED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(300),
    created_at       timestamptz  not null,
    sent_at          timestamptz
);
create index exchange_outbox_pending on exchange_outbox (next_attempt_at) where status = 'PENDING';
