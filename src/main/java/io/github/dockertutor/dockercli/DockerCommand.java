package io.github.dockertutor.dockercli;

/** What a typed {@code docker …} line asks for: one record per subcommand the tutor runs, or help, or a pointer elsewhere. */
public sealed interface DockerCommand permits PullCommand, ImagesCommand, PsCommand, InspectCommand, LogsCommand,
        BuildCommand, RunCommand, CreateCommand, StopCommand, StartCommand, RestartCommand, RmCommand, RmiCommand,
        TagCommand, ExecCommand, PruneCommand, ContainerToolCommand, ObjectCommand, ImageToolCommand, SystemDfCommand,
        HelpRequest, NotRunHere {
}
