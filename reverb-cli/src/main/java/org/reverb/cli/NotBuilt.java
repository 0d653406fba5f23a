package org.reverb.cli;

import java.util.concurrent.Callable;

/** Verbs that are planned but not built yet: each says so in one line and exits 2. */
final class NotBuilt {

  private NotBuilt() {}

  private abstract static class Verb implements Callable<Integer> {
    private final String name;
    private final int issue;

    Verb(String name, int issue) {
      this.name = name;
      this.issue = issue;
    }

    @Override
    public Integer call() {
      System.err.println("reverb " + name + ": not built yet (issue " + issue + ")");
      return 2;
    }
  }
}
