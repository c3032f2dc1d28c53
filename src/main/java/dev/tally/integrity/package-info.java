/**
 * The integrity pass of {@code tally:check}: links, denied words, injected tokens, converter garbage, copied
 * text, the report's period and prose claims that the data contradicts. {@link dev.tally.integrity.Integrity}
 * runs it on one report; {@link dev.tally.integrity.IntegrityConfig} holds its switches and parameters.
 */
package dev.tally.integrity;
