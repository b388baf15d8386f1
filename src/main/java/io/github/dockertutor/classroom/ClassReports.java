package io.github.dockertutor.classroom;

import io.github.dockertutor.base.SmallFile;
import io.github.dockertutor.report.LearnerReport;
import io.github.dockertutor.report.ReportFormatException;
import io.github.dockertutor.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The learner reports in a teacher's folder: every {@code *.json} file directly in it, by file
 * name. A file that is not a usable report is named with the reason and left out; one bad file
 * never stops the summary of the others.
 *
 * @param reports the reports that could be read
 * @param broken  the files left out, with why
 */
public record ClassReports(List<Loaded> reports, List<Broken> broken) {
    /** No real report comes near this; a bigger file is not read into memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    public ClassReports {
        reports = List.copyOf(reports);
        broken = List.copyOf(broken);
    }

    /** A report and the file it came from. */
    public record Loaded(String fileName, LearnerReport report) {
    }

    /** A file left out: its name, and a {@code class.broken.*} message key with its arguments. */
    public record Broken(String fileName, String key, List<Object> args) {
        public Broken {
            args = List.copyOf(args);
        }
    }

    /** Reads the folder; throws only when the folder itself cannot be listed. */
    public static ClassReports read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
        List<Loaded> reports = new ArrayList<>();
        List<Broken> broken = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                reports.add(new Loaded(name, ReportJson.read(SmallFile.read(file, MAX_BYTES))));
            } catch (SmallFile.TooLarge e) {
                broken.add(new Broken(name, "class.broken.tooLarge", List.of()));
            } catch (ReportFormatException e) {
                broken.add(new Broken(name, e.key(), List.of(e.args())));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                broken.add(new Broken(name, "class.broken.unreadable", List.of(reason)));
            }
        }
        return new ClassReports(reports, broken);
    }
}
