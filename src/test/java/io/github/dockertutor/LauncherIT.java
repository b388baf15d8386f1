package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./dockertutor} launcher as a learner runs it, on a copy of the jar: the class-data
 * archive it keeps beside the jar is made once, used by the next start, remade after a build, and
 * never shows in what the learner reads.
 */
class LauncherIT {
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path dir;
    private Path jar;
    /** The jar's second part, which its manifest names: the engine's libraries. */
    private Path libs;
    private Path archive;

    record Result(int code, String out) {
    }

    @BeforeEach
    void copyTheJar() throws Exception {
        jar = dir.resolve("dockertutor.jar");
        Files.copy(TutorProcess.jar(), jar);
        libs = dir.resolve("dockertutor-libs.jar");
        Files.copy(TutorProcess.jar().resolveSibling(libs.getFileName()), libs);
        archive = dir.resolve("dockertutor.jsa");
    }

    private Result launch(Map<String, String> extraEnv, String input, String... args) throws Exception {
        return launch(extraEnv, Optional.empty(), input, args);
    }

    /**
     * The launcher with {@code input} written at once, or, given a pause, each of its lines that long
     * after the greeting's last line and after the line before (a piped session echoes its prompt
     * only with the line it reads), as a learner reads the page before typing.
     */
    private Result launch(Map<String, String> extraEnv, Optional<Duration> afterPrompt, String input, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("dockertutor").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("DOCKERTUTOR_JAR", jar.toString());
        env.put("DOCKERTUTOR_HOME", dir.resolve("home").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        ByteArrayOutputStream before = new ByteArrayOutputStream();
        if (afterPrompt.isPresent()) {
            String greeted = EN.get("lesson.howToStart") + "\n";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            InputStream screen = process.getInputStream();
            while (!before.toString(StandardCharsets.UTF_8).endsWith(greeted)) {
                if (System.nanoTime() > deadline || !process.isAlive() && screen.available() == 0) {
                    process.destroyForcibly();
                    throw new AssertionError("no greeting:\n" + before.toString(StandardCharsets.UTF_8));
                }
                if (screen.available() > 0) {
                    before.write(screen.read());
                } else {
                    Thread.sleep(20);
                }
            }
        }
        List<String> typed = afterPrompt.isPresent() ? input.lines().map(line -> line + "\n").toList() : List.of(input);
        long pause = afterPrompt.map(Duration::toMillis).orElse(0L);
        for (String line : typed) {
            Thread.sleep(pause);
            process.getOutputStream().write(line.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }
        process.getOutputStream().close();
        String out = before.toString(StandardCharsets.UTF_8)
                + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out);
    }

    private Result shell(Map<String, String> env) throws Exception {
        return launch(env, "quit\n", "--lang", "en");
    }

    @Test
    void theFirstShellMakesTheArchiveTheNextMapsItAndNeitherPrintsAboutIt() throws Exception {
        RealEngine.session().close();
        assertFalse(Files.exists(archive));
        Result first = shell(Map.of());
        assertEquals(ExitCode.OK, first.code(), first.out());
        assertTrue(Files.isRegularFile(archive), "the first shell leaves the archive beside the jar");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(path -> path.getFileName().toString().startsWith("dockertutor.jsa."))
                    .toList(), "no half-made archive is left behind");
        }

