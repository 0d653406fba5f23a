/**
 * The JSON shapes of DESIGN.md ("Event JSON"), written and read in one place so that the CLI, the store
 * and the server agree. Codecs are stateless and thread-safe.
 */
package org.reverb.json;
