-- Reverb store schema, version 4: indexes for the desk's queries (REST API, dashboard, exports), measured with
-- scripts/bench-api.sh on 100,000 events (README, "Desk").

-- The events' order (EventTables.ORDER), so that a page, even far in, is read off the index instead of sorting
-- every matching event. The expressions must stay the same as ORDER's for the planner to use it.
CREATE INDEX events_order ON events ((CASE WHEN earliest IS NOT NULL THEN 0 WHEN latest IS NOT NULL THEN 1 ELSE 2 END),
  earliest, (CASE WHEN earliest IS NULL THEN latest END), id);

-- The actor-pair graph and the actor counts group by actor and target; with the toll in the index, the unfiltered
-- graph is read from the index alone. The target filter looks up the target.
CREATE INDEX events_pairs ON events (actor_id, target_id, fatalities);
CREATE INDEX events_target ON events (target_id);

-- The date filters (EventTables.where: an open end as COALESCE's far day), so that counting the events of a period
-- reads this index alone.
CREATE INDEX events_span ON events (COALESCE(latest, '9999-12-31'), COALESCE(earliest, '0000-01-01'), date_precision);

-- The map's places group by the stored place; with the toll beside it, the unfiltered map is read from the index.
CREATE INDEX events_place ON events (place, fatalities);
