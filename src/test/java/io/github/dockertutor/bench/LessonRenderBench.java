package io.github.dockertutor.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.lesson.Course;
import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.LessonLoader;
import io.github.dockertutor.render.LessonPages;
import io.github.dockertutor.render.MarkdownRenderer;
import org.jline.utils.AttributedString;

/**
 * How long loading and rendering the whole course takes once the JVM is warm: every lesson's intro
 * and steps, in both languages, at 40 and 80 columns, styled as on a terminal. Run from the project
 * root by bench/lessons; prints one table in milliseconds. Arguments: warm-up rounds, measured
 * rounds (default 200 and 300).
 */
public final class LessonRenderBench {
    private static final int[] WIDTHS = {40, 80};

    private LessonRenderBench() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Course course = LessonPages.course();
        int[] counts = new int[2];
        for (Lesson lesson : course.lessons()) {
            for (Language language : Language.values()) {
                counts[0] += LessonPages.pages(lesson, language).size() * WIDTHS.length;
            }
        }
        counts[1] = renderAll(course);
        System.out.printf("course: %d lessons, %d pages rendered a round (2 languages x widths 40, 80), %d lines%n",
                course.lessons().size(), counts[0], counts[1]);
        System.out.printf("warm-up %d rounds, then %d measured rounds of each%n%n", warmup, rounds);
        System.out.printf("%-34s %10s %10s %10s%n", "what (one round)", "median ms", "p95 ms", "max ms");
        report("load the course (LessonLoader)", warmup, rounds, () -> LessonLoader.load(LessonPages.COURSE)
                .lessons().size());
        report("render every page", warmup, rounds, () -> renderAll(course));
        report("load + render (the whole course)", warmup, rounds, () -> renderAll(LessonPages.course()));
    }

    /** Renders every page of the course; returns the number of lines so the work is not optimized away. */
    private static int renderAll(Course course) {
        int lines = 0;
        for (int width : WIDTHS) {
            for (Language language : Language.values()) {
                MarkdownRenderer renderer = new MarkdownRenderer(LessonPages.options(language, width, true));
                for (Lesson lesson : course.lessons()) {
                    for (LessonPages.Page page : LessonPages.pages(lesson, language)) {
                        List<AttributedString> rendered = renderer.render(page.markdown());
                        lines += rendered.size();
                    }
                }
            }
        }
        return lines;
    }

    private static void report(String what, int warmup, int rounds, LongSupplier round) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += round.getAsLong();
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            sink += round.getAsLong();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        if (sink == 42) {
            System.out.print("");
        }
        System.out.printf("%-34s %10.2f %10.2f %10.2f%n", what, nanos[rounds / 2] / 1e6,
                nanos[(int) Math.ceil(rounds * 0.95) - 1] / 1e6, nanos[rounds - 1] / 1e6);
    }
}
