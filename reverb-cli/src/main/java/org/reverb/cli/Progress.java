package org.reverb.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when a person is watching a terminal. */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final int total;
  private final boolean enabled;
  private int done;

  Progress(PrintStream out, int total) {
    this.out = out;
    this.total = total;
    this.enabled = System.console() != null && out == System.err && total > 1;
  }

  void step(String what) {
    done++;
    if (enabled) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      String name = what.length() > 40 ? what.substring(0, 39) + "…" : what;
      out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
          + name + "\033[K");
      out.flush();
    }
  }

  /** Clears the bar so that a message can be printed on a line of its own. */
  void clear() {
    if (enabled) {
      out.print("\r\033[K");
    }
  }

  void done() {
    clear();
  }
}
