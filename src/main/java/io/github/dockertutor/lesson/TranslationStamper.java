package io.github.dockertutor.lesson;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code dockertutor lint --stamp DIR}: after a teacher has brought a translation up to date with
 * its English, writes the English's current {@link TranslationStamp} into each translated heading
 * of the lessons under {@code DIR} (a course folder, or one lesson's). Only heading lines whose stamp
 * changes are rewritten; every other byte of the file stays as it was.
 */
public final class TranslationStamper {
    /**
     * What stamping did.
     *
     * @param stamped  one entry per heading written: {@code lint.stamp.written} (it had an older
     *                 stamp) or {@code lint.stamp.first} (it had none), at the heading's line
     * @param failures files that could not be read or written, and intros with no title line to stamp
     * @param current  how many sections already carried the right stamp
     */
    public record Outcome(List<LintProblem> stamped, List<LintProblem> failures, int current) {

        /** {@code 3 stamps written; 40 sections were already current}, in the teacher's language. */
        public String summary(Messages messages) {
            return messages.get("lint.stamp.summary", stamped.size(), current);
        }
    }

    private TranslationStamper() {
    }

    /** Stamps every translation under {@code dir}; never throws for what the files contain. */
    public static Outcome stamp(Path dir) {
        List<LintProblem> stamped = new ArrayList<>();
        List<LintProblem> failures = new ArrayList<>();
        int current = 0;
        List<Path> folders;
        try {
            folders = Files.isRegularFile(dir.resolve(LessonReader.YAML)) ? List.of(dir) : LessonLoader.lessonFolders(dir);
        } catch (IOException e) {
            failures.add(new LintProblem(dir, 0, "lint.file.unreadable", String.valueOf(e.getMessage())));
            return new Outcome(stamped, failures, 0);
        }
        for (Path folder : folders) {
            Optional<Prose> english = parse(folder.resolve(Language.EN.tag() + ".md"), failures);
            if (english.isEmpty()) {
                continue;
            }
            for (Language language : Language.values()) {
                Path file = folder.resolve(language.tag() + ".md");
                if (language != Language.EN && Files.isRegularFile(file)) {
                    current += stampFile(file, english.get(), stamped, failures);
                }
            }
        }
        return new Outcome(stamped, failures, current);
    }

    /** Rewrites the stale headings of one translation; returns how many were already current. */
    private static int stampFile(Path file, Prose english, List<LintProblem> stamped, List<LintProblem> failures) {
        Optional<String> text = text(file, failures);
        Optional<Prose> translation = text.map(read -> ProseParser.parse(read, new FileProblems(file, new ArrayList<>())));
        if (translation.isEmpty()) {
            return 0;
        }
        String original = text.get();
        List<String> lines = new ArrayList<>(List.of(original.split("(?<=\n)", -1)));
        int current = 0;
        List<LintProblem> written = new ArrayList<>();
        for (SourceSection pair : SourceSection.pairs(english, translation.get())) {
            if (pair.line() == 0) {
                failures.add(new LintProblem(file, 0, "lint.stamp.noTitleLine"));
            } else if (pair.stamp().filter(pair.englishStamp()::equals).isPresent()) {
                current++;
            } else {
                String line = lines.get(pair.line() - 1);
                String end = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
                String content = line.substring(0, line.length() - end.length());
                lines.set(pair.line() - 1, HeadingAttributes.withStamp(content, pair.englishStamp()) + end);
                written.add(pair.stamp().isPresent()
                        ? new LintProblem(file, pair.line(), "lint.stamp.written", pair.label(), pair.stamp().get(),
                                pair.englishStamp())
                        : new LintProblem(file, pair.line(), "lint.stamp.first", pair.label(), pair.englishStamp()));
            }
        }
        if (!written.isEmpty()) {
            try {
                replace(file, String.join("", lines));
                stamped.addAll(written);
            } catch (IOException e) {
                failures.add(new LintProblem(file, 0, "lint.stamp.unwritable", String.valueOf(e.getMessage())));
            }
        }
        return current;
    }

    private static Optional<Prose> parse(Path file, List<LintProblem> failures) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // a lesson without English has nothing to stamp from; lint says so
        }
        return text(file, failures).map(text -> ProseParser.parse(text, new FileProblems(file, new ArrayList<>())));
    }

    private static Optional<String> text(Path file, List<LintProblem> failures) {
        return LessonReader.readText(file, new FileProblems(file, failures));
    }

    /** Writes beside the file and renames over it, so an interrupted stamp never leaves half a lesson. */
    private static void replace(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        // readText dropped a byte-order mark; one the file had stays
        byte[] before = Files.readAllBytes(file);
        boolean bom = before.length >= 3 && (before[0] & 0xff) == 0xef && (before[1] & 0xff) == 0xbb
                && (before[2] & 0xff) == 0xbf;
        if (bom) {
            bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        }
        Path temp = file.resolveSibling("." + file.getFileName() + ".stamp.tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
