-- A session's lease deadline in its header: the pending command's leased_until while the session is active, null
-- otherwise. The lease sweeper (one reminder for the whole service) finds lapsed leases here, so a session no longer
-- registers a reminder of its own: starting and ending a session cost no reminder writes.
ALTER TABLE sessions ADD COLUMN leased_until timestamptz;

-- The sweeper reads the active sessions through this index and checks their leases. leased_until itself is not
-- indexed: it moves on every step, and an index on it would turn each step's header update into new entries in every
-- index of the table. status changes twice in a session's life.
CREATE INDEX ix_sessions_active ON sessions (session_id) WHERE status = 'active';

-- Room in each page for a header's next version, so that a step's update can stay on its page (a HOT update, which
-- writes no index entries). Applies to pages written from now on.
ALTER TABLE sessions SET (fillfactor = 70);

-- Active sessions saved before this migration: their pending command's lease, read from its interaction.
UPDATE sessions AS s
   SET leased_until = (SELECT max((i.interaction ->> 'leased_until')::timestamptz)
                         FROM session_interactions AS i
                        WHERE i.session_id = s.session_id AND i.interaction ->> 'status' = 'pending')
 WHERE s.status = 'active';
