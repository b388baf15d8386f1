package io.github.dockertutor.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockertutor.Cli;
import io.github.dockertutor.base.ExitCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The class summary page as a teacher's browser shows it: headless Chromium takes a screenshot of
 * the page in each language, kept in target/class-summary-screenshots/ for a person to look at.
 * Needs /usr/bin/chromium (scripts/test installs it on Debian as root): skips without it, but
 * fails under CI=true, where a skip would hide that the page was never looked at.
 */
class ClassSummaryScreenshotIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    static final Path OUT = Path.of("target", "class-summary-screenshots");

    @BeforeAll
    static void needsChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String why = CHROMIUM + " is missing: run scripts/test (it installs Debian's chromium as root) "
                    + "or apt-get install chromium";
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void thePageRendersInTheBrowser(String language) throws Exception {
        Path dir = Files.createDirectories(OUT.resolve("class-" + language)).toAbsolutePath();
        GeneratedClass.generate(ClassSummaryTest.SEED, ClassSummaryTest.LEARNERS).writeTo(dir);
        Path home = Files.createTempDirectory("dockertutor-screenshot-home");
        Cli.Run run = Cli.run(home, dir, Map.of(), "", "--lang", language, "class", "summary", ".");
        assertEquals(ExitCode.OK, run.code(), run.out() + run.err());
        Path page = dir.resolve("class-summary.html");
        assertTrue(Files.isRegularFile(page));

        Path png = OUT.resolve("class-summary-" + language + ".png").toAbsolutePath();
        Files.deleteIfExists(png);
        Path profile = Files.createTempDirectory("dockertutor-chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=" + WIDTH + "," + HEIGHT,
                page.toUri().toString()));
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(OUT.resolve("chromium-" + language + ".log").toFile()).start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            fail("chromium did not finish in 90 s; see " + OUT.resolve("chromium-" + language + ".log"));
        }
        assertTrue(Files.isRegularFile(png), "no screenshot; chromium said: "
                + Files.readString(OUT.resolve("chromium-" + language + ".log")));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        int colours = distinctColours(image);
        assertTrue(colours > 16, "the screenshot looks blank: " + colours + " colours");
        deleteTree(profile);
        deleteTree(home);
    }

    /** Distinct colours in a sample of the image, enough to tell text and bars from a blank page. */
    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
