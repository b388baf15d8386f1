package io.github.dockertutor.check;


/**
 * {@code kind: command}: the learner ran a read-only listing in the tutor during this step. The
 * one check that looks at what was typed: a listing changes nothing a state check could see.
 * (Confirming with {@code next} that it was run elsewhere is the shell's business.)
 */
final class CommandCheck implements Check {
    static final CheckKind KIND = CheckKind.of("command", CommandCheck::new,
            CheckField.required("command", FieldType.LISTING));
    private final String command;

    CommandCheck(CheckSpec spec) {
        this.command = spec.string("command");
    }

    @Override
    public CheckResult evaluate(CheckContext context) {
        for (String typed : context.activity().commands()) {
            if (ListingCommand.satisfies(typed, command)) {
                return CheckResult.passed("check.command.ok", command);
            }
        }
        return CheckResult.failed("check.command.notYet", command);
    }
}
