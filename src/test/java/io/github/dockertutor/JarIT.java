package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar as a user runs it: quiet, quick to answer --version, and doctor with a real engine. */
class JarIT {
    @TempDir
    Path home;

    record Result(int code, String out) {
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DOCKERTUTOR_HOME", home.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out);
    }

    /**
     * The jar comes in two parts (pom.xml says why). Java reads a jar's whole directory when it
     * first opens it, and {@code java -jar} opens the first part on the main thread before anything
     * else: so it holds what the way to the first prompt reads (our code and texts, JLine and its
     * terminal descriptions) and stays small; its manifest names the second, with the engine's
     * libraries, which the engine probe's thread opens.
     */
    @Test
    void theFirstJarHoldsWhatThePromptReadsAndNamesTheLibrariesJar() throws Exception {
        Path first = TutorProcess.jar();
        try (JarFile tutor = new JarFile(first.toFile());
                JarFile libraries = new JarFile(first.resolveSibling("dockertutor-libs.jar").toFile())) {
            assertEquals("dockertutor-libs.jar", tutor.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH));
            for (String prompt : List.of("io/github/dockertutor/app/Main.class",
                    "io/github/dockertutor/i18n/messages_zh_TW.properties", "org/jline/reader/LineReader.class",
                    "org/jline/utils/xterm-256color.caps", "lessons/03-pull-an-image/lesson.yaml")) {
                assertNotNull(tutor.getEntry(prompt), "the tutor's jar lacks " + prompt);
            }
            for (String engine : List.of("com/github/dockerjava/core/DockerClientImpl.class",
                    "com/fasterxml/jackson/core/JsonFactory.class", "org/apache/hc/client5/http/classic/HttpClient.class",
                    "org/bouncycastle/jce/provider/BouncyCastleProvider.class", "com/google/common/base/Strings.class")) {
                assertNull(tutor.getEntry(engine), "the tutor's jar holds " + engine);
                assertNotNull(libraries.getEntry(engine), "the libraries' jar lacks " + engine);
            }
            assertTrue(tutor.size() < 3_000, "the tutor's jar has grown to " + tutor.size() + " entries");
            assertTrue(libraries.stream().noneMatch(entry -> entry.getName().startsWith("io/github/dockertutor/")),
                    "the libraries' jar holds the tutor's own classes");
        }
    }

    @Test
    void versionIsOneLineWithoutWarningsAndLoadsNoDockerClient() throws Exception {
        Result result = run(Map.of(), "-verbose:class", "-jar", TutorProcess.jar().toString(), "--version");
        assertEquals(0, result.code());
        List<String> printed = result.out().lines().filter(line -> !line.startsWith("[")).toList();
        assertEquals(List.of("dockertutor " + Version.current()), printed, result.out().lines()
                .filter(line -> !line.startsWith("[")).toList().toString());
        assertFalse(result.out().contains("com.github.dockerjava"), "--version must not load docker-java");
        assertFalse(result.out().contains("org.jline.terminal"), "--version must not open a terminal");
    }

    @Test
    void doctorNamesTheEngineInBothLanguages() throws Exception {
        RealEngine.session().close();
        Result english = run(Map.of(), "-jar", TutorProcess.jar().toString(), "--lang", "en", "doctor");
        assertEquals(ExitCode.OK, english.code(), english.out());
        assertTrue(english.out().contains("Using: "), english.out());
        assertFalse(english.out().contains("SLF4J") || english.out().contains("WARNING"), english.out());
        Result chinese = run(Map.of(), "-jar", TutorProcess.jar().toString(), "--lang", "zh-TW", "doctor");
        assertEquals(ExitCode.OK, chinese.code(), chinese.out());
        assertTrue(chinese.out().contains("使用中："), chinese.out());
    }

    @Test
    void anEngineOnALocalSocketIsReachedWithoutLoadingTls() throws Exception {
        String host = engineOnALocalSocket();
        // the shell, which connects at start (doctor also asks the engine's mirrors, over the JDK's own http client)
        Result result = run(Map.of("DOCKER_HOST", host), "-verbose:class", "-jar", TutorProcess.jar().toString(),
                "--lang", "en");
        assertEquals(ExitCode.OK, result.code(), result.out());
        assertTrue(result.out().contains("Engine: " + host), "the shell talked to the engine");
        assertFalse(result.out().contains("sun.security.ssl.TrustStoreManager"),
                "the system's CA store was read for a unix socket");
    }

    /**
     * A start that only greets names the engine without docker-java, and does not read a course
     * that is as it was at its last sound load; a lesson a teacher broke since is read and reported
     * at the next start, as before (bench/README: where a start's time goes).
     */
    @Test
    void aGreetingNamesTheEngineWithoutDockerJavaAndReadsOnlyAChangedCourse() throws Exception {
        String host = engineOnALocalSocket();
        Path lessons = home.resolve("lessons");
        for (String lesson : new String[] {"01-why-docker", "02-dockerfile-image-container"}) {
            CourseParts.copyTree(Path.of("lessons", lesson), lessons.resolve(lesson));
        }
        String[] shell = {"-verbose:class", "-jar", TutorProcess.jar().toString(), "--lang", "en",
            "--workspace", home.resolve("ws").toString(), "--lessons", lessons.toString()};
        Result first = run(Map.of("DOCKER_HOST", host), shell);
        assertTrue(first.out().contains("org.snakeyaml"), "the first start checks the course");
        Result again = run(Map.of("DOCKER_HOST", host), shell);
        assertEquals(ExitCode.OK, again.code(), again.out());
        assertTrue(again.out().contains("Engine: " + host), again.out());
        assertFalse(again.out().contains("com.github.dockerjava"), "docker-java was loaded to greet");
        assertFalse(again.out().contains("org.snakeyaml"), "an unchanged course was read at start");
        Files.writeString(lessons.resolve("02-dockerfile-image-container/lesson.yaml"), "format: 1\nid: [broken\n");
        Result broken = run(Map.of("DOCKER_HOST", host), shell);
        assertTrue(broken.out().contains("A lesson could not be loaded and is left out"), broken.out());
    }

    /** The address of the engine under test; the test is skipped when it is not a unix socket. */
    private static String engineOnALocalSocket() {
        String host;
        try (var session = RealEngine.session()) {
            host = session.connect().chosen().orElseThrow().endpoint().host().toString();
        }
        assumeTrue(host.startsWith("unix:"), "the engine under test is on " + host);
        return host;
    }

    @Test
    void doctorWithoutAnEngineExitsNonZeroWithTheFix() throws Exception {
        Result result = run(Map.of("DOCKER_HOST", "unix://" + home.resolve("no-engine.sock")),
                "-jar", TutorProcess.jar().toString(), "--lang", "zh-TW", "doctor");
        assertEquals(ExitCode.NO_ENGINE, result.code(), result.out());
        assertTrue(result.out().contains("unset DOCKER_HOST"), result.out());
        assertFalse(result.out().contains("Exception"), result.out());
    }
}
