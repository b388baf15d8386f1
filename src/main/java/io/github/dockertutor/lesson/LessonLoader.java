package io.github.dockertutor.lesson;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a lessons folder into a {@link Course}: every subfolder is a lesson, in folder-name order.
 * A lesson with problems is left out and its problems kept; the others still load. The folder may
 * be on disk or inside the tutor's jar: both are read through {@link Path}, so the code is shared.
 */
public final class LessonLoader {
    /** Where the jar keeps the course (the build copies {@code lessons/} there). */
    public static final String CLASSPATH_ROOT = "lessons";

    /** A lesson folder's name, as lint.folder.name describes it. */
    private static final java.util.regex.Pattern LESSON_NAME = java.util.regex.Pattern.compile("\\d\\d-[a-z0-9]+(?:-[a-z0-9]+)*");

    private LessonLoader() {
    }

    /**
     * Reads every lesson folder under {@code lessonsDir} for a learner; never throws for what the
     * files contain. The translations are not compared with the English they were made from: that
     * is for authors ({@link #loadForLint}), a learner never sees its warnings, and it hashes every
     * section of every lesson: some 35 ms of a first whole read of the course (bench/README).
     */
    public static Course load(Path lessonsDir) {
        return load(lessonsDir, false);
    }

    /** As {@link #load}, with the warnings of translations whose English changed since ({@link StaleTranslations}). */
    static Course loadForLint(Path lessonsDir) {
        return load(lessonsDir, true);
    }

    private static Course load(Path lessonsDir, boolean compareTranslations) {
        List<LintProblem> problems = new ArrayList<>();
        List<LintProblem> warnings = new ArrayList<>();
        if (!Files.isDirectory(lessonsDir)) {
            problems.add(new LintProblem(lessonsDir, 0, "lint.dir.missing"));
            return new Course(List.of(), problems, 0);
        }
        List<Path> folders;
        try {
            folders = lessonFolders(lessonsDir);
            problems.addAll(filesNamedLikeLessons(lessonsDir));
        } catch (IOException e) {
            problems.add(new LintProblem(lessonsDir, 0, "lint.file.unreadable", String.valueOf(e.getMessage())));
            return new Course(List.of(), problems, 0);
        }
        List<Lesson> lessons = new ArrayList<>();
        Map<Integer, String> numbers = new HashMap<>();
        List<LessonReader.Result> results = folders.stream().map(folder -> LessonReader.read(folder, compareTranslations)).toList();
        // images one lesson builds may be run by a later one: which they are is known only across the course
        Set<String> built = ImageDeclarations.builtByCourse(
                results.stream().flatMap(result -> result.yaml().stream()).toList());
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            LessonReader.Result result = results.get(i);
            problems.addAll(result.problems());
            warnings.addAll(result.warnings());
            List<LintProblem> imageProblems = result.yaml()
                    .map(yaml -> ImageDeclarations.check(folder.resolve(LessonReader.YAML), yaml, built))
                    .orElse(List.of());
            problems.addAll(imageProblems);
            result.lesson().filter(lesson -> imageProblems.isEmpty()).ifPresent(lesson -> {
                String earlier = numbers.putIfAbsent(lesson.number(), lesson.id());
                if (earlier != null) {
                    // "lesson 3" must name one lesson; the later folder waits until it is renumbered
                    problems.add(new LintProblem(folder, 0, "lint.folder.duplicateNumber", lesson.id(), earlier));
                } else {
                    lessons.add(lesson);
                }
            });
        }
        problems.addAll(RevisitTargets.check(folders,
                results.stream().map(result -> result.yaml().orElse(null)).toList()));
        return new Course(lessons, problems, folders.size(), warnings);
    }

    /**
     * Reads one lesson by its id (its folder's name) and nothing else, for a course known to load
     * whole without a problem ({@link SoundCourses}): the checks across lessons are not made. None
     * when the id is not a lesson folder's name (it is never resolved as a path then: it comes from
     * the learner's progress file), the folder is missing, or the lesson does not load.
     */
    static Optional<Lesson> loadOne(Path lessonsDir, String id) {
        if (!LESSON_NAME.matcher(id).matches()) {
            return Optional.empty();
        }
        Path folder = lessonsDir.resolve(id);
        return Files.isDirectory(folder) ? LessonReader.read(folder, false).lesson() : Optional.empty();
    }

    /** As {@link #loadOne}, from the course packed in the tutor's jar. */
    static Optional<Lesson> loadOneFromClasspath(String id) {
        try {
            return classpathFolder(LessonLoader.class.getClassLoader(), CLASSPATH_ROOT).flatMap(dir -> loadOne(dir, id));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Reads the course packed in the tutor's jar (or in target/classes when run from a build). */
    public static Course loadFromClasspath() {
        return loadFromClasspath(LessonLoader.class.getClassLoader(), CLASSPATH_ROOT);
    }

    /**
     * Reads the course under a classpath folder such as {@code lessons}. A jar's file system is
     * opened once and left open: the lessons' {@link Lesson#folder()} paths point into it.
     */
    public static Course loadFromClasspath(ClassLoader classLoader, String root) {
        Optional<Path> dir;
        try {
            dir = classpathFolder(classLoader, root);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return new Course(List.of(), List.of(new LintProblem(Path.of(root), 0, "lint.file.unreadable",
                    String.valueOf(e.getMessage()))), 0);
        }
        return dir.map(LessonLoader::load).orElseGet(() -> new Course(List.of(),
                List.of(new LintProblem(Path.of(root), 0, "lint.dir.missing")), 0));
    }

    private static Optional<Path> classpathFolder(ClassLoader classLoader, String root)
            throws IOException, URISyntaxException {
        // a jar written without directory entries answers only for the name with a slash, or not at all
        URL url = classLoader.getResource(root + "/");
        if (url == null) {
            url = classLoader.getResource(root);
        }
        if (url == null) {
            return Optional.empty();
        }
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            FileSystem jar = jarFileSystem(uri);
            return Optional.of(jar.getPath("/" + root));
        }
        return Optional.of(Path.of(uri));
    }

    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        String jarUri = uri.toString();
        URI jar = URI.create(jarUri.substring(0, jarUri.indexOf("!/") + 2));
        try {
            return FileSystems.getFileSystem(jar);
        } catch (FileSystemNotFoundException notYet) {
            try {
                return FileSystems.newFileSystem(jar, Map.of());
            } catch (FileSystemAlreadyExistsException raced) {
                return FileSystems.getFileSystem(jar);
            }
        }
    }

    /** The subfolders of the lessons folder, sorted by name; hidden ones (.git, .idea) are not lessons. */
    static List<Path> lessonFolders(Path lessonsDir) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(lessonsDir, Files::isDirectory)) {
            for (Path entry : entries) {
                if (!name(entry).startsWith(".")) {
                    folders.add(entry);
                }
            }
        }
        folders.sort(Comparator.comparing(LessonLoader::name));
        return folders;
    }

    /**
     * Plain files with a lesson folder's name ({@code 10-extra}, or a zip of a lesson unpacked
     * wrong): not lessons, but surely meant to be, so the author hears of them.
     */
    private static List<LintProblem> filesNamedLikeLessons(Path lessonsDir) throws IOException {
        List<LintProblem> problems = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(lessonsDir,
                entry -> !Files.isDirectory(entry) && LESSON_NAME.matcher(name(entry)).matches())) {
            for (Path entry : entries) {
                problems.add(new LintProblem(entry, 0, "lint.folder.notFolder", name(entry)));
            }
        }
        problems.sort(Comparator.comparing(problem -> name(problem.file())));
        return problems;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().replace("/", "");
    }
}
