package org.reverb.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a web page, site-independently. The page's own markup is trusted first: an element marked
 * {@code itemprop=articleBody}, else the {@code <article>}, else {@code <main>}, that holds the most paragraph text.
 * Without such markup each paragraph scores its container by its length and commas (as Readability does), and the
 * container with the best score, discounted by the share of its text that is links, is taken. Within the container
 * only text blocks are kept, and of those only ones that read like prose: not mostly links, not in an element whose
 * class or id names boilerplate (share bars, related links, cookie notices, ads, comments), not a line too short to
 * be a sentence. Scripts, styles, navigation, asides, headers, footers and forms are removed before anything else.
 */
final class MainText {

  /** Class or id words of boilerplate containers. */
  private static final Pattern BOILERPLATE = Pattern.compile("(?i)(^|[\\s_-])(cookie|consent|gdpr|banner|share|"
      + "sharing|social|related|recommend|promo|advert\\w*|ads?|ad-slot|sponsor\\w*|newsletter|subscribe|signup|"
      + "comments?|disqus|footer|sidebar|breadcrumbs?|menu|nav|navbar|masthead|popup|modal|outbrain|taboola|"
      + "paywall|byline-share|tags?|trending|most-read|read-more|more-stories|widget|toolbar)($|[\\s_-])");

  private static final String REMOVED = "script, style, noscript, template, iframe, svg, canvas, form, button, "
      + "input, select, textarea, nav, aside, footer, header, figure, figcaption, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden], "
      + "dialog";

  private static final String BLOCKS = "p, h2, h3, h4, blockquote, li, pre";

  /** A block shorter than this is kept only when it ends like a sentence. */
  private static final int SHORT_BLOCK = 60;

  private MainText() {}

  /** The page's main text, paragraphs separated by a blank line; empty when there is none. */
  static String of(Document page) {
    Document doc = page.clone();
    doc.select(REMOVED).remove();
    removeBoilerplate(doc.body());
    Element root = marked(doc);
    if (root == null) {
      root = bestScored(doc);
    }
    return root == null ? "" : paragraphs(root);
  }

  /** The prose blocks under {@code root} (a fragment, such as a feed item's HTML content), one per paragraph. */
  static String paragraphs(Element root) {
    List<String> out = new ArrayList<>();
    Elements blocks = root.select(BLOCKS);
    if (blocks.isEmpty()) {
      String text = root.wholeText().strip();
      return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*\\n\\s*", "\n\n");
    }
    for (Element block : blocks) {
      if (hasBlockChild(block)) {
        continue; // its inner blocks are taken one by one
      }
      String text = block.text().strip();
      if (text.isEmpty() || linkDensity(block) > 0.5) {
        continue;
      }
      boolean heading = block.nameIs("h2") || block.nameIs("h3") || block.nameIs("h4");
      if (text.length() < SHORT_BLOCK && !heading && !endsLikeSentence(text)) {
        continue;
      }
      out.add(text);
    }
    // A trailing heading with nothing under it ("Related", "More on this") is no part of the text.
    while (!out.isEmpty() && !endsLikeSentence(out.get(out.size() - 1)) && out.get(out.size() - 1).length() < 80) {
      out.remove(out.size() - 1);
    }
    return String.join("\n\n", out);
  }

  private static boolean hasBlockChild(Element block) {
    for (Element child : block.children()) {
      if (child.is(BLOCKS)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsLikeSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == ':';
  }

  /** Drops elements whose class or id names boilerplate, unless they also hold the marked article body. */
  private static void removeBoilerplate(Element body) {
    if (body == null) {
      return;
    }
    List<Element> doomed = new ArrayList<>();
    int total = paragraphLength(body);
    for (Element e : body.getAllElements()) {
      if (e == body || e.is("article, main, [itemprop=articleBody]")) {
        continue;
      }
      String names = e.className() + " " + e.id();
      // A container of most of the page's prose is no boilerplate, whatever its class says.
      if (BOILERPLATE.matcher(names).find() && e.select("[itemprop=articleBody], article").isEmpty()
          && paragraphLength(e) * 2 <= total) {
        doomed.add(e);
      }
    }
    doomed.forEach(Element::remove);
  }

  /** The element the page marks as its article, when it holds some paragraph text. */
  private static Element marked(Document doc) {
    for (String query : List.of("[itemprop=articleBody]", "article", "main, [role=main]")) {
      Element best = null;
      int bestLength = 0;
      for (Element e : doc.select(query)) {
        int length = paragraphLength(e);
        if (length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
      if (best != null && bestLength >= 140) {
        return best;
      }
    }
    return null;
  }

  private static int paragraphLength(Element e) {
    int length = 0;
    for (Element p : e.select("p")) {
      length += p.text().length();
    }
    return length;
  }

  /** Readability's scoring: each paragraph gives its parent a score, and half of it to the grandparent. */
  private static Element bestScored(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : doc.select("p, pre, td, div:not(:has(p, div, table, ul, ol))")) {
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grandparent = parent.parent();
        if (grandparent != null) {
          scores.merge(grandparent, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - linkDensity(e.getKey()));
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /** The share of an element's text that sits in links. */
  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return (double) links / length;
  }
}
