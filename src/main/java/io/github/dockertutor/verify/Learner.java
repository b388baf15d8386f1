package io.github.dockertutor.verify;

import io.github.dockertutor.lesson.Lesson;
import io.github.dockertutor.lesson.Step;

/**
 * Someone doing the course as the verifier directs: the tutor itself, in-process ({@link TutorLearner}),
 * or a test's tutor process with the docker CLI beside it. What a step needs done comes in as the
 * lines and files of its solution or of a wrong attempt.
 */
public interface Learner {
    /** The step begins: from now on its check compares with the state at this moment. */
    void open(Lesson lesson, Step step);

    /** What the step's check says now. */
    Outcome check();

    /** Writes a file into the workspace, as an editor would. */
    void write(String path, String content);

    /** Runs one line as typed at the tutor's prompt or in a terminal: a docker command, or a look (cat, ls). */
    void run(String line);

    /** Types {@code answer} and the text. */
    void answer(String text);

    /** An optional step the verifier leaves out: a learner moves past it ({@code next}). */
    default void skip(Lesson lesson, Step step) {
    }

    /**
     * What a check said.
     *
     * @param passed whether the step is done
     * @param said   the check's sentence, in the learner's language
     */
    record Outcome(boolean passed, String said) {
    }
}
