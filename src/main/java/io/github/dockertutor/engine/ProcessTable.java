package io.github.dockertutor.engine;

import java.util.List;

/** {@code docker top}: the column titles ps printed in the container, and one row a process. */
public record ProcessTable(List<String> titles, List<List<String>> processes) {
    public ProcessTable {
        titles = List.copyOf(titles);
        processes = processes.stream().map(List::copyOf).toList();
    }
}
