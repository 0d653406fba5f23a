package org.reverb.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The store's schema as ordered SQL scripts under {@code migrations/}: script {@code V<n>__<what>.sql} takes the
 * schema from version n - 1 to n. Each is applied in its own transaction and recorded in {@code schema_version}.
 * The scripts are portable SQL, shared by every JDBC store; a {@link Dialect} adapts their column types, and a
 * backend may hold its own variant of a script under {@code migrations/<dialect>/} where portable SQL cannot say
 * the same (none needs one yet).
 *
 * <p>Versions may have gaps while branches that each add a script are merged: every script whose version is not
 * recorded yet is applied, in version order, so a store that has a later script still gets an earlier one merged in later.
 */
final class Migrations {

  /** Every script, in order; the last one's number is the version this code writes. */
  static final List<String> SCRIPTS = List.of("V1__init.sql", "V2__stories.sql", "V3__query_indexes.sql");

  private static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS schema_version ("
      + "version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

  private Migrations() {}

  /** What differs between the databases in the schema scripts. */
  enum Dialect {
    SQLITE,
    /**
     * Text columns compare byte-wise ({@code COLLATE "C"}), as in SQLite, so that ids and dates sort the same in
     * both stores whatever the database's locale.
     */
    POSTGRESQL {
      @Override
      String adapt(String script) {
        return TEXT_COLUMN.matcher(script).replaceAll("$1TEXT COLLATE \"C\"");
      }
    };

    /** A column definition of type TEXT in a {@code CREATE TABLE}: indented name, then the type. */
    private static final Pattern TEXT_COLUMN = Pattern.compile("(?m)^(\\s+\\w+\\s+)TEXT\\b");

    /** The script as this database runs it. */
    String adapt(String script) {
      return script;
    }

    /** The folder of this database's own variants of scripts. */
    String folder() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The schema version this code knows. */
  static int latest() {
    return version(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  /** {@code V12__add_story_table.sql} → 12. */
  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  /**
   * Brings the schema on {@code c} up to {@link #latest()} and returns the version it is at. {@code c} must be in
   * auto-commit mode and should start its transactions with the write lock, so that two processes opening a new
   * store at once apply each script once. Refuses a schema newer than this code.
   */
  static int migrate(Connection c, String store, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(VERSION_TABLE);
    }
    while (true) {
      c.setAutoCommit(false);
      boolean committed = false;
      try {
        int current = current(c);
        if (current > latest()) {
          throw new StoreException(store + " is at schema version " + current + ", newer than this Reverb knows ("
              + latest() + "); open it with the newer Reverb that wrote it");
        }
        String next = SCRIPTS.stream().filter(script -> !applied(c, version(script))).findFirst().orElse(null);
        if (next == null) {
          c.commit();
          committed = true;
          return current;
        }
        apply(c, next, store, dialect);
        c.commit();
        committed = true;
      } finally {
        if (!committed) {
          c.rollback();
        }
        c.setAutoCommit(true);
      }
    }
  }

  /** The highest version recorded in {@code schema_version}, or 0 for an empty store. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static boolean applied(Connection c, int version) {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM schema_version WHERE version = ?")) {
      p.setInt(1, version);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema version: " + e.getMessage(), e);
    }
  }

  private static void apply(Connection c, String script, String store, Dialect dialect) throws SQLException {
    int version = version(script);
    try (Statement s = c.createStatement()) {
      for (String sql : statements(dialect.adapt(read(script, dialect)))) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new StoreException(store + ": schema migration " + script + " failed, nothing of it was applied: "
          + e.getMessage(), e);
    }
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
      p.setInt(1, version);
      p.setString(2, description(script));
      p.setString(3, Instant.now().toString());
      p.executeUpdate();
    }
  }

  /** The script's text, from the classpath: the dialect's own variant if there is one, else the shared script. */
  static String read(String script, Dialect dialect) {
    String own = "migrations/" + dialect.folder() + "/" + script;
    return readResource(Migrations.class.getResource(own) != null ? own : "migrations/" + script);
  }

  /** The shared script's text, from the classpath. */
  static String read(String script) {
    return readResource("migrations/" + script);
  }

  private static String readResource(String name) {
    try (InputStream in = Migrations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read schema script " + name, e);
    }
  }

  /** The statements of a script: {@code --} comments dropped, split on semicolons. */
  static List<String> statements(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      int comment = line.indexOf("--");
      code.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
    }
    List<String> out = new ArrayList<>();
    for (String sql : code.toString().split(";")) {
      if (!sql.isBlank()) {
        out.add(sql.strip());
      }
    }
    return out;
  }

  /** {@code V1__init.sql} → {@code init}. */
  static String description(String script) {
    return script.substring(script.indexOf("__") + 2, script.length() - ".sql".length()).replace('_', ' ');
  }
}
