-- Reverb store schema, version 2: stories, threads of articles and their events.
--
-- Portable SQL, as V1: TEXT, INTEGER and DOUBLE PRECISION only. An event's story stays in events.story (V1);
-- an article's story is its row in story_articles. Both are written in the transaction that stores the article.

-- One row per story. first_published and last_published span its articles; title, actors (a JSON array of names)
-- and the counts are recomputed from its events whenever an article joins it.
CREATE TABLE stories (
  id              TEXT NOT NULL PRIMARY KEY,
  title           TEXT NOT NULL,
  first_published TEXT NOT NULL,
  last_published  TEXT NOT NULL,
  actors          TEXT NOT NULL,
  article_count   INTEGER NOT NULL,
  event_count     INTEGER NOT NULL,
  created_at      TEXT NOT NULL
);

CREATE INDEX stories_first_published ON stories (first_published);
CREATE INDEX stories_last_published ON stories (last_published);

-- An article's story, how well it matched (1 for the article that founded it), and the article's threading
-- features as JSON (org.reverb.story.StoryFeatures), so that a story's profile is the sum of its articles'
-- without reading their texts again.
CREATE TABLE story_articles (
  article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id),
  story_id   TEXT NOT NULL REFERENCES stories (id),
  published  TEXT NOT NULL,
  score      DOUBLE PRECISION NOT NULL,
  features   TEXT NOT NULL
);

CREATE INDEX story_articles_story ON story_articles (story_id, published);
