package io.github.dockertutor.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.base.Environment;
import io.github.dockertutor.base.ErrorLog;
import io.github.dockertutor.commands.HelpCommand;
import io.github.dockertutor.commands.StartCommand;
import io.github.dockertutor.console.CommandRegistry;
import io.github.dockertutor.console.Interrupts;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.DockerEngine;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.EngineSession;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.progress.ProgressStore;
import io.github.dockertutor.session.StepFlow;
import io.github.dockertutor.session.Tutor;
import io.github.dockertutor.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What Tab offers, with no engine: commands, docker's subcommands and flags, lessons, workspace files. */
class TutorCompleterTest {
    @TempDir
    Path dir;
    private TutorCompleter completer;

    @BeforeEach
    void setUp() throws Exception {
        Map<String, String> env = Map.of("DOCKER_HOST", "unix://" + dir.resolve("none.sock"));
        Environment environment = new Environment(env, dir, "Linux", dir);
        EngineSession session = new EngineSession(new EngineLocator(
                new EngineDiscovery(Optional.empty(), env, dir, "Linux"), new EngineProbe()));
        Workspace workspace = new Workspace(dir.resolve("workspace"));
        Files.createDirectories(workspace.root().resolve("app"));
        Files.writeString(workspace.root().resolve("Dockerfile"), "FROM busybox\n");
        CommandRegistry commands = new CommandRegistry();
        ShellContext context = new ShellContext(environment, session, new DockerEngine(session), new ErrorLog(dir.resolve("log")),
                new PrintWriter(new StringWriter()), commands, Messages.of(Language.EN), new Interrupts(), workspace,
                prompt -> Optional.empty());
        Tutor tutor = Tutor.load(LessonLoader.load(Path.of("lessons")), new ProgressStore(dir.resolve("home")),
                System::currentTimeMillis);
        StepFlow flow = new StepFlow(tutor, context);
        commands.add(new HelpCommand()).add(new StartCommand(flow));
        completer = new TutorCompleter(context, flow);
    }

    @Test
    void firstWordIsDockerOrATutorCommand() {
        assertEquals(List.of("docker", "help", "start"), completer.suggestions(List.of(), ""));
    }

    @Test
    void dockerSubcommandsGroupsAndFlags() {
        List<String> subcommands = completer.suggestions(List.of("docker"), "");
        assertTrue(subcommands.containsAll(List.of("pull", "run", "build", "images", "ps", "image", "container")),
                subcommands.toString());
        List<String> flags = completer.suggestions(List.of("docker", "run"), "-");
        assertTrue(flags.containsAll(List.of("-d", "--detach", "-p", "--publish", "--name", "-it")
                .subList(0, 5)), flags.toString());
        assertTrue(completer.suggestions(List.of("docker", "image"), "").contains("ls"));
        assertTrue(completer.suggestions(List.of("docker", "build"), "").contains("."));
    }

    @Test
    void lessonsAndWorkspaceFiles() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"),
                completer.suggestions(List.of("start"), ""));
        assertEquals(List.of("Dockerfile", "app/"), completer.suggestions(List.of("edit"), ""));
        assertEquals(List.of("Dockerfile", "app/"), completer.suggestions(List.of("docker", "build", "-f"), ""));
        assertEquals(List.of(), completer.suggestions(List.of("edit"), "../"));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)   // an absent engine must never block completion
    void noEngineMeansNoNames() {
        assertEquals(List.of(), completer.suggestions(List.of("docker", "rm"), ""));
    }
}
