package org.reverb.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the gazetteer compares names: the key of a name, and whether a token may be part of one. Must agree
 * with {@code key()} in scripts/geo/build-gazetteer.js, which dedupes alternates the same way.
 */
final class GazetteerKeys {

  /** Spellings of the Arabic article that the news uses interchangeably: al-, el-, and the sun-letter forms. */
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et", "ez", "en");
  private static final Map<String, String> WORDS = Map.of("st", "saint", "ste", "sainte");
  /** Dropped without a space, so that "Sana'a" is "sanaa" and "U.S." is "us". */
  private static final String SILENT = "'’‘`´ʿʾʼ.";

  private GazetteerKeys() {
  }

  /**
   * The key of a name: lower case, without accents, apostrophes or dots, other punctuation as one space,
   * the Arabic article as "al" and "St" as "saint". Empty when the name has no letter or digit.
   */
  static String key(String name) {
    return isAscii(name) ? asciiKey(name) : unicodeKey(Normalizer.normalize(name, Normalizer.Form.NFD));
  }

  /** {@link #key} of an ASCII name, without the cost of normalising: most names are ASCII. */
  private static String asciiKey(String name) {
    char[] out = new char[2 * name.length() + 8]; // "St" grows to "saint"
    int length = 0;
    int wordStart = 0;
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && length > 0) {
          length = foldWord(out, wordStart, length);
          out[length++] = ' ';
          wordStart = length;
        }
        gap = false;
        out[length++] = c;
      } else if (c != '\'' && c != '`' && c != '.') {
        gap = true;
      }
    }
    return new String(out, 0, length > 0 ? foldWord(out, wordStart, length) : 0);
  }

  private static int foldWord(char[] out, int start, int end) {
    if (end - start > 3) {
      return end;
    }
    String word = new String(out, start, end - start);
    String folded = ARTICLES.contains(word) ? "al" : WORDS.get(word);
    if (folded == null) {
      return end;
    }
    folded.getChars(0, folded.length(), out, start);
    return start + folded.length();
  }

  private static String unicodeKey(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int wordStart = 0;
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (SILENT.indexOf(cp) >= 0 || isMark(cp)) {
        continue;
      }
      if (!Character.isLetterOrDigit(cp)) {
        gap = true;
        continue;
      }
      if (gap && out.length() > 0) {
        foldWord(out, wordStart);
        out.append(' ');
        wordStart = out.length();
      }
      gap = false;
      appendFolded(out, Character.toLowerCase(cp));
    }
    if (out.length() > 0) {
      foldWord(out, wordStart);
    }
    return out.toString();
  }

  /**
   * Whether a token may begin or end a name in running text: its first letter is a capital, or it is an
   * Arabic article joined by a hyphen to a capitalised word ("al-Bab"). "-" alone or "'s" are not.
   */
  static boolean capitalised(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
          return true;
        }
        int hyphen = token.indexOf('-', i);
        return hyphen > i && hyphen + 1 < token.length()
            && ARTICLES.contains(token.substring(i, hyphen).toLowerCase(Locale.ROOT))
            && Character.isUpperCase(token.codePointAt(hyphen + 1));
      }
      if (Character.isDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether a lower-case token is an Arabic article, which may start a name when a hyphen and a capital follow. */
  static boolean isArticle(String token) {
    return ARTICLES.contains(token);
  }

  private static void foldWord(StringBuilder out, int start) {
    if (out.length() - start > 3) {
      return;
    }
    String word = out.substring(start);
    String folded = ARTICLES.contains(word) ? "al" : WORDS.get(word);
    if (folded != null) {
      out.setLength(start);
      out.append(folded);
    }
  }

  private static void appendFolded(StringBuilder out, int cp) {
    switch (cp) {
      case 'ß' -> out.append("ss");
      case 'æ' -> out.append("ae");
      case 'œ' -> out.append("oe");
      case 'ø' -> out.append('o');
      case 'ł', 'ƚ' -> out.append('l');
      case 'đ', 'ð' -> out.append('d');
      case 'þ' -> out.append("th");
      case 'ı' -> out.append('i');
      case 'ħ' -> out.append('h');
      default -> out.appendCodePoint(cp);
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
