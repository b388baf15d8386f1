/**
 * The tool's own commands, run from a system shell rather than inside the tutor: {@code doctor},
 * {@code lint}, {@code verify}, {@code pack}, {@code load}, {@code mirror}, {@code report}, {@code class summary},
 * and their one argument parser, {@link io.github.dockertutor.cli.CliArguments}. Each command is one
 * class; they print plain lines and return an exit code.
 *
 * <p>May use: base, check, classroom, console, engine, i18n, lesson, mirror, pack, progress, render, report,
 * tui, verify, workspace.
 */
package io.github.dockertutor.cli;
