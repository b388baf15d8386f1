/**
 * Terminal widgets with no knowledge of lessons: tables sized in columns, byte and layer progress
 * bars, live lines redrawn in place, the small text editor of {@code edit}, and the
 * {@link io.github.dockertutor.tui.Screen} they draw on (a
 * real terminal, or plain lines for a pipe or a dumb terminal).
 *
 * <p>May use: engine, i18n, render.
 */
package io.github.dockertutor.tui;
