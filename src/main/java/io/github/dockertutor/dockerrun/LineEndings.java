package io.github.dockertutor.dockerrun;

import io.github.dockertutor.check.Dockerfile;
import io.github.dockertutor.check.DockerfileInstruction;
import io.github.dockertutor.check.DockerfileParser;
import io.github.dockertutor.console.ShellContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Windows line endings before {@code docker build}: a script saved with CR LF and copied into the
 * image fails inside the container with {@code /bin/sh^M: not found} (exit 127), far from its
 * cause. Finds CR LF in the Dockerfile and in the {@code #!} scripts it COPYs or ADDs, explains,
 * and offers to rewrite them with LF in the workspace.
 */
final class LineEndings {
    /** Scripts are small: a bigger file is data, and is left alone. */
    static final long MAX_SCRIPT_BYTES = 1_000_000;
    private static final int MAX_FILES = 5_000;

    private LineEndings() {
    }

    /** Offers the conversion when there is anything to convert; the build goes on either way. */
    static void offerConversion(Path contextDir, Path dockerfile, ShellContext context) {
        List<Path> files = crlfFiles(contextDir, dockerfile);
        if (files.isEmpty()) {
            return;
        }
        String names = String.join(", ", files.stream().map(file -> context.workspace().display(file)).toList());
        context.say("fault.crlf.found", names);
        context.say("fault.crlf.why");
        if (!context.confirm("fault.crlf.offer")) {
            context.say("fault.crlf.kept");
            return;
        }
        for (Path file : files) {
            toLf(file);
        }
        context.say("fault.crlf.converted", names);
    }

    /** The Dockerfile, if it has CR LF, and the {@code #!} scripts with CR LF that it copies into the image. */
    static List<Path> crlfFiles(Path contextDir, Path dockerfile) {
        String text;
        try {
            text = Files.readString(dockerfile, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        Dockerfile parsed = DockerfileParser.parse(text);
        Set<Path> found = new LinkedHashSet<>();
        if (parsed.crlf()) {
            found.add(dockerfile);
        }
        for (DockerfileInstruction instruction : parsed.instructions()) {
            if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                for (String source : sources(instruction)) {
                    for (Path file : matching(contextDir, source)) {
                        if (isCrlfScript(file)) {
                            found.add(file);
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** The source words of COPY/ADD: every word but the flags and the last (the destination). */
    static List<String> sources(DockerfileInstruction instruction) {
        List<String> words = instruction.isJsonForm() ? instruction.json()
                : Arrays.asList(instruction.arguments().trim().split("\\s+"));
        if (words.stream().anyMatch(word -> word.startsWith("--from"))) {
            return List.of(); // from another stage or image, not from the workspace
        }
        List<String> plain = words.stream().filter(word -> !word.startsWith("--") && !word.isEmpty()).toList();
        if (plain.size() < 2) {
            return List.of();
        }
        return plain.subList(0, plain.size() - 1).stream().filter(word -> !word.contains("://")).toList();
    }

    /** The files a source names inside the context: a file, every file of a folder, or a glob. */
    private static List<Path> matching(Path contextDir, String source) {
        String relative = source.replace('\\', '/').replaceFirst("^/+", "");
        boolean glob = relative.chars().anyMatch(c -> c == '*' || c == '?' || c == '[');
        Path base = glob ? contextDir : contextDir.resolve(relative.isEmpty() ? "." : relative).normalize();
        if (!base.startsWith(contextDir) || !Files.exists(base)) {
            return List.of();
        }
        if (Files.isRegularFile(base)) {
            return List.of(base);
        }
        PathMatcher matcher = glob ? FileSystems.getDefault().getPathMatcher("glob:" + relative) : null;
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile).limit(MAX_FILES).forEach(file -> {
                if (matcher == null || matcher.matches(contextDir.relativize(file)) || matchesUnder(matcher, contextDir, file)) {
                    files.add(file);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return files;
        }
        return files;
    }

    /** A glob that names a folder ("conf*") copies everything under it. */
    private static boolean matchesUnder(PathMatcher matcher, Path contextDir, Path file) {
        for (Path parent = contextDir.relativize(file).getParent(); parent != null; parent = parent.getParent()) {
            if (matcher.matches(parent)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCrlfScript(Path file) {
        try {
            if (Files.size(file) > MAX_SCRIPT_BYTES) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] start = in.readNBytes(2);
                if (start.length < 2 || start[0] != '#' || start[1] != '!') {
                    return false;
                }
            }
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    /** Rewrites the file in place with LF endings; its permissions (the executable bit) stay. */
    private static void toLf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
            Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
