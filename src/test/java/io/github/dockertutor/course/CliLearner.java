package io.github.dockertutor.course;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.verify.Learner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A learner with two terminals: the tutor in one (a real tutor process, where only {@code check},
 * {@code answer} and {@code start} are typed), the real docker CLI in another, and an editor that
 * saves files into the workspace. The tutor must see what was done and say so, as it would for a
 * person; a step it completes by itself, from the engine's events, needs no {@code check} at all.
 */
final class CliLearner implements Learner {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** How long the tutor's output must stay still before we judge what it said: events settle in 250 ms. */
    private static final long QUIET_MILLIS = 450;

    private final TutorProcess tutor;
    private final Messages messages;
    private final Path workspace;
    private final String dockerHost;
    private Lesson lesson;
    private int mark;
    /** How many steps passed by themselves, without a {@code check} typed. */
    private int passedBySelf;

    CliLearner(TutorProcess tutor, Messages messages, Path workspace, String dockerHost, int mark) {
        this.tutor = tutor;
        this.messages = messages;
        this.workspace = workspace;
        this.dockerHost = dockerHost;
        this.mark = mark;
    }

    int passedBySelf() {
        return passedBySelf;
    }

    @Override
    public void open(Lesson next, Step step) {
        try {
            if (lesson == null || !lesson.id().equals(next.id())) {
                if (lesson != null) {
                    mark = tutor.await(CourseIT.prefix(messages, "lesson.finished"), mark, WAIT);
                }
                lesson = next;
                tutor.send("start " + next.number());
                mark = tutor.await(messages.get("lesson.heading", next.number(), next.title().get(messages.language())),
                        mark, WAIT);
            }
            mark = tutor.await(step.title().get(messages.language()), mark, WAIT);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tutor skips an optional step when told {@code next}; nothing else is ever typed to move on. */
    @Override
    public void skip(Lesson next, Step step) {
        open(next, step);
        try {
            tutor.send("next");
            mark = tutor.await(CourseIT.opening(messages.get("lesson.skipped")), mark, WAIT);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Outcome check() {
        try {
            settle();
            String passed = CourseIT.prefix(messages, "step.passed");
            int self = tutor.output().indexOf(passed, mark);
            if (self >= 0) {
                passedBySelf++;
                // the next step's page follows: the mark stays before it, for open() to find its title
                mark = self + passed.length();
                return new Outcome(true, tutor.output().substring(self));
            }
            int before = tutor.length();
            tutor.send("check");
            String failed = CourseIT.prefix(messages, "step.failed");
            String cannot = CourseIT.prefix(messages, "step.cannotRun");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                String out = tutor.output();
                for (String answer : List.of(passed, failed, cannot)) {
                    int at = out.indexOf(answer, before);
                    if (at >= 0) {
                        mark = at + answer.length();
                        return new Outcome(answer.equals(passed), tutor.output().substring(at));
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no answer to check within " + WAIT + ":\n" + tutor.output().substring(before));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(String path, String content) {
        try {
            Path file = workspace.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A docker line in the other terminal; {@code -it} gets a terminal of its own there, as a person's would. */
    @Override
    public void run(String line) {
        List<String> words;
        try {
            words = CommandLineTokenizer.tokenize(line);
        } catch (ParseException e) {
            throw new IllegalArgumentException(line, e);
        }
        if (words.isEmpty() || !words.get(0).equals("docker")) {
            return; // cat, ls: a look, nothing to do
        }
        boolean terminal = words.stream().anyMatch(w -> w.matches("-[a-zA-Z]*t[a-zA-Z]*") && w.contains("i"));
        // a shell, as in a person's terminal: "$(pwd)" is the folder the terminal is in, the workspace
        List<String> command = terminal ? List.of("script", "-qec", line, "/dev/null") : List.of("sh", "-c", line);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(workspace.toFile());
        builder.environment().put("DOCKER_HOST", dockerHost);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after " + WAIT + ": " + line);
            }
            // a wrong attempt may well fail in docker; what counts is the state it leaves
            last.add(line + " -> " + process.exitValue() + ": " + new String(output, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private final List<String> last = new ArrayList<>();

    /** The docker lines run so far and what they printed: for a failure's message. */
    List<String> dockerLines() {
        return last;
    }

    @Override
    public void answer(String text) {
        try {
            tutor.send("answer " + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the tutor has printed nothing for a while: what events set off has been said. */
    private void settle() throws InterruptedException {
        int length = -1;
        long stillSince = System.nanoTime();
        while (true) {
            int now = tutor.length();
            if (now != length) {
                length = now;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince > TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
                return;
            }
            Thread.sleep(50);
        }
    }
}
