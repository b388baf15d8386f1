package io.github.dockertutor.lesson;

import io.github.dockertutor.check.CheckSpec;
import io.github.dockertutor.check.FieldType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps learners on a shared engine apart: the names the lessons ask for (containers such as
 * {@code web-1234}, images such as {@code my-first-image}) get the learner's prefix
 * ({@code alice-web-1234}), and the host ports they publish move by the learner's offset
 * ({@code -p 1334:8888}). It rewrites the course once, when it is loaded, so display, hints,
 * solutions, checks and cleanup all see the same names: checks and solutions field by field,
 * prose and hints only inside code spans, where commands and names stand.
 *
 * @param prefix     the learner's prefix without the dash ({@code alice}); empty for none
 * @param portOffset added to every host port the lessons publish; 0 for none
 * @param names      the container and image names the lessons ask for (from their solutions)
 * @param ports      the host ports the lessons publish or check
 */
public record LearnerNames(String prefix, int portOffset, Set<String> names, Set<Integer> ports) {
    /** A prefix docker accepts at the front of both container names and image names. */
    private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    public static final int MAX_PREFIX = 30;

    public LearnerNames {
        names = Set.copyOf(names);
        ports = Set.copyOf(ports);
    }

    /** Whether a prefix can stand in front of docker's container and image names. */
    public static boolean validPrefix(String prefix) {
        return prefix.length() <= MAX_PREFIX && VALID_PREFIX.matcher(prefix).matches();
    }

    /** Whether anything is rewritten at all. */
    public boolean active() {
        return !prefix.isEmpty() || portOffset != 0;
    }

    /** A name the lessons ask for, as this learner uses it. */
    public String name(String name) {
        return prefix.isEmpty() || !names.contains(name) ? name : prefix + "-" + name;
    }

    /** A host port the lessons publish, as this learner publishes it. */
    public int port(int port) {
        return ports.contains(port) ? port + portOffset : port;
    }

    /** The course with this learner's names and ports everywhere. */
    public Course apply(Course course) {
        if (!active()) {
            return course;
        }
        List<Lesson> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            lessons.add(apply(lesson));
        }
        return new Course(lessons, course.problems(), course.examined(), course.warnings());
    }

    private Lesson apply(Lesson lesson) {
        List<Step> steps = new ArrayList<>();
        for (Step step : lesson.steps()) {
            List<Hint> hints = new ArrayList<>();
            for (Hint hint : step.hints()) {
                hints.add(new Hint(inCode(hint.text())));
            }
            List<String> commands = new ArrayList<>();
            for (String command : step.solution().commands()) {
                commands.add(rewrite(command));
            }
            List<Solution> wrong = new ArrayList<>();
            for (Solution attempt : step.wrong()) {
                wrong.add(new Solution(attempt.commands().stream().map(this::rewrite).toList(), attempt.files()));
            }
            steps.add(new Step(step.id(), step.title(), inCode(step.body()), step.optional(), check(step.check()),
                    hints, new Solution(commands, step.solution().files()), wrong, step.revisit(),
                    step.feedback()));
        }
        return new Lesson(lesson.id(), lesson.number(), lesson.title(), lesson.images(), inCode(lesson.intro()),
                steps, lesson.folder());
    }

    /** The check as this learner's space names things: their containers, images and ports. */
    private CheckSpec check(CheckSpec spec) {
        return spec.rewrite(FieldType.CONTAINER_NAME, value -> rewrite((String) value))
                .rewrite(FieldType.IMAGE, value -> rewrite((String) value))
                .rewrite(FieldType.PORT_PAIR, value -> rewrite((String) value))
                .rewrite(FieldType.HOST_PORT, value -> port((Integer) value));
    }

    private LocalizedText inCode(LocalizedText text) {
        return text == null ? null : LocalizedText.of(inCode(text.en()), inCode(text.zhTw()));
    }

    /** Rewrites the code of Markdown: fenced blocks whole, and inline spans between backticks. */
    public String inCode(String markdown) {
        if (markdown == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : markdown.split("\n", -1)) {
            String trimmed = line.stripLeading();
            if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
                fence = trimmed.substring(0, 3);
                out.append(line);
            } else if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                    out.append(line);
                } else {
                    out.append(rewrite(line));
                }
            } else {
                out.append(inlineCode(line));
            }
            out.append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");

    private String inlineCode(String line) {
        Matcher matcher = INLINE_CODE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    matcher.group(1) + rewrite(matcher.group(2)) + matcher.group(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Rewrites names and host ports in a command or a piece of code. A name counts only as a whole
     * word ({@code web-1234}, {@code my-first-image:1.0}), never inside a longer one; a port only
     * where it is a host port: before {@code :CONTAINER} of a mapping, after {@code localhost:}, or
     * standing alone as the whole code span.
     */
    public String rewrite(String text) {
        String result = text;
        if (!prefix.isEmpty()) {
            // longest first, so that "my-web-server" is not rewritten as "my-web" followed by "-server"
            List<String> sorted = new ArrayList<>(names);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            for (String name : sorted) {
                result = Pattern.compile("(?<![\\w./:-])" + Pattern.quote(name) + "(?![\\w-])")
                        .matcher(result).replaceAll(Matcher.quoteReplacement(prefix + "-" + name));
            }
        }
        if (portOffset != 0) {
            for (int port : ports) {
                String moved = Integer.toString(port + portOffset);
                String p = Integer.toString(port);
                result = Pattern.compile("(?<![\\w.:-])" + p + "(?=:\\d)").matcher(result).replaceAll(moved);
                result = Pattern.compile("(?<=(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0):)" + p + "(?!\\d)")
                        .matcher(result).replaceAll(moved);
                if (result.trim().equals(p)) {
                    result = result.replace(p, moved);
                }
            }
        }
        return result;
    }

    /** The prefix and offset as given, with the course's names and ports; empty when neither is given. */
    public static Optional<LearnerNames> of(String prefix, int portOffset, Set<String> names, Set<Integer> ports) {
        LearnerNames learner = new LearnerNames(prefix, portOffset, names, ports);
        return learner.active() ? Optional.of(learner) : Optional.empty();
    }
}
