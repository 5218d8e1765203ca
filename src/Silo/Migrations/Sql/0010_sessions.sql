-- Sessions, stored append-only (see PostgresSessionStore): a small header row per session and one row per
-- interaction, so that a step writes the header and the one interaction it touched instead of the whole audit trail.
-- The header's columns are what the project's session list filters and shows; state holds the rest of the session
-- (workflow, subject, children...) as the JSON the grain state used to hold, without its interactions.
-- version is the optimistic guard: every save names the version it started from.
CREATE TABLE sessions
(
    session_id        uuid        NOT NULL,
    project_id        uuid        NOT NULL,
    type              text        NOT NULL,
    status            text        NOT NULL,
    component_id      uuid        NOT NULL,
    parent_session_id uuid,
    step              text        NOT NULL,
    failure_reason    text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    state             jsonb       NOT NULL,
    version           bigint      NOT NULL,
    CONSTRAINT pk_sessions PRIMARY KEY (session_id)
);

-- The session list: a project's sessions, newest first.
CREATE INDEX ix_sessions_project_created ON sessions (project_id, created_at DESC, session_id);

-- seq is the interaction's place in the session (0, 1, ...): interactions are never deleted or reordered.
CREATE TABLE session_interactions
(
    session_id  uuid    NOT NULL,
    seq         integer NOT NULL,
    interaction jsonb   NOT NULL,
    CONSTRAINT pk_session_interactions PRIMARY KEY (session_id, seq)
);

-- Sessions stored before this migration are Orleans grain state rows (state name 'session', the whole session with
-- its interactions as one JSON document). They move here; the grain key is the session id, split by Orleans into
-- two little-endian halves of Guid.ToByteArray(), which this reassembles into the uuid's byte order.
CREATE TEMPORARY TABLE old_sessions ON COMMIT DROP AS
SELECT DISTINCT ON (session_id) session_id, payload
  FROM (SELECT (substr(h0, 9, 8) || substr(h0, 5, 4) || substr(h0, 1, 4)
                || substr(h1, 15, 2) || substr(h1, 13, 2) || substr(h1, 11, 2) || substr(h1, 9, 2)
                || substr(h1, 7, 2) || substr(h1, 5, 2) || substr(h1, 3, 2) || substr(h1, 1, 2))::uuid AS session_id,
               payload, modified_on
          FROM (SELECT encode(int8send(grain_id_n0), 'hex') AS h0, encode(int8send(grain_id_n1), 'hex') AS h1, payload, modified_on
                  FROM orleans_grain_state
                 WHERE grain_type = 'session' AND payload IS NOT NULL) AS keys) AS rows
 ORDER BY session_id, modified_on DESC;

INSERT INTO sessions (session_id, project_id, type, status, component_id, parent_session_id, step, failure_reason,
                      created_at, updated_at, state, version)
SELECT session_id, (payload ->> 'project_id')::uuid, payload ->> 'type', payload ->> 'status',
       (payload -> 'subject' ->> 'component_id')::uuid, (payload ->> 'parent_session_id')::uuid,
       payload -> 'workflow' ->> 'step', payload ->> 'failure_reason',
       (payload ->> 'created_at')::timestamptz, (payload ->> 'updated_at')::timestamptz,
       payload - 'interactions' - 'driver', 1
  FROM old_sessions;

INSERT INTO session_interactions (session_id, seq, interaction)
SELECT s.session_id, (i.ordinality - 1)::integer, i.value
  FROM old_sessions s, jsonb_array_elements(COALESCE(s.payload -> 'interactions', '[]')) WITH ORDINALITY AS i;

-- The old per-project session lists are now a query over sessions.
DELETE FROM orleans_grain_state WHERE grain_type IN ('session', 'session_index');
