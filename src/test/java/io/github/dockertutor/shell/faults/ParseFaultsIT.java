package io.github.dockertutor.shell.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.TutorProcess;
import io.github.dockertutor.dockercli.CommandLineTokenizer;
import io.github.dockertutor.dockercli.ParseException;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input typed into the whole tutor, in each language: every line gets its own clear message,
 * the prompt comes back, and the session goes on (a good command still runs afterwards, quit ends
 * it normally). None of these needs an engine: the tutor answers before asking one.
 */
class ParseFaultsIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyBadLineIsExplainedAndTheSessionGoesOn(Language language) throws Exception {
        Path workspace = dir.resolve("workspace");
        Files.createDirectories(workspace.resolve("app"));
        String longLine = "docker ps " + "a".repeat(CommandLineTokenizer.MAX_LINE_LENGTH);
        try (TutorProcess tutor = TutorProcess.start(dir.resolve("home"), Map.of("DOCKER_HOST",
                "unix://" + dir.resolve("no-engine.sock")), "--lang", language.tag(), "--workspace", workspace.toString())) {
            Transcript session = new Transcript(tutor, language);
            Messages messages = session.messages();
            session.send("dockr ps").expect("shell.unknownCommand", "dockr");
            session.send("docker biuld .").expect("parse.command.unknown", "biuld");
            session.send("docker run --detatch busybox").expect("parse.flag.unknown", "detatch")
                    .expect("parse.seeHelp", "docker run");
            session.send("docker run -d --name \"web busybox").expect("parse.line.unclosedDoubleQuote", 22);
            session.send("docker run 'busybox").expect("parse.line.unclosedSingleQuote", 12);
            session.send(longLine).expect("parse.line.tooLong", longLine.length(), CommandLineTokenizer.MAX_LINE_LENGTH);
            String control = "docker ps \u0007";
            session.send(control).expectText(renderedFailure(control, messages));
            session.send("docker pull Busybox").expect("parse.image.uppercase", "Busybox");
            session.send("docker run -p 70000:80 busybox")
                    .expect("parse.flag.invalidArgument", "70000:80", "-p, --publish",
                            messages.get("parse.port.host", "70000"));
            session.send("docker run -p 8080:0 busybox")
                    .expect("parse.flag.invalidArgument", "8080:0", "-p, --publish",
                            messages.get("parse.port.container", "0"));
            session.send("docker build -t dt-bad-x app")
                    .expect("fault.build.noDockerfile", "Dockerfile", "app", "edit app/Dockerfile", workspace.resolve("app"));
            session.send("docker build -t dt-bad-x .")
                    .expect("fault.build.noDockerfile", "Dockerfile", ".", "edit Dockerfile", workspace);
            // nothing lost: the tutor's own commands still answer
            session.send("help").expect("shell.help.header");
            tutor.send("quit");
            assertEquals(0, tutor.finish(Duration.ofSeconds(30)), tutor.output());
            assertFalse(tutor.output().contains("Exception"), tutor.output());
            assertTrue(language == Language.EN || tutor.output().contains("映像檔"), tutor.output());
        }
    }

    /** The tokenizer's own words for a line it refuses (the column and the character's name are its to say). */
    private static String renderedFailure(String line, Messages messages) {
        try {
            CommandLineTokenizer.tokenize(line);
        } catch (ParseException e) {
            return e.render(messages);
        }
        throw new AssertionError("the tokenizer accepted " + line);
    }
}
