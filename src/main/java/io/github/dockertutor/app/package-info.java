/**
 * The dockertutor command itself: {@link io.github.dockertutor.app.Main} reads the command line and
 * hands the run to the shell (no command) or to one of the tool's own commands. It only wires;
 * every decision lives in the packages it calls.
 *
 * <p>May use: base, cli, i18n, shell.
 */
package io.github.dockertutor.app;
