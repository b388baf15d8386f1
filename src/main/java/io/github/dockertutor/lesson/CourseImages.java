package io.github.dockertutor.lesson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The images a course needs from a registry, as a course pack brings them: what lint made sure is declared. */
public final class CourseImages {
    private CourseImages() {
    }

    /**
     * One image the course declares.
     *
     * @param reference    the familiar name, with its tag: {@code busybox:latest}
     * @param optionalOnly whether only optional steps use it (the TensorFlow pull): a pack leaves
     *                     it out unless asked for everything
     * @param lessons      the ids of the lessons that declare it, in course order
     */
    public record CourseImage(String reference, boolean optionalOnly, List<String> lessons) {
        public CourseImage {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * Every image the lessons declare, once each, in the order first declared; an image no
     * solution uses is kept as required (the author listed it for a reason).
     */
    public static List<CourseImage> of(Course course) {
        Set<String> built = new java.util.HashSet<>();
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                built.addAll(SolutionImages.built(step.solution().commands()));
            }
        }
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, List<String>> lessons = new LinkedHashMap<>();
        Map<String, Boolean> required = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            for (String image : lesson.images()) {
                String name = SolutionImages.normalized(image).orElse(null);
                if (name == null || built.contains(name)) {
                    continue;
                }
                shown.putIfAbsent(name, familiar(image));
                lessons.computeIfAbsent(name, key -> new ArrayList<>()).add(lesson.id());
                required.putIfAbsent(name, false);
            }
            for (Step step : lesson.steps()) {
                for (SolutionImages.Use use : SolutionImages.uses(step.solution().commands(), step.solution().files())) {
                    if (!step.optional()) {
                        required.put(use.reference(), true);
                    }
                }
            }
        }
        List<CourseImage> images = new ArrayList<>();
        for (Map.Entry<String, String> image : shown.entrySet()) {
            boolean usedOnlyOptionally = !required.get(image.getKey()) && usedAnywhere(course, image.getKey());
            images.add(new CourseImage(image.getValue(), usedOnlyOptionally, lessons.get(image.getKey())));
        }
        return images;
    }

    private static boolean usedAnywhere(Course course, String name) {
        for (Lesson lesson : course.lessons()) {
            for (Step step : lesson.steps()) {
                for (SolutionImages.Use use : SolutionImages.uses(step.solution().commands(), step.solution().files())) {
                    if (use.reference().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String familiar(String image) {
        try {
            return io.github.dockertutor.dockercli.ImageReference.parse(image.strip()).normalize().familiarName();
        } catch (io.github.dockertutor.dockercli.ParseException e) {
            return image.strip();
        }
    }
}
