/**
 * The tutor's own commands at its prompt ({@code lessons}, {@code next}, {@code check},
 * {@code hint}, {@code solution}, {@code edit}, {@code cleanup}, {@code doctor}…), one small class each
 * behind {@link io.github.dockertutor.console.ShellCommand}. They move the learner through the
 * course by calling {@code session}, and print through the {@link io.github.dockertutor.console.ShellContext}.
 *
 * <p>May use: base, console, dockercli, engine, i18n, lesson, progress, render, session, tui, workspace.
 */
package io.github.dockertutor.commands;
