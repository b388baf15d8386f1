/**
 * The proof that a course's checks mean what they say, run on a real engine: for every step, its
 * check fails on the state before the step, fails for every wrong attempt the lesson lists, and
 * passes once its solution is applied. {@code dockertutor verify} runs it with the tutor itself
 * doing the steps; the course test runs the very same loop with the docker CLI in another process.
 *
 * <p>May use: base, check, console, dockercli, dockerrun, engine, i18n, lesson, render, tui, workspace.
 */
package io.github.dockertutor.verify;
