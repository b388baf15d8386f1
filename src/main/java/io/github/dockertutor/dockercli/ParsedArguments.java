package io.github.dockertutor.dockercli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The flags and positional arguments of one subcommand after flag parsing, before they become a record. */
public final class ParsedArguments {
    private final String commandPath;
    private final Map<String, List<Object>> values = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();
    private boolean helpRequested;

    ParsedArguments(String commandPath) {
        this.commandPath = commandPath;
    }

    /** How the learner named the command, such as {@code docker container run}; errors and help use it. */
    public String commandPath() {
        return commandPath;
    }

    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public boolean bool(String flag) {
        return boolOr(flag, false);
    }

    /** A flag that is on unless turned off ({@code --sig-proxy=false}, {@code --rm=false} of build). */
    public boolean boolOr(String flag, boolean unset) {
        return last(flag).map(Boolean.class::cast).orElse(unset);
    }

    public Optional<String> string(String flag) {
        return last(flag).map(String.class::cast);
    }

    public OptionalInt integer(String flag) {
        Optional<Object> value = last(flag);
        return value.isPresent() ? OptionalInt.of((Integer) value.get()) : OptionalInt.empty();
    }

    public <T> Optional<T> value(String flag, Class<T> type) {
        return last(flag).map(type::cast);
    }

    public <T> List<T> list(String flag, Class<T> type) {
        return values.getOrDefault(flag, List.of()).stream().map(type::cast).toList();
    }

    private Optional<Object> last(String flag) {
        List<Object> all = values.get(flag);
        return all == null || all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    void add(FlagSpec flag, Object value) {
        values.computeIfAbsent(flag.name(), name -> new ArrayList<>()).add(value);
    }

    void addPositional(String argument) {
        positionals.add(argument);
    }

    void requestHelp() {
        helpRequested = true;
    }
}
