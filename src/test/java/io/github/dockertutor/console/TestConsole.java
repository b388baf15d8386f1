package io.github.dockertutor.console;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.engine.Engine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.tui.PlainScreen;
import io.github.dockertutor.workspace.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@link ShellContext} for unit tests, on any {@link Engine} (usually the in-memory one): the
 * learner's language, everything printed kept in a StringWriter, a workspace in a folder of the
 * test's, yes/no questions answered from a script (an answer not scripted is the end of input: no),
 * width 80 unless set, no colour. The engine session points at a socket that does not exist, so
 * "look for the engine again" (after ENGINE_GONE) finds nothing, at once.
 *
 * <pre>
 * TestConsole console = TestConsole.in(tempDir).engine(engine).language(Language.ZH_TW).answers("y").build();
 * new DockerDispatcher(TestConsole.NO_TERMINAL).run(List.of("docker", "pull", "busybox"), console.context());
 * assertTrue(console.said("docker.pull.summary", ...));
 * </pre>
 */
public final class TestConsole {
    /** A session with no terminal to hand to a container, like the shell's NoTerminal. */
    public static final InteractiveRunner NO_TERMINAL = new InteractiveRunner() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public OptionalInt attachAndStart(String containerId, ShellContext context) {
            throw new IllegalStateException("no terminal to attach");
        }

        @Override
        public OptionalInt exec(String containerId, List<String> command, ShellContext context) {
            throw new IllegalStateException("no terminal to attach");
        }
    };

    private final ShellContext context;
    private final StringWriter output;
    private final Deque<String> answers;
    private final List<String> questions;
    private final Path dir;

    private TestConsole(ShellContext context, StringWriter output, Deque<String> answers, List<String> questions,
            Path dir) {
        this.context = context;
        this.output = output;
        this.answers = answers;
        this.questions = questions;
        this.dir = dir;
    }

    /** A console whose workspace, data and log live in {@code dir} (a test's @TempDir). */
    public static Builder in(Path dir) {
        return new Builder(dir);
    }

    public static final class Builder {
        private final Path dir;
        private Engine engine;
        private Language language = Language.EN;
        private int width = 80;
        private final List<String> answers = new ArrayList<>();

        private Builder(Path dir) {
            this.dir = dir;
        }

        public Builder engine(Engine value) {
            engine = value;
            return this;
        }

        public Builder language(Language value) {
            language = value;
            return this;
        }

        public Builder width(int columns) {
            width = columns;
            return this;
        }

        /** The learner's answers to yes/no questions, in order ("y", "n", "是"…). */
        public Builder answers(String... typed) {
            answers.addAll(List.of(typed));
            return this;
        }

        public TestConsole build() {
            if (engine == null) {
                throw new IllegalStateException("a console needs an engine");
            }
            Map<String, String> variables = Map.of("DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"),
                    "DOCKERTUTOR_HOME", dir.resolve("data").toString());
            Environment environment = new Environment(variables, dir, "Linux", dir);
            EngineSession session = new EngineSession(new EngineLocator(
                    new EngineDiscovery(Optional.empty(), variables, dir, "Linux"), new EngineProbe()));
            Workspace workspace = new Workspace(dir.resolve("workspace"));
            try {
                workspace.ensureExists();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringWriter output = new StringWriter();
            PrintWriter out = new PrintWriter(output, true);
            Deque<String> queue = new ArrayDeque<>(answers);
            List<String> questions = new ArrayList<>();
            ShellContext context = new ShellContext(environment, session, engine, new ErrorLog(environment.logFile()),
                    out, new CommandRegistry(), Messages.of(language), new Interrupts(), workspace, prompt -> {
                        questions.add(prompt);
                        out.println(prompt);
                        return Optional.ofNullable(queue.poll());
                    });
            int columns = width;
            context.setDisplay(() -> columns, false, new PlainScreen(out, columns));
            return new TestConsole(context, output, queue, questions, dir);
        }
    }

    public ShellContext context() {
        return context;
    }

    public Messages messages() {
        return context.messages();
    }

    public Path workspace() {
        return context.workspace().root();
    }

    /** Writes a file into the workspace, folders made as needed. */
    public Path write(String relative, String content) {
        Path file = workspace().resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Everything printed so far. */
    public String output() {
        context.out().flush();
        return output.toString();
    }

    /** Everything printed so far, and forgets it: the next call sees only what comes after. */
    public String take() {
        String text = output();
        output.getBuffer().setLength(0);
        return text;
    }

    /** The yes/no questions asked so far, as shown. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    /** Scripted answers not used yet. */
    public List<String> unusedAnswers() {
        return List.copyOf(answers);
    }

    /** The text of a message in the console's language, as {@link ShellContext#say} would print it (unwrapped). */
    public String text(String key, Object... args) {
        return context.messages().get(key, args);
    }

    /**
     * Whether the output holds this message, wrapping aside: lines are wrapped at the console's
     * width (between words, or between CJK characters), so both are compared without white space.
     */
    public boolean said(String key, Object... args) {
        return saidText(text(key, args));
    }

    /** As {@link #said}, for text already rendered (a fix, a check's sentence). */
    public boolean saidText(String text) {
        return squeeze(output()).contains(squeeze(text));
    }

    /** The text of a message up to its first placeholder, to look for a message whose arguments the test does not know. */
    public String before(String key) {
        String marked = context.messages().get(key, "\u0000", "\u0000", "\u0000", "\u0000", "\u0000", "\u0000");
        int cut = marked.indexOf('\u0000');
        return cut < 0 ? marked : marked.substring(0, cut);
    }

    /** Whether the output holds the part of this message before its first placeholder. */
    public boolean saidStart(String key) {
        return saidText(before(key));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The data folder (progress, log) of this console's made-up machine. */
    public Path dataDir() {
        return dir.resolve("data");
    }
}
