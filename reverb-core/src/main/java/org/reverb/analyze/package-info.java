/**
 * Stage "analyze": what the stored events say over time. An {@link org.reverb.analyze.EscalationAnalyzer} turns the
 * events between two parties into a daily intensity series with a trend and the reciprocal (tit-for-tat) steps,
 * and marks the escalation steps of a timeline. Intensities come from {@link org.reverb.analyze.EscalationWeights},
 * a data file users can override. Analyzers and weights are immutable and thread-safe.
 */
package org.reverb.analyze;
