package org.reverb.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One piece of input that could not be read as an article, with what is wrong and how to fix it.
 *
 * @param input the file or folder as it was named (a path, not only the file name, so it can be found)
 * @param line the 1-based line the problem is on, or {@code null} when it concerns the whole input
 * @param message one line naming the problem and the fix
 */
public record IngestProblem(String input, Integer line, String message) {

  public IngestProblem {
    // one line whatever the input holds: an id or name with a line break in it is shown escaped
    input = oneLine(Objects.requireNonNull(input, "input"));
    message = oneLine(Objects.requireNonNull(message, "message"));
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line numbers start at 1, not " + line);
    }
  }

  /** A problem with the whole of {@code input}. */
  static IngestProblem of(Path input, String message) {
    return new IngestProblem(input.toString(), null, message);
  }

  /** A problem on one line of {@code input}. */
  static IngestProblem at(Path input, long line, String message) {
    return new IngestProblem(input.toString(), Math.toIntExact(line), message);
  }

  /** {@code input:line: message}, or {@code input: message} without a line, as compilers print them. */
  @Override
  public String toString() {
    return line == null ? input + ": " + message : input + ":" + line + ": " + message;
  }

  private static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.substring(0, i));
        }
        out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
