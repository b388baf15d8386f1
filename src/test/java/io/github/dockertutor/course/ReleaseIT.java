package io.github.dockertutor.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release a learner downloads works with Java alone: target/dockertutor-VERSION.zip, unzipped
 * in an empty folder, started through its own launcher with a PATH that holds java and the few
 * tools a shell script uses but no Maven, finds the lessons beside its jar and passes lesson 3 on
 * the real engine. Had the launcher tried to build, there would be no mvn to run and no sources.
 */
class ReleaseIT {
    /** What the sh launcher itself calls; nothing else of the machine is on the PATH. */
    private static final List<String> TOOLS = List.of("bash", "sh", "env", "dirname", "readlink", "find", "sed", "head", "mv", "rm");

    @TempDir
    Path dir;
    @RegisterExtension
    final CourseCleanSlate slate = new CourseCleanSlate();

    @Test
    void theZipRunsLessonThreeWithJavaAlone() throws Exception {
        Path zip = Path.of(System.getProperty("dockertutor.release", "target/dockertutor-0.1.0.zip"));
        assertTrue(Files.isRegularFile(zip), "mvn package made no " + zip);
        Path unpacked = Files.createDirectories(dir.resolve("download"));
        run(unpacked, Map.of("PATH", System.getenv("PATH")), "unzip", "-q", zip.toAbsolutePath().toString());
        Path release;
        try (Stream<Path> folders = Files.list(unpacked)) {
            List<Path> all = folders.toList();
            assertEquals(1, all.size(), "the zip holds one folder: " + all);
            release = all.get(0);
        }
        for (String shipped : List.of("dockertutor.jar", "dockertutor-libs.jar", "dockertutor", "dockertutor.cmd", "dockertutor.ps1",
                "README.md", "README.zh-TW.md", "lessons/03-pull-an-image/lesson.yaml")) {
            assertTrue(Files.exists(release.resolve(shipped)), "the release lacks " + shipped);
        }
        assertFalse(Files.exists(release.resolve("pom.xml")), "the release holds a pom.xml");

        Map<String, String> env = Map.of("PATH", javaOnlyPath().toString(), "HOME", dir.resolve("home").toString(),
                "DOCKERTUTOR_HOME", dir.resolve("home/data").toString(), "LANG", "C.UTF-8",
                "DOCKER_HOST", System.getenv().getOrDefault("DOCKER_HOST", ""));
        String lint = run(release, env, "./dockertutor", "--lang", "en", "lint", "--strict");
        assertTrue(lint.matches("(?s).*\\d+ lessons, 0 problems.*"), lint);

        // lesson 3 alone: a course folder of one lesson, copied from the release's own lessons
        Path course = Files.createDirectories(dir.resolve("course"));
        copy(release.resolve("lessons/03-pull-an-image"), course.resolve("03-pull-an-image"));
        String verify = run(release, env, "./dockertutor", "--lang", "en", "verify", course.toString());
        assertTrue(verify.contains("ok      03-pull-an-image/pull-busybox"), verify);
        assertTrue(verify.contains(" 0 broken"), verify);
        assertFalse(Files.exists(release.resolve("target")), "the launcher built something");

        // a zip unpacked in part: the launcher names the missing jar instead of a stack trace mid-lesson
        Files.delete(release.resolve("dockertutor-libs.jar"));
        Ran partial = execute(release, env, "./dockertutor", "--lang", "en");
        assertEquals(1, partial.code(), partial.text());
        assertTrue(partial.text().contains("dockertutor-libs.jar is missing beside this script"), partial.text());
    }

    /** A folder of links to java (the one running this test, 17 or later) and the launcher's tools. */
    private Path javaOnlyPath() throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Files.createSymbolicLink(bin.resolve("java"), java.toRealPath());
        for (String tool : TOOLS) {
            String found = run(dir, Map.of("PATH", System.getenv("PATH")), "sh", "-c", "command -v " + tool).strip();
            Files.createSymbolicLink(bin.resolve(tool), Path.of(found).toRealPath());
        }
        return bin;
    }

    private record Ran(int code, String text) {
    }

    private static String run(Path workingDir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Ran ran = execute(workingDir, env, command);
        assertEquals(0, ran.code(), String.join(" ", command) + " failed:\n" + ran.text());
        return ran.text();
    }

    private static Ran execute(Path workingDir, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .directory(workingDir.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean ended = process.waitFor(300, TimeUnit.SECONDS);
        String text = new String(output, StandardCharsets.UTF_8);
        assertTrue(ended, String.join(" ", command) + " did not end:\n" + text);
        return new Ran(process.exitValue(), text);
    }

    private static void copy(Path from, Path to) throws IOException {
        io.github.dockertutor.CourseParts.copyTree(from, to);
    }
}
