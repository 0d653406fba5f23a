/**
 * Stage "story": articles and their events threaded into stories, and a story's events put in timeline order.
 *
 * <p>A {@link org.reverb.story.StoryThreader} assigns each new article, with its resolved events, to a known story
 * or founds a new one, from the {@link org.reverb.story.StoryFeatures} of the article and of the candidate stories
 * ({@link org.reverb.story.StoryCandidates}); it never rebuilds what is stored, so threading is incremental like
 * resolution. {@link org.reverb.story.SimilarityStoryThreader} scores actors, countries, words and time;
 * {@link org.reverb.story.StoryTitles} names a story; {@link org.reverb.story.Timeline} orders its events. All are
 * immutable and thread-safe.
 */
package org.reverb.story;
