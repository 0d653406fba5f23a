/**
 * Ingest: from files to {@link org.reverb.model.Article}s, the first stage of the pipeline.
 *
 * <p>Formats: the seed format ({@link org.reverb.ingest.SeedFormatReader}: one article per UTF-8 file, the first
 * line {@code " date YYYY-MM-DD "} followed by the text) and JSON Lines ({@link org.reverb.ingest.JsonLinesReader}:
 * one object per line with {@code id, published, title, text, url, source}). An article's id is the source's own
 * name for it: the file name (not its path) in the seed format, the {@code id}, else the {@code url}, in JSON Lines.
 * Feeds ({@link org.reverb.ingest.RomeFeedReader}: RSS and Atom through ROME, one article per item, the linked page
 * fetched when an item holds only a summary) and web pages ({@link org.reverb.ingest.JsoupHtmlReader}: the main text
 * found by a site-independent algorithm, the date from the page's metadata) are read from files or, through the
 * {@link org.reverb.ingest.HttpFetcher}, from the web; the id is the item's guid or the page's address.
 * {@link org.reverb.ingest.ArticleReaders} expands folders into files and picks the reader by extension, or, for an
 * address, by what the server sends. {@link org.reverb.ingest.FeedWatcher} polls feeds for new items, remembering
 * per source ({@link org.reverb.ingest.FeedState}) what it has read.
 *
 * <p>Contract: bad input is data, not an exception. Each {@link org.reverb.ingest.ArticleReader} reports every file,
 * article or line it cannot read as one {@link org.reverb.ingest.IngestProblem} ({@code input:line: message}, the
 * message naming the problem and its fix) and goes on with the rest, so one bad file or line never loses the batch.
 * Text is decoded strictly as UTF-8: bad bytes are reported, never replaced. Nothing is invented: a missing title,
 * url or source stays {@code null}. Memory stays bounded: JSON Lines is streamed line by line, and a seed-format file
 * or a JSON Lines line above a size limit is refused with a problem rather than read.
 *
 * <p>Feed XML is parsed with DOCTYPEs refused, so no external entity is resolved. Nothing is fetched but the
 * addresses a user gives and the pages their feeds link to.
 *
 * <p>Thread-safety: readers are immutable and may be shared; each call reads one file on the calling thread and
 * hands articles and problems over in file order.
 */
package org.reverb.ingest;
