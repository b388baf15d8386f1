package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.dockercli.ContainerOptions;
import io.github.dockertutor.dockercli.VolumeMapping;

/**
 * Options that hand a container the learner's whole machine: {@code --privileged}, the host's
 * root folder or the engine's own socket mounted, {@code --network host}. The tutor explains the
 * risk and runs them only when the learner says yes.
 */
final class RunSafety {
    private final ShellContext context;

    RunSafety(ShellContext context) {
        this.context = context;
    }

    boolean allows(ContainerOptions options) {
        if (options.privileged() && !context.confirm("docker.safety.privileged")) {
            return refused();
        }
        if (options.network().filter("host"::equals).isPresent() && !context.confirm("docker.safety.hostNetwork")) {
            return refused();
        }
        for (VolumeMapping volume : options.volumes()) {
            String source = volume.source().orElse("");
            boolean root = source.equals("/") || source.matches("[A-Za-z]:[\\\\/]?");
            boolean socket = source.endsWith("docker.sock") || source.contains("docker_engine");
            if ((root || socket) && !context.confirm(root ? "docker.safety.rootMount" : "docker.safety.socketMount",
                    source)) {
                return refused();
            }
        }
        return true;
    }

    private boolean refused() {
        context.say("docker.safety.refused");
        return false;
    }
}
