package io.github.dockertutor.classroom;

import io.github.dockertutor.report.LearnerReport;
import io.github.dockertutor.report.LessonReport;
import io.github.dockertutor.report.StepReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a teacher wants from the class's reports: where each learner is, and how each step went
 * (median time, hints, solutions), so the steps that hold the class up stand out.
 *
 * @param learners one row a report, the learners furthest behind first
 * @param steps    every step of the course in course order
 */
public record ClassSummary(List<LearnerRow> learners, List<StepStat> steps) {
    public ClassSummary {
        learners = List.copyOf(learners);
        steps = List.copyOf(steps);
    }

    public static ClassSummary of(List<ClassReports.Loaded> reports, StepTitles titles) {
        Map<StepKey, StepAccumulator> steps = new LinkedHashMap<>();
        for (ClassReports.Loaded loaded : reports) {
            LearnerReport report = loaded.report();
            for (LessonReport lesson : report.lessons()) {
                for (int s = 0; s < lesson.steps().size(); s++) {
                    StepReport step = lesson.steps().get(s);
                    StepKey key = new StepKey(lesson.id(), step.id());
                    int stepNumber = s + 1;
                    steps.computeIfAbsent(key, k -> new StepAccumulator(k, lesson.number(), stepNumber,
                            titles.title(k, step.title()))).add(step);
                }
            }
            report.current().ifPresent(position -> {
                StepAccumulator here = steps.get(new StepKey(position.lessonId(), position.stepId()));
                if (here != null && !isFinished(report, here.key)) {
                    here.hereNow++;
                }
            });
        }
        Map<StepKey, StepStat> stats = new LinkedHashMap<>();
        steps.forEach((key, accumulator) -> stats.put(key, accumulator.stat()));
        List<LearnerRow> learners = new ArrayList<>();
        for (ClassReports.Loaded loaded : reports) {
            LearnerReport report = loaded.report();
            Optional<StepStat> place = report.current()
                    .map(position -> stats.get(new StepKey(position.lessonId(), position.stepId())));
            learners.add(new LearnerRow(report.name(), loaded.fileName(), place, report.stepsDone(),
                    report.steps().size(), report.timeSpentMillis(), report.hintsUsed()));
        }
        learners.sort(Comparator.comparingInt(LearnerRow::done)
                .thenComparing(row -> row.name().orElse("\uffff" + row.fileName())));
        return new ClassSummary(learners, new ArrayList<>(stats.values()));
    }

    /** The steps that take longest, longest first, leaving out steps nobody reached. */
    public List<StepStat> slowest(int limit) {
        return steps.stream().filter(step -> step.reached() > 0)
                .sorted(Comparator.comparingLong(StepStat::medianMillis).reversed())
                .limit(limit).toList();
    }

    /** The steps that needed most hints, most first, leaving out steps with none. */
    public List<StepStat> mostHints(int limit) {
        return steps.stream().filter(step -> step.hints() > 0)
                .sorted(Comparator.comparingInt(StepStat::hints).reversed()
                        .thenComparing(Comparator.comparingInt(StepStat::solutions).reversed()))
                .limit(limit).toList();
    }

    private static boolean isFinished(LearnerReport report, StepKey key) {
        for (LessonReport lesson : report.lessons()) {
            if (lesson.id().equals(key.lessonId())) {
                for (StepReport step : lesson.steps()) {
                    if (step.id().equals(key.stepId())) {
                        return step.state() == StepReport.State.DONE || step.state() == StepReport.State.SKIPPED;
                    }
                }
            }
        }
        return false;
    }

    /** The median of some times; 0 for none. */
    static long median(List<Long> times) {
        if (times.isEmpty()) {
            return 0;
        }
        List<Long> sorted = times.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Gathers one step's figures over the reports. */
    private static final class StepAccumulator {
        final StepKey key;
        final int lessonNumber;
        final int stepNumber;
        final String title;
        final List<Long> times = new ArrayList<>();
        int finished;
        int hints;
        int solutions;
        int hereNow;

        StepAccumulator(StepKey key, int lessonNumber, int stepNumber, String title) {
            this.key = key;
            this.lessonNumber = lessonNumber;
            this.stepNumber = stepNumber;
            this.title = title;
        }

        void add(StepReport step) {
            if (step.timeSpentMillis() > 0) {
                times.add(step.timeSpentMillis());
            }
            if (step.state() == StepReport.State.DONE || step.state() == StepReport.State.SKIPPED) {
                finished++;
            }
            hints += step.hintsUsed();
            solutions += step.solutionUsed() ? 1 : 0;
        }

        StepStat stat() {
            return new StepStat(key, lessonNumber, stepNumber, title, times.size(), finished, median(times), hints,
                    solutions, hereNow);
        }
    }
}
