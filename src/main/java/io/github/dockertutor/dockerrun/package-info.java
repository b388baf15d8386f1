/**
 * Running a parsed {@code docker …} line against the learner's engine, with output shaped like the
 * docker CLI's: pull progress, build steps, {@code images} and {@code ps} tables, {@code run} with
 * its failures explained (a taken port, a name in use, CRLF line endings, another platform), and
 * the questions asked before anything dangerous ({@code -v /:/host}).
 *
 * <p>May use: base, check, console, dockercli, engine, gotemplate, i18n, render, tui, workspace.
 */
package io.github.dockertutor.dockerrun;
