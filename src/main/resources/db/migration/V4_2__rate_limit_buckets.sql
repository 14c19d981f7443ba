-- Bucket4j's token buckets (shared.ratelimits.Bucket4jRateLimits): one row per allowance and client address, shared
-- by every instance. state is Bucket4j's serialised bucket; expires_at (epoch milliseconds) is when the bucket is full
-- again plus a minute, after which the housekeeping job deletes the row.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
