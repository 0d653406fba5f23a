-- Reverb store schema, version 1: articles, the events told in them, each event's mentions and links.
--
-- Portable SQL, so that the PostgreSQL store runs the same script: TEXT, INTEGER and DOUBLE PRECISION only,
-- no AUTOINCREMENT, no WITHOUT ROWID, no triggers. Dates are ISO-8601 TEXT (yyyy-mm-dd), which sorts and
-- compares as dates in any database; instants are ISO-8601 TEXT in UTC. Enumerations are stored as text:
-- events.type as the PLOVER name (ASSAULT), everything else as its lower-case key (asserted, week, city).
-- A NULL column means what null means in the records: the text does not say.
-- Statements end with a semicolon; the loader splits on them, so none may appear inside a literal.

CREATE TABLE articles (
  id           TEXT NOT NULL PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  published    TEXT NOT NULL,
  title        TEXT,
  url          TEXT,
  source       TEXT,
  text         TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);

-- actor, target and place hold the Event JSON of that part (org.reverb.json.EventJson); the *_id and
-- place_country columns repeat what the filters and joins need. date_precision is NULL exactly when the
-- event has no date; earliest or latest alone is NULL for an open-ended span.
CREATE TABLE events (
  id             TEXT NOT NULL PRIMARY KEY,
  type           TEXT NOT NULL,
  mode           TEXT,
  actor_id       TEXT,
  actor          TEXT,
  target_id      TEXT,
  target         TEXT,
  place_country  TEXT,
  place          TEXT,
  earliest       TEXT,
  latest         TEXT,
  date_precision TEXT,
  fatalities     INTEGER,
  injured        INTEGER,
  modality       TEXT NOT NULL,
  confidence     DOUBLE PRECISION NOT NULL,
  story          TEXT
);

CREATE INDEX events_type ON events (type);
CREATE INDEX events_place_country ON events (place_country);
CREATE INDEX events_earliest ON events (earliest, id);
CREATE INDEX events_latest ON events (latest);
CREATE INDEX events_story ON events (story);

-- One row per report of an event, in the order the event lists them; ordinals may have gaps after an
-- article is replaced.
CREATE TABLE event_mentions (
  event_id     TEXT NOT NULL REFERENCES events (id),
  ordinal      INTEGER NOT NULL,
  article_id   TEXT NOT NULL REFERENCES articles (id),
  published    TEXT NOT NULL,
  sentence     TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  PRIMARY KEY (event_id, ordinal)
);

CREATE INDEX event_mentions_article ON event_mentions (article_id);

-- target_event is no foreign key: a link may name an event that is stored later, or not at all.
CREATE TABLE event_links (
  event_id     TEXT NOT NULL REFERENCES events (id),
  ordinal      INTEGER NOT NULL,
  type         TEXT NOT NULL,
  target_event TEXT NOT NULL,
  evidence     TEXT,
  PRIMARY KEY (event_id, ordinal)
);

CREATE INDEX event_links_target ON event_links (target_event);

-- The actor filter: the lower-cased ids and names of an event's actor and target, folded in Java so that
-- matching is case-insensitive beyond ASCII in every database.
CREATE TABLE event_actor_keys (
  event_id  TEXT NOT NULL REFERENCES events (id),
  actor_key TEXT NOT NULL,
  PRIMARY KEY (event_id, actor_key)
);

CREATE INDEX event_actor_keys_key ON event_actor_keys (actor_key);
