package io.github.dockertutor.lesson;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The course of a shell session, read when first needed rather than at start. Reading and checking
 * fourteen lessons was nearly half of a start's work (bench/README), and a start that only greets,
 * or resumes nothing, needs none of it. What the greeting does need, whether the course has
 * problems to report, is known without reading it when its files are the same as when it last
 * loaded whole ({@link SoundCourses}).
 */
public final class CourseSource implements Supplier<Course> {
    private final Supplier<Course> load;
    private final boolean knownSound;
    private Course course;

    private CourseSource(Supplier<Course> load, boolean knownSound) {
        this.load = load;
        this.knownSound = knownSound;
    }

    /** A course already read (tests, tools that need it whole anyway). */
    public static CourseSource of(Course course) {
        CourseSource source = new CourseSource(() -> course, course.isSound() && !course.lessons().isEmpty());
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
        }, known);
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
     * Whether the course is known to load with at least one lesson and no problem, without reading
     * it: then a greeting has nothing to report and need not read it.
     */
    public boolean knownSound() {
        return knownSound;
    }

    /** This course as {@code change} turns it, still read on first use (a learner's own names). */
    public CourseSource map(UnaryOperator<Course> change) {
        return new CourseSource(() -> change.apply(get()), knownSound);
    }
}
