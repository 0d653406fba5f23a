-- Reverb store schema, version 4: indexes for the desk's queries (REST API, dashboard, exports).
-- Measured with the benchmark in reverb-server (README, "Desk"): 100,000 events.

-- The actor-pair graph groups by actor and target; the target filter looks up the target.
CREATE INDEX events_actor_target ON events (actor_id, target_id);
CREATE INDEX events_target ON events (target_id);