        Path classes = dir.resolve("classes.log");
        Result second = shell(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes));
        assertEquals(ExitCode.OK, second.code(), second.out());
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("io.github.dockertutor.app.Main source: shared objects file"), loaded.lines()
                .filter(line -> line.contains("dockertutor.app.Main")).toList().toString());
        // one archive, the JDK's classes in it beside ours (not the JDK's own archive with ours on top)
        assertFalse(loaded.contains("shared objects file (top)"), "a second archive on top of the JDK's");
        assertTrue(loaded.contains("java.lang.Object source: shared objects file"), "the JDK's classes are not in it");
        // the archive holds what the first start loaded; this one also reads the progress file the first wrote
        List<String> ours = loaded.lines().filter(line -> line.contains(" io.github.dockertutor.")).toList();
        List<String> fromJar = ours.stream().filter(line -> !line.contains("shared objects file")).toList();
        assertTrue(ours.size() - fromJar.size() > 100 && fromJar.size() <= 5,
                "our classes come from the archive, but for " + fromJar);
        assertFalse(loaded.contains("com.github.dockerjava"), "a start that only greets loads no docker-java");
        for (Result result : List.of(first, second)) {
            assertFalse(result.out().contains("[warning]") || result.out().contains("cds"), result.out());
            assertTrue(result.out().contains("docker> "), result.out());
        }
    }

    /**
     * The archive holds what a start loads, not all of the first session: it is made from the
     * classes loaded up to a moment after the first prompt with a step open, so a learner coming
     * back to that step finds its page's classes in it, and a command run later in the first
     * session ("docker version", which the tutor does not run) comes from the jar. Before, a long
     * first session made a large archive that slowed every later start (bench/README, "seventh look").
     */
    @Test
    void theArchiveHoldsWhatAStartLoadsNotTheRestOfTheFirstSession() throws Exception {
        RealEngine.session().close();
        Result first = launch(Map.of(), Optional.of(Duration.ofSeconds(3)), "start 1\ndocker version\nquit\n",
                "--lang", "en");
        assertEquals(ExitCode.OK, first.code(), first.out());
        assertTrue(first.out().contains("docker version"), first.out());
        assertTrue(Files.isRegularFile(archive), "the first shell leaves the archive beside the jar");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("dockertutor.jsa.")).toList(), "no list or copy is left behind");
        }

        Path classes = dir.resolve("classes.log");
        Result second = launch(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes),
                "docker version\nquit\n", "--lang", "en");
        assertEquals(ExitCode.OK, second.code(), second.out());
        String loaded = Files.readString(classes);
        assertTrue(source(loaded, "io.github.dockertutor.render.MarkdownRenderer").contains("shared objects file"),
                "the step's page, shown before the prompt, is drawn by archived classes");
        String notRunHere = source(loaded, "io.github.dockertutor.dockercli.NotRunHere");
        assertFalse(notRunHere.contains("shared objects file"), notRunHere);
    }

    /** Where the class came from, as -Xlog:class+load said. */
    private static String source(String loaded, String className) {
        return loaded.lines().filter(line -> line.contains(" " + className + " ")).findFirst()
                .orElseThrow(() -> new AssertionError(className + " was not loaded"));
    }

    /**
     * An older java is named, never run; and where the java command's links lead is kept beside the
     * jar, so readlink runs again only when the command leads to another file, as after an
     * alternatives switch: a kept answer never hides an older java.
     */
    @Test
    void anOlderJavaIsNamedAndTheJavaCommandIsFollowedAgainOnlyWhenItLeadsElsewhere() throws Exception {
        Path realJava = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
        Path oldHome = java8Home("echo 'the old java ran'; exit 3");
        Path oldJava = oldHome.resolve("bin/java");
        // readlink as the launcher finds it on the PATH, counting its runs
        Path calls = dir.resolve("readlink-calls");
        Files.writeString(calls, "");
        String readlink = new String(new ProcessBuilder("sh", "-c", "command -v readlink").start().getInputStream()
                .readAllBytes(), StandardCharsets.UTF_8).strip();
        Path tools = Files.createDirectories(dir.resolve("tools"));
        script(tools.resolve("readlink"), "echo run >>'" + calls + "'; exec '" + readlink + "' \"$@\"");
        Path onPath = Files.createDirectories(dir.resolve("path"));
        Path java = onPath.resolve("java");
        Files.createSymbolicLink(java, realJava);
        // no width: each language's message is one line, as the assertions below read it
        Map<String, String> env = Map.of("PATH", tools + ":" + onPath + ":" + System.getenv("PATH"), "COLUMNS", "");
        Path kept = dir.resolve("dockertutor.java-path");

        Result first = launch(env, "", "--version");
        assertEquals(List.of("dockertutor " + Version.current()), first.out().lines().toList());
        assertEquals(1, Files.readAllLines(calls).size(), "the first start follows the links");
        assertEquals(realJava.toString(), Files.readString(kept).strip());
        assertEquals(ExitCode.OK, launch(env, "", "--version").code());
        assertEquals(1, Files.readAllLines(calls).size(), "the same java: where it leads is known");

        // the command now leads to an older java, as after an alternatives switch
        Files.delete(java);
        Files.createSymbolicLink(java, oldJava);
        for (int start = 0; start < 2; start++) {
            Result refused = launch(env, "", "--version");
            assertEquals(1, refused.code(), refused.out());
            assertTrue(refused.out().contains("(" + oldHome.toRealPath() + ") is version 8, and dockertutor needs 17 or later"),
                    refused.out());
            assertFalse(refused.out().contains("the old java ran"), refused.out());
        }
        assertEquals(2, Files.readAllLines(calls).size(), "followed again once, when the command led elsewhere");

        Files.delete(java);
        Files.createSymbolicLink(java, realJava);
        assertEquals(ExitCode.OK, launch(env, "", "--version").code());
        // a kept line cut short by a tutor starting beside this one leads nowhere: followed again
        Files.writeString(kept, realJava.toString().substring(0, realJava.toString().length() - 2) + "\n");
        assertEquals(ExitCode.OK, launch(env, "", "--version").code());
        assertEquals(4, Files.readAllLines(calls).size());
        assertEquals(realJava.toString(), Files.readString(kept).strip());
        Files.delete(java);   // JUnit would warn of a link out of its folder
    }

    /**
     * The launcher's own messages (no java, an older java) come in lines that fit a 40-column
     * terminal, Chinese characters counted as two columns, and lose nothing: joined again, they are
     * the lines printed whole when the output is piped.
     */
    @Test
    void theLaunchersOwnMessagesFitANarrowTerminal() throws Exception {
        Path onlyBash = Files.createDirectories(dir.resolve("only-bash"));
        Files.createSymbolicLink(onlyBash.resolve("bash"), Path.of("/bin/bash").toRealPath());
        Path oldHome = java8Home("exit 3");
        for (String path : List.of(onlyBash.toString(), oldHome.resolve("bin") + ":" + System.getenv("PATH"))) {
            Result whole = launch(Map.of("PATH", path, "COLUMNS", ""), "", "--version");
            Result narrow = launch(Map.of("PATH", path, "COLUMNS", "40"), "", "--version");
            assertEquals(1, whole.code(), whole.out());
            assertEquals(1, narrow.code(), narrow.out());
            assertEquals(2, whole.out().lines().count(), "English, then Chinese, each a line:\n" + whole.out());
            List<String> lines = narrow.out().lines().toList();
            assertTrue(lines.size() > 3, narrow.out());
            for (String line : lines) {
                assertTrue(io.github.dockertutor.render.Columns.of(line) <= 40, line + "\n" + narrow.out());
            }
            assertEquals(whole.out().replaceAll("\\s", ""), narrow.out().replaceAll("\\s", ""));
        }
        Files.delete(onlyBash.resolve("bash"));   // JUnit would warn of a link out of its folder
    }

    /** A Java 8 home as the launcher reads it: a release file, and a bin/java that runs {@code body}. */
    private Path java8Home(String body) throws Exception {
        Path home = Files.createDirectories(dir.resolve("jdk8/bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"1.8.0_392\"\n");
        script(home.resolve("bin/java"), body);
        return home;
    }

    private static Path script(Path file, String body) throws Exception {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        file.toFile().setExecutable(true);
        return file;
    }

    @Test
    void aNewerJarGetsANewArchiveAndAQuickCommandMakesNone() throws Exception {
        RealEngine.session().close();
        Result version = launch(Map.of(), "", "--version");
        assertEquals(List.of("dockertutor " + Version.current()), version.out().lines().toList());
        assertFalse(Files.exists(archive), "--version loads too few classes to be worth an archive");

        assertEquals(ExitCode.OK, shell(Map.of()).code());
        // a build writes a new jar after the archive was made: the archive of the old one no longer matches
        FileTime made = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(archive, made);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(30)));
        assertEquals(ExitCode.OK, shell(Map.of()).code());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "remade after the jar changed");
        // the same for the libraries' jar: with an archive older than it the JVM would quietly map nothing
        Files.setLastModifiedTime(archive, made);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(90)));
        Files.setLastModifiedTime(libs, FileTime.from(Instant.now().minusSeconds(30)));
        assertEquals(ExitCode.OK, shell(Map.of()).code());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(libs)) > 0,
                "remade after the libraries' jar changed");
    }
}
