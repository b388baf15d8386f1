package io.github.dockertutor.classroom;

import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.lesson.Step;
import io.github.dockertutor.progress.Progress;
import io.github.dockertutor.report.LearnerReport;
import io.github.dockertutor.report.ReportBuilder;
import io.github.dockertutor.report.ReportFileName;
import io.github.dockertutor.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A made-up class for the summary's tests: learners who went through the real course with the
 * real Progress and ReportBuilder, each as far as a seeded random walk took them, with some steps
 * harder than others (more time, more hints). Same seed, same class. Also writes files that are
 * not reports, which the summary must name and skip.
 */
final class GeneratedClass {
    static final String BROKEN_JSON = "broken.json";
    static final String NOT_A_REPORT = "notes.json";

    private static final String[] NAMES = {
        "王小明", "陳怡君", "林志豪", "Alice Chen", "黃雅婷", "Bob Lee", "張家瑋", "李佳穎", "Carol Wu", "吳冠廷",
        "劉詩涵", "蔡承恩", "Dan", "楊宗翰", "許雅筑", "鄭宇軒", "Eve Huang", "謝佩珊", "郭柏宇", "Frank",
        "洪靜宜", "曾俊傑", "Grace", "邱郁婷", "廖冠宇", "賴怡萱", "Hank Tsai", "周子瑜", "徐承翰", "Ivy"};

    final Course course;
    final List<LearnerReport> reports = new ArrayList<>();

    private GeneratedClass(Course course) {
        this.course = course;
    }

    /** The course this tutor ships. */
    static Course course() {
        Course course = LessonLoader.loadFromClasspath();
        if (course.lessons().isEmpty()) {
            throw new IllegalStateException("the shipped course did not load: " + course.problems());
        }
        return course;
    }

    /** {@code learners} learners; every fifth is anonymous, two never started, two finished everything. */
    static GeneratedClass generate(long seed, int learners) {
        GeneratedClass generated = new GeneratedClass(course());
        Random random = new Random(seed);
        List<String[]> steps = new ArrayList<>();
        for (Lesson lesson : generated.course.lessons()) {
            for (Step step : lesson.steps()) {
                steps.add(new String[] {lesson.id(), step.id()});
            }
        }
        // a difficulty per step: how much longer than usual, how many hints it tends to need
        double[] difficulty = new double[steps.size()];
        for (int s = 0; s < difficulty.length; s++) {
            difficulty[s] = 0.5 + random.nextDouble() * (s % 5 == 3 ? 4 : 1.5);
        }
        Instant classStart = Instant.parse("2025-03-04T01:00:00Z");
        for (int i = 0; i < learners; i++) {
            Progress progress = Progress.fresh();
            int reached = i < 2 ? 0 : i < 4 ? steps.size() : 1 + random.nextInt(steps.size());
            long now = classStart.toEpochMilli() + random.nextInt(600_000);
            for (int s = 0; s < reached; s++) {
                String lessonId = steps.get(s)[0];
                String stepId = steps.get(s)[1];
                progress.startStep(lessonId, stepId, now);
                now += (long) ((20_000 + random.nextInt(240_000)) * difficulty[s]);
                int hints = random.nextDouble() < difficulty[s] / 5 ? 1 + random.nextInt(3) : 0;
                for (int h = 0; h < hints; h++) {
                    progress.recordHint(lessonId, stepId);
                }
                if (difficulty[s] > 2.5 && random.nextBoolean()) {
                    progress.recordSolution(lessonId, stepId);
                }
                boolean last = s == reached - 1;
                if (!last || reached == steps.size()) {
                    progress.completeStep(lessonId, stepId, now);
                }
            }
            progress.pause(now);
            Optional<String> name = i % 5 == 4 ? Optional.empty() : Optional.of(NAMES[i % NAMES.length]);
            String language = i % 2 == 0 ? "zh-TW" : "en";
            generated.reports.add(ReportBuilder.build(generated.course, progress, name, language, "test",
                    Instant.ofEpochMilli(now)));
        }
        return generated;
    }

    /** Writes every report under its default file name (anonymous ones numbered), plus the two bad files. */
    Path writeTo(Path dir) throws IOException {
        for (int i = 0; i < reports.size(); i++) {
            LearnerReport report = reports.get(i);
            String file = report.name().isPresent() ? ReportFileName.of(report.name())
                    : "dockertutor-report-anonymous-" + i + ".json";
            Files.write(dir.resolve(file), ReportJson.write(report));
        }
        Files.writeString(dir.resolve(BROKEN_JSON), "{\"kind\": \"dockertutor-learner-report\", \"schema\": 1, \"lessons\": [",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(NOT_A_REPORT), "{\"todo\": [\"grade homework\"]}\n", StandardCharsets.UTF_8);
        return dir;
    }

    int totalSteps() {
        return course.lessons().stream().mapToInt(lesson -> lesson.steps().size()).sum();
    }
}
