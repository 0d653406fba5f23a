package org.reverb.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every verb that uses the store shares. */
final class StoreOption {

  @Option(names = "--db", paramLabel = "FILE",
      description = "The store: a SQLite file (default: $REVERB_DB, else ./reverb.db).")
  String db;

  String location() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("REVERB_DB");
    return env == null || env.isBlank() ? "reverb.db" : env;
  }
}
