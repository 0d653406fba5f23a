/**
 * The {@code reverb} command: picocli verbs that only wire the stages, the store and the output formats.
 * Exit codes live here and nowhere else: 0 success, 1 some input was rejected or failed, 2 usage error or a verb
 * that is not built yet.
 */
package org.reverb.cli;
