package io.github.dockertutor.lesson;

import java.nio.file.Path;
import java.util.List;

/** Collects the problems found in one file into a shared list, so parsers need not repeat the path. */
final class FileProblems {
    private final Path file;
    private final List<LintProblem> sink;

    FileProblems(Path file, List<LintProblem> sink) {
        this.file = file;
        this.sink = sink;
    }

    Path file() {
        return file;
    }

    void add(int line, String messageKey, Object... args) {
        sink.add(new LintProblem(file, line, messageKey, args));
    }

    /** How many problems the shared list holds: compare two counts to see whether a part added any. */
    int count() {
        return sink.size();
    }
}
