/**
 * A learner's report for the teacher: their progress and chosen name as one JSON file, nothing else.
 *
 * <p>May use: base, lesson, progress.
 */
package io.github.dockertutor.report;
