/**
 * Measuring Reverb against plain Stanford CoreNLP on the same articles: the baseline pipeline
 * ({@link org.reverb.bench.CoreNlpBaseline}), copies of articles that the store will not skip
 * ({@link org.reverb.bench.BenchArticles}) and the heap a run needs ({@link org.reverb.bench.HeapMeter}).
 * {@code reverb bench} wires them; nothing here is used outside benchmarks.
 */
package org.reverb.bench;
