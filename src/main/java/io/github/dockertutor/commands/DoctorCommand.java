package io.github.dockertutor.commands;

import io.github.dockertutor.console.ShellCommand;
import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.engine.DoctorReport;
import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.MirrorFacts;
import io.github.dockertutor.engine.RegistryPing;
import java.util.List;

/**
 * {@code doctor}: looks for the engine afresh and explains what it found. Running it after
 * starting the engine is also how a learner reconnects by hand.
 */
public final class DoctorCommand implements ShellCommand {
    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public Outcome execute(ShellContext context, List<String> args) {
        context.engineSession().disconnect();
        var result = context.engineSession().connect();
        DoctorReport report = new DoctorReport(context.messages(), new EngineAdvice(context.environment().osName()));
        report.print(result, context.out());
        result.chosen().ifPresent(engine -> report.printMirrors(
                MirrorFacts.gather(engine.endpoint(), RegistryPing.TIMEOUT), context.out()));
        context.say("doctor.log", context.log().file());
        return Outcome.CONTINUE;
    }
}
