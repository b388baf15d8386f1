package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code ls [DIR]}: what is in the workspace (or a folder inside it). */
public final class LsCommand implements ShellCommand {
    @Override
    public String name() {
        return "ls";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        String name = args.isEmpty() ? "." : args.get(0);
        Optional<Path> dir = context.workspace().resolve(name);
        if (dir.isEmpty()) {
            context.say("shell.workspace.outside", name);
            return Outcome.CONTINUE;
        }
        if (!Files.isDirectory(dir.get())) {
            context.say(Files.exists(dir.get()) ? "shell.ls.notFolder" : "shell.workspace.missing", name);
            return Outcome.CONTINUE;
        }
        try (Stream<Path> entries = Files.list(dir.get())) {
            List<Path> sorted = entries.sorted().toList();
            if (sorted.isEmpty()) {
                context.say("shell.ls.empty", context.workspace().display(dir.get()));
            }
            for (Path entry : sorted) {
                String shown = entry.getFileName().toString() + (Files.isDirectory(entry) ? "/" : "");
                long size = Files.isRegularFile(entry) ? Files.size(entry) : 0;
                context.out().println(Files.isRegularFile(entry) ? String.format("%-30s %,d B", shown, size) : shown);
            }
        } catch (IOException e) {
            context.say("shell.workspace.cannotRead", name, e.getMessage());
        }
        context.out().flush();
        return Outcome.CONTINUE;
    }
}
