package io.github.dockertutor.dockercli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every docker command the course shows or hints at runs in the tutor: the lines of the code
 * blocks in each lesson's en.md and zh-TW.md, and the backticked {@code docker …} of lesson.yaml's
 * hints and solutions. A line may be a mention ({@code docker rm NAME}, {@code docker build} in a
 * sentence) that docker would answer with a usage message, but never one the tutor would refuse as
 * not run here.
 */
class LessonDockerLinesTest {
    private static final Path LESSONS = Path.of("lessons");
    private static final Pattern BACKTICKED = Pattern.compile("`(docker [^`]+)`");

    static List<String> lessonLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(LESSONS)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md")) {
                    boolean inCode = false;
                    for (String line : Files.readAllLines(file)) {
                        if (line.strip().startsWith("```")) {
                            inCode = !inCode;
                        } else if (inCode && line.strip().replaceFirst("^\\$ ", "").startsWith("docker ")) {
                            lines.add(line.strip().replaceFirst("^\\$ ", ""));
                        }
                    }
                } else if (name.equals("lesson.yaml")) {
                    Matcher matcher = BACKTICKED.matcher(Files.readString(file));
                    while (matcher.find()) {
                        lines.add(matcher.group(1));
                    }
                }
            }
        }
        return lines.stream().distinct().toList();
    }

    @Test
    void theCourseShowsDockerLines() throws IOException {
        List<String> lines = lessonLines();
        // the test must read something to mean anything: the course's own commands are there
        assertTrue(lines.contains("docker build -t my-first-image ."), lines.toString());
        assertTrue(lines.contains("docker run -it busybox sh"), lines.toString());
        assertTrue(lines.size() > 20, lines.toString());
    }

    @Test
    void everyDockerLineOfTheCourseRunsInTheTutor() throws IOException {
        List<String> refused = new ArrayList<>();
        for (String line : lessonLines()) {
            Optional<String> problem = problem(line);
            problem.ifPresent(reason -> refused.add(line + " -> " + reason));
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void theRuleCatchesALineTheTutorWouldNotRun() {
        assertTrue(problem("docker compose up").isPresent());
        assertTrue(problem("docker run --memory-swappiness 5 busybox").isPresent());
        assertTrue(problem("docker ps | grep web").isPresent());
        assertFalse(problem("docker rm NAME1 NAME2").isPresent());
        assertFalse(problem("docker build").isPresent(), "a command named in a sentence is a mention, not a refusal");
    }

    /** Why the tutor would not run the line, or empty when it would (a usage message counts as running). */
    static Optional<String> problem(String line) {
        try {
            List<ShellWord> words = CommandLineTokenizer.words(line);
            List<String> literal = new ArrayList<>();
            for (ShellWord word : words) {
                literal.add(word.literal().orElse("x"));
            }
            DockerCommand command = DockerCommandParser.parse(literal);
            return command instanceof NotRunHere notRun ? Optional.of("not run here: " + notRun.commandPath())
                    : Optional.empty();
        } catch (ParseException e) {
            return e.isRefusal() ? Optional.of(e.getMessage()) : Optional.empty();
        }
    }
}
