-- Identity: organisations, users and their roles. Users are never deleted (disabled instead), so that the
-- audit trail keeps pointing at someone who existed.
create table organisation (
    code        varchar(40)  primary key check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    name        varchar(200) not null,
    kind        varchar(40)  not null check (kind in ('LIAISON_BODY', 'FRENCH_INSTITUTION',
                                                      'FOREIGN_INSTITUTION', 'TRANSLATION_PROVIDER', 'OTHER')),
    created_at  timestamptz  not null default now()
);

create table app_user (
    id                 bigserial    primary key,
    username           varchar(100) not null check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    display_name       varchar(200) not null,
    email              varchar(320),
    password_hash      varchar(255) not null,
    organisation_code  varchar(40)  references organisation (code),
    enabled            boolean      not null default true,
    failed_attempts    integer      not null default 0 check (failed_attempts >= 0),
    locked_until       timestamptz,
    last_login_at      timestamptz,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);

create unique index app_user_username_ci on app_user (lower(username));

create table app_user_role (
    user_id  bigint      not null references app_user (id),
    role     varchar(40) not null check (role in ('LIAISON_OFFICER', 'INSTITUTION_AGENT', 'TRANSLATOR',
                                                  'TRANSLATION_MANAGER', 'STATISTICIAN', 'EDITOR', 'ADMIN')),
    primary key (user_id, role)
);
