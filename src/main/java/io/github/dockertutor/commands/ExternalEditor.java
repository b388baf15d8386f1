package io.github.dockertutor.commands;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.console.ShellContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The learner's own editor, chosen as git chooses one: $VISUAL, else $EDITOR. The value is run by
 * the system's shell with the file as its argument, so it may carry options ("code --wait",
 * "subl -w"), and the tutor waits for it to close.
 */
final class ExternalEditor {
    private final String command;

    ExternalEditor(String command) {
        this.command = command;
    }

    /** The editor set in the environment, if any. */
    static Optional<String> chosen(Environment environment) {
        for (String variable : List.of("VISUAL", "EDITOR")) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    void edit(Path file, ShellContext context) {
        context.say("shell.edit.external", context.workspace().display(file), command);
        ProcessBuilder builder = new ProcessBuilder(commandLine(file, context.environment().osName()))
                .directory(context.workspace().root().toFile()).inheritIO();
        try {
            int code = builder.start().waitFor();
            if (code != 0) {
                context.say("shell.edit.externalFailed", command, code);
            }
        } catch (IOException e) {
            context.log().record("edit: starting " + command, e);
            context.say("shell.edit.externalFailed", command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How the shell runs it: as git does, with the file as "$@", never pasted into the command. */
    List<String> commandLine(Path file, String osName) {
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            return List.of("cmd.exe", "/c", command + " \"" + file + "\"");
        }
        return List.of("sh", "-c", command + " \"$@\"", command, file.toString());
    }
}
