package io.github.dockertutor.lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The course of a shell session, read when first needed rather than at start. Reading and checking
 * fourteen lessons was nearly half of a start's work (bench/README), and a start that only greets,
 * or resumes nothing, needs none of it. What the greeting does need, whether the course has
 * problems to report, is known without reading it when its files are the same as when it last
 * loaded whole ({@link SoundCourses}); a learner coming back to a step then needs only that step's
 * lesson, which is read alone ({@link #lesson}).
 */
public final class CourseSource implements Supplier<Course> {
    private final Supplier<Course> load;
    private final Function<String, Optional<Lesson>> loadLesson;
    private final boolean knownSound;
    private final Map<String, Optional<Lesson>> readAlone = new ConcurrentHashMap<>();
    private volatile Course course;

    private CourseSource(Supplier<Course> load, Function<String, Optional<Lesson>> loadLesson, boolean knownSound) {
        this.load = load;
        this.loadLesson = loadLesson;
        this.knownSound = knownSound;
    }

    /** A course already read (tests, tools that need it whole anyway). */
    public static CourseSource of(Course course) {
        CourseSource source = new CourseSource(() -> course, course::lesson,
                course.isSound() && !course.lessons().isEmpty());
        source.course = course;
        return source;
    }

    /**
     * The course {@link CourseLocation} finds, read on first use; known sound at once when its files
     * match the last whole load that {@code memory} recorded. A sound load is recorded there.
     */
    public static CourseSource lazily(Optional<java.nio.file.Path> flag, SoundCourses memory) {
        Optional<String> fingerprint = memory.fingerprint(flag);
        boolean known = fingerprint.map(memory::contains).orElse(false);
        return new CourseSource(() -> {
            Course loaded = CourseLocation.load(flag);
            if (loaded.isSound() && !loaded.lessons().isEmpty()) {
                // the files as they were before the read: a change meanwhile is read next time
                fingerprint.ifPresent(memory::remember);
            }
            return loaded;
        }, id -> CourseLocation.loadLesson(flag, id), known);
    }

    /** The whole course, read now if not yet. */
    @Override
    public synchronized Course get() {
        if (course == null) {
            course = load.get();
        }
        return course;
    }

    /**
     * The lesson with this id. Before the course is read whole, and when it is known sound, the
     * lesson is read alone: a fourteenth of the work, which a learner coming back to a step waits
     * for before the first prompt (bench/README). Otherwise, or when it cannot be read alone, from
     * the whole course.
     */
    public Optional<Lesson> lesson(String id) {
        Course whole = course;
        if (whole != null || !knownSound) {
            return get().lesson(id);
        }
        Optional<Lesson> alone = readAlone.computeIfAbsent(id, loadLesson);
        return alone.isPresent() ? alone : get().lesson(id);
    }

    /**
     * Whether the course is known to load with at least one lesson and no problem, without reading
     * it: then a greeting has nothing to report and need not read it.
     */
    public boolean knownSound() {
        return knownSound;
    }

    /** This course as {@code change} turns it, still read on first use (a learner's own names). */
    public CourseSource map(UnaryOperator<Course> change) {
        return new CourseSource(() -> change.apply(get()),
                id -> lesson(id).flatMap(lesson -> change.apply(new Course(List.of(lesson), List.of(), 1)).lesson(id)),
                knownSound);
    }
}
