-- Annual base salary benchmark by role × location × level. '*' matches any value; the most specific matching
-- row wins and the all-'*' row is the fallback. A role matches when a position title contains one of its
-- title_keywords. The figures are illustrative seed data: replace them with a licensed survey in production.
create table salary_benchmark (
    id             bigint       primary key,
    role           varchar(100) not null,
    title_keywords text[]       not null,
    location       varchar(100) not null,
    level          varchar(50)  not null,
    currency       varchar(3)   not null,
    p25            bigint       not null,
    p50            bigint       not null,
    p75            bigint       not null,
    p90            bigint       not null,
    source         varchar(300) not null,
    as_of          date         not null,
    unique (role, location, level),
    check (0 < p25 and p25 <= p50 and p50 <= p75 and p75 <= p90)
);

insert into salary_benchmark (id, role, title_keywords, location, level, currency, p25, p50, p75, p90, source, as_of)
values
    (1, 'Backend developer', '{backend,python,java,golang,server}', 'London', 'junior', 'GBP',
        40000, 46000, 53000, 60000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (2, 'Backend developer', '{backend,python,java,golang,server}', 'London', 'mid', 'GBP',
        55000, 65000, 77000, 88000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (3, 'Backend developer', '{backend,python,java,golang,server}', 'London', 'senior', 'GBP',
        72000, 84000, 98000, 112000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (4, 'Backend developer', '{backend,python,java,golang,server}', 'London', '*', 'GBP',
        52000, 63000, 76000, 90000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (5, 'Frontend developer', '{frontend,front-end,react,javascript,typescript}', 'London', '*', 'GBP',
        45000, 56000, 68000, 80000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (6, 'Backend developer', '{backend,python,java,golang,server,后端}', 'Shanghai', '*', 'CNY',
        240000, 320000, 420000, 520000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (7, 'Backend developer', '{backend,python,java,golang,server}', 'Berlin', '*', 'EUR',
        55000, 65000, 76000, 88000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01'),
    (8, '*', '{}', '*', '*', 'USD',
        60000, 75000, 92000, 110000, 'Seed salary benchmark v1 (illustrative figures)', '2025-01-01');
