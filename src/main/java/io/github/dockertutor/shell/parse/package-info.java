/**
 * Reading what the learner types, without a system shell and without docker-java: {@link
 * io.github.dockertutor.shell.parse.CommandLineTokenizer} splits a line into words,
 * {@link io.github.dockertutor.shell.parse.DockerCommandParser} turns {@code docker …} words into one
 * {@link io.github.dockertutor.shell.parse.DockerCommand} record per subcommand (or help, or "not run
 * here"), and every failure is a {@link io.github.dockertutor.shell.parse.ParseException} holding a
 * message key. {@link io.github.dockertutor.shell.parse.DockerCommandCatalog} and the
 * {@link io.github.dockertutor.shell.parse.CommandSpec}s in it are the single source for parsing, help
 * ({@link io.github.dockertutor.shell.parse.DockerHelp}) and completion.
 */
package io.github.dockertutor.shell.parse;
