-- The audit trail: append-only and hash-chained (see org.liaison.audit.internal.AuditHash for the exact
-- canonical serialisation). Ids are dense (assigned under an advisory lock as last id + 1, never from a
-- sequence) so that a deleted row shows as a gap, and each row carries the hash of the row before it.
create table audit_entry (
    id             bigint       primary key check (id > 0),
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    action         varchar(100) not null,
    object_type    varchar(100) not null,
    object_id      varchar(200),
    origin         varchar(100),
    details        jsonb        not null default '{}'::jsonb,
    previous_hash  char(64)     not null,
    hash           char(64)     not null unique
);

create index audit_entry_actor_idx on audit_entry (lower(actor), id desc);
create index audit_entry_action_idx on audit_entry (action, id desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id, id desc);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
