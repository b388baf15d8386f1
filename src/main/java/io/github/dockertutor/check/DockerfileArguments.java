package io.github.dockertutor.check;

import io.github.dockertutor.i18n.Message;
import io.github.dockertutor.i18n.ShortList;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a Dockerfile's instructions say, judged as the build and the run will take them: every file
 * COPY or ADD names is in the build context, files land where later steps look for them, CMD is in
 * the exec form with the words the server needs, the port is exposed. A step that checked only
 * which instructions exist let through {@code COPY index.htm} and a CMD without {@code -h /www},
 * and the learner paid for it two lessons later.
 */
final class DockerfileArguments {
    private final Dockerfile dockerfile;
    private final String path;
    private final Path context;

    DockerfileArguments(Dockerfile dockerfile, String path, Path context) {
        this.dockerfile = dockerfile;
        this.path = path;
        this.context = context;
    }

    /** The first COPY or ADD whose source is not in the build context, as a failure. */
    Optional<CheckResult> missingSource() {
        for (DockerfileInstruction instruction : copies()) {
            for (String source : sources(instruction)) {
                // ADD may fetch a URL: nothing to find in the context
                if (!source.contains("://") && matches(source).isEmpty()) {
                    return Optional.of(CheckResult.failed("check.dockerfile.sourceMissing", path, instruction.line(),
                            instruction.keyword(), source, ShortList.of(WorkspaceFile.listing(context))));
                }
            }
        }
        return Optional.empty();
    }

    /** Each wanted {@code SOURCE DESTINATION} copied there, or the failure naming the first that is not. */
    Optional<CheckResult> copiesTo(List<String> wanted) {
        for (String pair : wanted) {
            String[] parts = pair.strip().split("\\s+");
            String source = parts[0];
            String destination = normalize(parts[1]);
            boolean found = false;
            String workdir = "/";
            List<String> seen = new ArrayList<>();
            for (DockerfileInstruction instruction : dockerfile.instructions()) {
                if (instruction.keyword().equals("WORKDIR")) {
                    workdir = absolute(workdir, unquote(instruction.arguments()));
                    continue;
                }
                if (!instruction.keyword().equals("COPY") && !instruction.keyword().equals("ADD")) {
                    continue;
                }
                List<String> sources = sources(instruction);
                Optional<String> target = target(instruction);
                if (target.isEmpty()) {
                    continue;
                }
                for (String written : sources) {
                    String landed = written.matches(".*[*?\\[].*") ? source : written;
                    String landing = landing(workdir, target.get(), landed, sources.size());
                    seen.add(written + " → " + landing);
                    if (sameSource(written, source) && landing.equals(destination)) {
                        found = true;
                    }
                }
            }
            if (!found) {
                return Optional.of(CheckResult.failed("check.dockerfile.copyTo", path, source, destination,
                        ShortList.of(seen)));
            }
        }
        return Optional.empty();
    }

    /**
     * The last CMD (or ENTRYPOINT) in the exec form, starting with the program and holding each run
     * of words together ({@code -p 8080} as two words side by side), or the failure saying what is off.
     */
    Optional<CheckResult> commandHas(String keyword, List<String> wanted) {
        String key = "check.dockerfile." + (keyword.equals("CMD") ? "cmd" : "entrypoint");
        List<DockerfileInstruction> found = dockerfile.all(keyword);
        if (found.isEmpty()) {
            return Optional.of(CheckResult.failed(keyword.equals("CMD") ? "check.dockerfile.noCmd"
                    : "check.dockerfile.noEntrypoint", path));
        }
        DockerfileInstruction last = found.get(found.size() - 1);
        if (!last.isJsonForm()) {
            return Optional.of(CheckResult.failed(key + "ShellForm", path, last.line(), last.arguments()));
        }
        List<String> argv = last.json();
        String program = wanted.get(0).strip();
        if (argv.isEmpty() || !argv.get(0).equals(program)) {
            return Optional.of(CheckResult.failed(key + "Program", path, last.line(),
                    argv.isEmpty() ? "" : argv.get(0), program));
        }
        String lacking = CommandWords.missing(argv, wanted);
        return lacking == null ? Optional.empty() : Optional.of(CheckResult.failed(key + "Missing", path,
                last.line(), lacking, String.join(" ", argv)));
    }

