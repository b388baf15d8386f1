package io.github.dockertutor.check;

import static io.github.dockertutor.check.Specs.QUIZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The quiz check, the one kind that looks only at what the learner answered in the tutor. */
class ActivityChecksTest {
    private static CheckResult run(io.github.dockertutor.check.CheckSpec spec, StepActivity activity) {
        return CheckRunner.evaluate(spec, new CheckContext(null, Path.of("."), activity));
    }

    @Test
    void aQuizPassesOnlyOnTheRightLetterAndNeverRevealsIt() {
        var spec = Specs.of(QUIZ, "answer", "b");
        StepActivity step = StepActivity.startedAt("06-write-a-dockerfile", 0);
        assertEquals("check.quiz.none", run(spec, step).key());
        CheckResult wrong = run(spec, step.withAnswer("c"));
        assertEquals(CheckStatus.FAILED, wrong.status());
        assertFalse(wrong.render(Messages.of(Language.EN)).contains(" b"), wrong.render(Messages.of(Language.EN)));
        assertEquals(CheckStatus.PASSED, run(spec, step.withAnswer("c").withAnswer(" B ")).status());
    }

}
