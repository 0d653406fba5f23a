/**
 * The pipeline as an Apache Flink job ({@link org.reverb.flink.ReverbJob}): the same stage classes as the in-process
 * run, wired as operators. Operators here are thin adapters: {@link org.reverb.flink.ReadArticles} over the
 * {@code ingest} readers, {@link org.reverb.flink.ExtractEvents} over {@link org.reverb.pipeline.Pipeline} (one
 * CoreNLP per task, loaded in {@code open}), {@link org.reverb.flink.StoreSink} over
 * {@link org.reverb.store.EventStore#ingest}. Records between operators are {@link org.reverb.flink.Records} strings
 * (JSON), so no Kryo fallback is needed for the model's records.
 */
package org.reverb.flink;
