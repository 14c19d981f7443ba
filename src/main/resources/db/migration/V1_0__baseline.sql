-- Liaison baseline. Each module adds its own migrations (V1_1 agreements, V1_2 identity, V1_3 audit, ...).
-- Migrations are never edited once landed.
create table if not exists liaison_instance (
    id          smallint primary key default 1 check (id = 1),
    created_at  timestamptz not null default now()
);
insert into liaison_instance (id) values (1) on conflict do nothing;
