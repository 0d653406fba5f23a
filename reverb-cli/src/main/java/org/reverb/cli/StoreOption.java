package org.reverb.cli;

import picocli.CommandLine.Option;

/** The {@code --db} option every verb that uses the store shares. */
final class StoreOption {

  @Option(names = "--db", paramLabel = "STORE",
      description = "The store: a SQLite file, or a PostgreSQL database as postgresql://HOST:PORT/DB?user=U&password=P "
          + "(default: $REVERB_DB, else ./reverb.db).")
  String db;

  String location() {
    if (db != null) {
      return db;
    }
    String env = System.getenv("REVERB_DB");
    return env == null || env.isBlank() ? "reverb.db" : env;
  }
}
