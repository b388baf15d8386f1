package io.github.dockertutor.lesson;

import java.util.regex.Pattern;

/** The shapes of lesson and step ids: lowercase slugs, and lesson folders as {@code NN-slug}. */
final class Ids {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern LESSON = Pattern.compile("([0-9]{2})-[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    /** Lowercase ASCII letters and digits in words joined by single dashes: {@code pull-busybox}. */
    static boolean isSlug(String text) {
        return text != null && SLUG.matcher(text).matches();
    }

    /** Two digits, a dash, a slug: {@code 03-pull-an-image}. */
    static boolean isLessonId(String text) {
        return text != null && LESSON.matcher(text).matches();
    }

    /** The lesson number of a valid lesson id: 3 for {@code 03-pull-an-image}. */
    static int lessonNumber(String lessonId) {
        return Integer.parseInt(lessonId.substring(0, 2));
    }
}
