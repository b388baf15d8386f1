package io.github.dockertutor.check;

import java.util.Locale;
import java.util.Optional;

/** {@code kind: quiz}: the learner's {@code answer x} is the right letter. A wrong one never reveals the right one. */
final class QuizCheck implements Check {
    static final CheckKind KIND = CheckKind.of("quiz", QuizCheck::new,
            CheckField.required("answer", FieldType.LETTER))
            .answeredInTheTutor();
    private final String answer;

    QuizCheck(CheckSpec spec) {
        this.answer = spec.string("answer").toLowerCase(Locale.ROOT);
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        Optional<String> given = context.activity().answer().map(a -> a.strip().toLowerCase(Locale.ROOT));
        if (given.isEmpty()) {
            return CheckResult.failed("check.quiz.none");
        }
        if (!given.get().equals(answer)) {
            return CheckResult.failed("check.quiz.wrong", given.get());
        }
        return CheckResult.passed("check.quiz.ok", answer);
    }
}
