-- Component graphs, one row per item, so that a write touches only what it changes (see PostgresArchitectureStore).
-- architecture_projects.version is the optimistic guard: every save moves it, naming the version it started from.
CREATE TABLE architecture_projects
(
    project_id uuid        NOT NULL,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_architecture_projects PRIMARY KEY (project_id)
);

CREATE TABLE architecture_components
(
    project_id          uuid    NOT NULL,
    component_id        uuid    NOT NULL,
    name                text    NOT NULL,
    module_name         text    NOT NULL,
    type                text    NOT NULL,
    description         text,
    priority            integer NOT NULL,
    parent_component_id uuid,
    CONSTRAINT pk_architecture_components PRIMARY KEY (project_id, component_id),
    CONSTRAINT uq_architecture_components_module UNIQUE (project_id, module_name)
);

-- The primary keys lead with project_id: loading one project is an index range scan on each table.
CREATE TABLE architecture_dependencies
(
    project_id uuid NOT NULL,
    source_id  uuid NOT NULL,
    target_id  uuid NOT NULL,
    CONSTRAINT pk_architecture_dependencies PRIMARY KEY (project_id, source_id, target_id),
    CONSTRAINT ck_architecture_dependencies_not_self CHECK (source_id <> target_id)
);

-- A similar link is symmetric and stored once (the grain orders the pair).
CREATE TABLE architecture_similar_links
(
    project_id uuid NOT NULL,
    first_id   uuid NOT NULL,
    second_id  uuid NOT NULL,
    CONSTRAINT pk_architecture_similar_links PRIMARY KEY (project_id, first_id, second_id)
);
