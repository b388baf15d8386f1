/**
 * What a command at the prompt is and may use: {@link io.github.dockertutor.console.ShellCommand},
 * the {@link io.github.dockertutor.console.ShellContext} (the learner's language, output wrapped to
 * the terminal, yes/no questions, Ctrl-C, the engine, the workspace), the registry of commands, and
 * how an engine fault reads to the learner. The tutor's commands, the docker handlers and the
 * step flow all stand on it; it knows none of them.
 *
 * <p>May use: base, engine, i18n, render, tui, workspace.
 */
package io.github.dockertutor.console;
