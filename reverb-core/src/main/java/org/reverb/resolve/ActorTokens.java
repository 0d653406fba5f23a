package org.reverb.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits tokens into the pieces the actor dictionary compares: accents, hyphens, quotes and lone apostrophes
 * dropped, acronym dots removed ({@code U.S.} is {@code US}), a possessive {@code 's} split off, each piece
 * keeping its surface form for case checks and the index of the token it came from.
 */
final class ActorTokens {

  /** One piece of a token: {@code surface} as written (accents stripped), {@code key} lower-case. */
  record Piece(String surface, String key, int token, boolean startsToken, boolean endsToken) {}

  /** How a piece of an alias constrains the case of the text it matches. */
  enum Case {
    /** Lower-case in the data: any case in the text. */
    ANY,
    /** Capitalised in the data: the text piece starts with a capital. */
    CAPITAL,
    /**
     * An acronym in the data, all capitals or with a capital inside ({@code US}, {@code IS}, {@code M23},
     * {@code LeT}): the text is spelt the same way, so "us", "is" and "Let" stay words.
     */
    EXACT;

    static Case of(String surface) {
      boolean lower = false;
      boolean upper = false;
      boolean innerUpper = false;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        lower |= Character.isLowerCase(c);
        upper |= Character.isUpperCase(c);
        innerUpper |= i > 0 && Character.isUpperCase(c);
      }
      if (upper && (!lower || innerUpper)) {
        return EXACT;
      }
      return upper && Character.isUpperCase(surface.charAt(0)) ? CAPITAL : ANY;
    }

    boolean admits(String text, String alias) {
      return switch (this) {
        case ANY -> true;
        case CAPITAL -> !text.isEmpty() && !Character.isLowerCase(text.charAt(0));
        case EXACT -> text.equals(alias);
      };
    }
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}?\\.?");

  private ActorTokens() {}

  /** The pieces of a list of tokens, as produced by a tokenizer such as CoreNLP's. */
  static List<Piece> of(List<String> tokens) {
    List<Piece> pieces = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      List<String> parts = split(tokens.get(t));
      for (int p = 0; p < parts.size(); p++) {
        String s = parts.get(p);
        pieces.add(new Piece(s, s.toLowerCase(Locale.ROOT), t, p == 0, p == parts.size() - 1));
      }
    }
    return pieces;
  }

  /** The pieces of a phrase, its tokens separated by white space. */
  static List<Piece> ofPhrase(String phrase) {
    String s = phrase.strip();
    return s.isEmpty() ? List.of() : of(List.of(s.split("\\s+")));
  }

  /** The lower-case keys of a phrase's pieces. */
  static List<String> keys(List<Piece> pieces) {
    List<String> keys = new ArrayList<>(pieces.size());
    pieces.forEach(p -> keys.add(p.key()));
    return keys;
  }

  private static List<String> split(String token) {
    String t = switch (token) {
      case "-LRB-", "-LCB-", "-LSB-" -> "(";
      case "-RRB-", "-RCB-", "-RSB-" -> ")";
      default -> MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("");
    };
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (isWordChar(t, i)) {
        int j = i;
        while (j < t.length() && isWordChar(t, j)) {
          j++;
        }
        String word = t.substring(i, j);
        if (ACRONYM.matcher(word + (j < t.length() && t.charAt(j) == '.' ? "." : "")).matches()) {
          parts.add(word.replace(".", ""));
          j += j < t.length() && t.charAt(j) == '.' ? 1 : 0;
        } else {
          addWord(word, parts);
        }
        i = j;
      } else {
        if (!isDropped(c) && !Character.isWhitespace(c)) {
          parts.add(String.valueOf(c));
        }
        i++;
      }
    }
    return parts;
  }

  /** Letters and digits; dots and commas inside numbers and acronyms; apostrophes inside or ending words. */
  private static boolean isWordChar(String t, int i) {
    char c = t.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    boolean before = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
    boolean after = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    return switch (c) {
      case '.' -> before && after;
      case ',' -> before && after && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
      case '\'', '\u2019', '\u2018', '\u02bc' -> after && (before || i == 0);
      default -> false;
    };
  }

  /** Adds a word, splitting off a possessive 's and dropping other apostrophes and non-acronym dots. */
  private static void addWord(String word, List<String> parts) {
    String w = word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'');
    String possessive = null;
    if (w.length() >= 2 && (w.endsWith("'s") || w.endsWith("'S"))) {
      possessive = "'s";
      w = w.substring(0, w.length() - 2);
    }
    w = w.replace("'", "");
    for (String part : w.split("\\.")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    if (possessive != null) {
      parts.add(possessive);
    }
  }

  /** Hyphens, dashes, quotes and stray apostrophes carry nothing for names. */
  private static boolean isDropped(char c) {
    return switch (c) {
      case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\'', '"', '`', '\u2018', '\u2019', '\u201c',
          '\u201d', '\u02bc' -> true;
      default -> false;
    };
  }
}
