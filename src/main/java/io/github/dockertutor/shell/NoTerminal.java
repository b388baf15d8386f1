package io.github.dockertutor.shell;

import io.github.dockertutor.console.InteractiveRunner;
import io.github.dockertutor.console.ShellContext;
import java.util.List;
import java.util.OptionalInt;

/** A session without a terminal to hand to a container: a scripted one. */
enum NoTerminal implements InteractiveRunner {
    INSTANCE;

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public OptionalInt attachAndStart(String containerId, ShellContext context) {
        throw new IllegalStateException("no terminal to attach");
    }

    @Override
    public OptionalInt exec(String containerId, List<String> command, ShellContext context) {
        throw new IllegalStateException("no terminal to attach");
    }
}