    /** The working folder the last WORKDIR leaves the image in is this one. */
    Optional<CheckResult> workdir(String wanted) {
        String workdir = "";
        for (DockerfileInstruction instruction : dockerfile.all("WORKDIR")) {
            workdir = normalize(absolute(workdir.isEmpty() ? "/" : workdir, unquote(instruction.arguments())));
        }
        return workdir.equals(normalize(wanted)) ? Optional.empty()
                : Optional.of(CheckResult.failed("check.dockerfile.workdir", path, wanted,
                        workdir.isEmpty() ? Message.of("check.dockerfile.noWorkdir") : workdir));
    }

    /** Some EXPOSE lists this port ({@code 8080} and {@code 8080/tcp} are the same). */
    Optional<CheckResult> exposes(String port) {
        String wanted = port.contains("/") ? port : port + "/tcp";
        List<String> exposed = new ArrayList<>();
        for (DockerfileInstruction expose : dockerfile.all("EXPOSE")) {
            for (String word : expose.arguments().split("\\s+")) {
                if (!word.isEmpty()) {
                    exposed.add(word.contains("/") ? word : word + "/tcp");
                }
            }
        }
        return exposed.contains(wanted) ? Optional.empty()
                : Optional.of(CheckResult.failed("check.dockerfile.exposes", path, port, ShortList.of(exposed)));
    }

    private List<DockerfileInstruction> copies() {
        return dockerfile.instructions().stream()
                .filter(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"))
                .filter(i -> !i.arguments().startsWith("--from"))
                .toList();
    }

    /** The sources of a COPY or ADD: every word but its flags and the last. */
    private static List<String> sources(DockerfileInstruction instruction) {
        List<String> words = words(instruction);
        return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
    }

    private static Optional<String> target(DockerfileInstruction instruction) {
        List<String> words = words(instruction);
        return words.size() < 2 ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }

    private static List<String> words(DockerfileInstruction instruction) {
        List<String> words = new ArrayList<>(instruction.isJsonForm() ? instruction.json()
                : List.of(instruction.arguments().split("\\s+")));
        words.removeIf(word -> word.isEmpty() || word.startsWith("--"));
        return words;
    }

    /** Where a source lands: into a folder when the target ends with / or several sources go there. */
    private static String landing(String workdir, String target, String source, int sources) {
        String base = absolute(workdir, target);
        if (target.endsWith("/") || target.equals(".") || sources > 1) {
            String name = source.replaceAll("/+$", "");
            name = name.substring(name.lastIndexOf('/') + 1);
            return normalize(base + "/" + name);
        }
        return normalize(base);
    }

    private static String absolute(String workdir, String target) {
        return target.startsWith("/") ? target : workdir + "/" + target;
    }

    private static String normalize(String path) {
        String normalized = Path.of("/").resolve(path).normalize().toString().replace('\\', '/');
        return normalized.isEmpty() ? "/" : normalized;
    }

    /** The written source names the wanted file, itself or through its wildcards ({@code *.html}). */
    private static boolean sameSource(String written, String wanted) {
        String pattern = normalize(written);
        String file = normalize(wanted);
        if (!written.matches(".*[*?\\[].*")) {
            return pattern.equals(file);
        }
        return FileSystems.getDefault().getPathMatcher("glob:" + pattern).matches(Path.of(file));
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
    }

    /** The context's files a source names: itself, or what its wildcards match. */
    private List<Path> matches(String source) {
        String relative = source.replaceFirst("^\\./", "").replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.equals(".")) {
            return List.of(context);
        }
        if (!relative.matches(".*[*?\\[].*")) {
            Path candidate = context.resolve(relative).normalize();
            return candidate.startsWith(context) && Files.exists(candidate) ? List.of(candidate) : List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        try (Stream<Path> files = Files.walk(context, 8)) {
            return files.filter(file -> matcher.matches(context.relativize(file))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
