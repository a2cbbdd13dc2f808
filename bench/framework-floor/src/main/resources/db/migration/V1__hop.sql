create table hop (
    id         uuid primary key,
    payload    text not null,
    handled_at timestamp with time zone not null
);
