-- A session's lease deadline in its header: the pending command's leased_until while the session is active, null
-- otherwise. The lease sweeper (one reminder for the whole service) finds lapsed leases with this index, so a session
-- no longer registers a reminder of its own: starting and ending a session cost no reminder writes.
ALTER TABLE sessions ADD COLUMN leased_until timestamptz;

CREATE INDEX ix_sessions_leased_until ON sessions (leased_until) WHERE leased_until IS NOT NULL;

-- Active sessions saved before this migration: their pending command's lease, read from its interaction.
UPDATE sessions AS s
   SET leased_until = (SELECT max((i.interaction ->> 'leased_until')::timestamptz)
                         FROM session_interactions AS i
                        WHERE i.session_id = s.session_id AND i.interaction ->> 'status' = 'pending')
 WHERE s.status = 'active';
