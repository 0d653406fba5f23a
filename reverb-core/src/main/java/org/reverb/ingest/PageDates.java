package org.reverb.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's publication date from its metadata, the publisher's calendar day as written: Open Graph's
 * {@code article:published_time}, JSON-LD {@code datePublished}, microdata, {@code <time datetime>}, then other
 * common meta tags (Dublin Core, Parse.ly, Sailthru, {@code pubdate}). A page's own text is never searched.
 */
final class PageDates {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern LEADING_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private static final List<String> META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[property=og:published_time]");

  private static final List<String> OTHER_META = List.of(
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
      "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=dcterms.issued]", "meta[name=dcterms.created]",
      "meta[name=dcterms.date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]",
      "meta[name=citation_publication_date]", "meta[property=og:updated_time]", "meta[name=article:modified_time]",
      "meta[property=article:modified_time]");

  private PageDates() {}

  /** The publication date the page's metadata gives, or {@code null} when it gives none that can be read. */
  static LocalDate published(Document page) {
    LocalDate date = firstMeta(page, META);
    if (date == null) {
      date = jsonLd(page);
    }
    if (date == null) {
      for (Element time : page.select("time[itemprop=datePublished][datetime], time[pubdate][datetime], "
          + "article time[datetime], time[datetime]")) {
        date = parse(time.attr("datetime"));
        if (date != null) {
          break;
        }
      }
    }
    return date != null ? date : firstMeta(page, OTHER_META);
  }

  private static LocalDate firstMeta(Document page, List<String> queries) {
    for (String query : queries) {
      for (Element meta : page.select(query)) {
        LocalDate date = parse(meta.attr("content"));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private static LocalDate jsonLd(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        LocalDate date = datePublished(JSON.readTree(script.data()));
        if (date != null) {
          return date;
        }
      } catch (IOException e) {
        // broken JSON-LD is common; the other metadata may still tell
      }
    }
    return null;
  }

  /** The first {@code datePublished} in a JSON-LD tree, looking into {@code @graph} and arrays. */
  private static LocalDate datePublished(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject() && node.path("datePublished").isTextual()) {
      LocalDate date = parse(node.get("datePublished").asText());
      if (date != null) {
        return date;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        LocalDate date = datePublished(child);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** An ISO date or date-time (day as written), an RFC 1123 date, or a value that begins with YYYY-MM-DD. */
  static LocalDate parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return PublishedDates.parse(v, true);
    } catch (DateTimeException e) {
      // other shapes below
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException e) {
      // and below
    }
    Matcher m = LEADING_DAY.matcher(v);
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }
}
