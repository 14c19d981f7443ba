-- National side: which French institution handles an incoming case. Rules are data: the most specific matching
-- rule wins (lowest priority number first); a case no rule routes waits in the liaison officers' queue.
create table exchange_routing_rule (
    id           bigserial    primary key,
    priority     integer      not null,
    buc_type     varchar(20),
    sector       varchar(5),
    region       varchar(10),
    scheme       varchar(20),
    institution  varchar(24)  not null,
    note         varchar(200)
);

-- Which IR institutions an organisation's agents act for (an agent sees only the cases of these institutions).
create table exchange_organisation_institution (
    organisation_code  varchar(40) not null,
    institution        varchar(24) not null,
    primary key (organisation_code, institution)
);
