/**
 * The teacher's view of a class: many learners' reports read together into a table in the
 * terminal and a page with the same tables and a chart of the time each step takes.
 *
 * <p>May use: base, i18n, lesson, progress, render, report, tui.
 */
package io.github.dockertutor.classroom;
