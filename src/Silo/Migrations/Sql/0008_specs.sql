-- One spec document per component (DOMAIN.md §6), written through the architecture grain under the project's
-- version guard like the rows of 0007. Deleting a component deletes its spec (cascade).
-- content_hash is the lower-case hex SHA-256 of the content's UTF-8 bytes; size counts those bytes.
CREATE TABLE architecture_specs
(
    project_id      uuid        NOT NULL,
    component_id    uuid        NOT NULL,
    module_name     text        NOT NULL,
    document_type   text        NOT NULL,
    content         text        NOT NULL,
    content_hash    text        NOT NULL,
    size            integer     NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by_kind text        NOT NULL,
    updated_by_id   text        NOT NULL,
    CONSTRAINT pk_architecture_specs PRIMARY KEY (project_id, component_id),
    CONSTRAINT fk_architecture_specs_component FOREIGN KEY (project_id, component_id)
        REFERENCES architecture_components (project_id, component_id) ON DELETE CASCADE
);
