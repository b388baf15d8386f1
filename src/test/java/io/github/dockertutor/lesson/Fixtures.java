package io.github.dockertutor.lesson;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Paths of the fixture lessons under src/test/resources/lessons-fixtures. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getClassLoader().getResource("lessons-fixtures/" + name);
        if (url == null) {
            throw new IllegalStateException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A problem as expected.txt writes it: its file relative to the lesson folder, line, key and arguments. */
    static String describe(LintProblem problem, Path lessonFolder) {
        String relative = lessonFolder.relativize(problem.file()).toString().replace('\\', '/');
        return problem.withFile(Path.of(relative.isEmpty() ? "." : relative)).toString();
    }
}
