/**
 * Reading what the learner types, without a system shell and without docker-java: {@link
 * io.github.dockertutor.dockercli.CommandLineTokenizer} splits a line into words,
 * {@link io.github.dockertutor.dockercli.DockerCommandParser} turns {@code docker …} words into one
 * {@link io.github.dockertutor.dockercli.DockerCommand} record per subcommand (or help, or "not run
 * here"), and every failure is a {@link io.github.dockertutor.dockercli.ParseException} holding a
 * message key. {@link io.github.dockertutor.dockercli.DockerCommandCatalog} and the
 * {@link io.github.dockertutor.dockercli.CommandSpec}s in it are the single source for parsing, help
 * ({@link io.github.dockertutor.dockercli.DockerHelp}) and completion.
 *
 * <p>May use: gotemplate, i18n, render.
 */
package io.github.dockertutor.dockercli;
