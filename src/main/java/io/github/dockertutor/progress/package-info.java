/**
 * A learner's progress: which steps are done, skipped, how many hints and solutions they took and
 * how long each step lasted; kept by lesson and step ids in a readable JSON file, written
 * atomically, read back whatever happened to it (a damaged file is set aside, never deleted).
 *
 * <p>May use: base, i18n, render.
 */
package io.github.dockertutor.progress;
