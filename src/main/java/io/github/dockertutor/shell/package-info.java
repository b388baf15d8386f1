/**
 * The read-eval loop the learner types into: JLine's line reader (history, completion, Ctrl-C and
 * Ctrl-D), the scripted line source for piped input, the raw-mode terminal handed to a container
 * ({@code run -it}), and the wiring of one session. This is the only package that holds JLine's
 * {@code LineReader}.
 *
 * <p>May use: base, cli, commands, console, dockercli, dockerrun, engine, i18n, lesson, progress,
 * render, session, tui, workspace.
 */
package io.github.dockertutor.shell;
