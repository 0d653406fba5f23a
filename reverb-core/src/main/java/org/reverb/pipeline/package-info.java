/**
 * The stages wired in-process: {@link org.reverb.pipeline.Pipeline} takes one article through annotate →
 * extract → resolve; {@link org.reverb.pipeline.BatchIngestor} runs it over many articles on all cores and hands
 * each result, in input order, to one writer. The same stage classes run as Flink operators at scale.
 */
package org.reverb.pipeline;
