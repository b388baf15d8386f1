package io.github.dockertutor.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The commands the shell knows, found by name or alias, listed in the order they were added. */
public final class CommandRegistry {
    private final Map<String, ShellCommand> byWord = new LinkedHashMap<>();
    private final List<ShellCommand> commands = new ArrayList<>();

    public CommandRegistry add(ShellCommand command) {
        commands.add(command);
        byWord.put(command.name(), command);
        for (String alias : command.aliases()) {
            byWord.put(alias, command);
        }
        return this;
    }

    public Optional<ShellCommand> find(String word) {
        return Optional.ofNullable(byWord.get(word));
    }

    public List<ShellCommand> all() {
        return Collections.unmodifiableList(commands);
    }
}
