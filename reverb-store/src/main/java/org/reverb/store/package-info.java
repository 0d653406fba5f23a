/**
 * Where articles and events live between runs: the {@link org.reverb.store.EventStore} interface, one JDBC
 * implementation ({@link org.reverb.store.JdbcEventStore}) on {@link org.reverb.store.SqliteEventStore} (embedded, the
 * default) and {@link org.reverb.store.PostgresEventStore} (shared), and {@link org.reverb.store.EventStores}, which
 * opens the store a location names.
 *
 * <p>Schema: ordered, portable SQL scripts in {@code org/reverb/store/migrations/} ({@code V1__init.sql}, …), applied
 * on open, one transaction each, and recorded in {@code schema_version}; a store at a newer version than the code
 * knows is refused. PostgreSQL runs the same scripts, adapted by {@code Migrations.Dialect}.
 *
 * <p>Contract: one transaction per article; the same content twice is stored once; an event id already stored is
 * merged (the stored event is kept and gains the new mentions and links). Failures are
 * {@link org.reverb.store.StoreException}s naming the store (a PostgreSQL address with its password masked).
 *
 * <p>Thread-safety: stores are safe for use from several threads; writes are serialised, across processes too (SQLite's
 * write lock, PostgreSQL's transaction-level advisory lock).
 */
package org.reverb.store;
