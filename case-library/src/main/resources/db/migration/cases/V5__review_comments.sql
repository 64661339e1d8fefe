-- Comments an editor attaches to single fields when asking for changes, per submitted revision;
-- the partner sees those of the revision under review next to the fields.
create table cases.review_comment (
    case_id   bigint not null references cases.interview_case(id) on delete cascade,
    revision  int not null,
    field     varchar(60) not null,
    note      varchar(2000) not null,
    primary key (case_id, revision, field)
);
