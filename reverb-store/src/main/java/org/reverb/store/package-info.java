/**
 * Where articles and events live between runs: the {@link org.reverb.store.EventStore} interface,
 * {@link org.reverb.store.SqliteEventStore} (embedded, the default) and {@link org.reverb.store.EventStores}, which
 * opens the store a location names.
 *
 * <p>Schema: ordered, portable SQL scripts in {@code org/reverb/store/migrations/} ({@code V1__init.sql}, …), applied
 * on open, one transaction each, and recorded in {@code schema_version}; a store at a newer version than the code
 * knows is refused. The same scripts are meant for the PostgreSQL store.
 *
 * <p>Contract: one transaction per article; the same content twice is stored once; an event id already stored is
 * merged (the stored event is kept and gains the new mentions and links). Failures are
 * {@link org.reverb.store.StoreException}s naming the store file.
 *
 * <p>Thread-safety: stores are safe for use from several threads; writes are serialised.
 */
package org.reverb.store;
