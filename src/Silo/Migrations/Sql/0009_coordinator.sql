-- The project coordinator's evidence, one row per reported file and per test (see PostgresCoordinatorStore), so that
-- a one-file delta writes one row. Claims and approvals are small and live in the coordinator's grain state.
CREATE TABLE coordinator_files
(
    project_id uuid NOT NULL,
    path       text NOT NULL,
    CONSTRAINT pk_coordinator_files PRIMARY KEY (project_id, path)
);

-- The latest tests of each test file: a report that ran a file replaces that file's rows. file is '' for tests
-- whose report named no file. seq keeps the report's order.
CREATE TABLE coordinator_tests
(
    project_id  uuid        NOT NULL,
    file        text        NOT NULL,
    seq         integer     NOT NULL,
    title       text        NOT NULL,
    full_title  text        NOT NULL,
    outcome     text        NOT NULL,
    message     text,
    reported_at timestamptz NOT NULL,
    CONSTRAINT pk_coordinator_tests PRIMARY KEY (project_id, file, seq)
);
