package io.github.dockertutor.cli;

import io.github.dockertutor.base.ExitCode;
import io.github.dockertutor.base.Version;
import io.github.dockertutor.engine.DoctorReport;
import io.github.dockertutor.engine.EngineAdvice;
import io.github.dockertutor.engine.EngineDiscovery;
import io.github.dockertutor.engine.EngineLocator;
import io.github.dockertutor.engine.EngineProbe;
import io.github.dockertutor.engine.LocateResult;
import io.github.dockertutor.engine.MirrorFacts;
import io.github.dockertutor.engine.RegistryPing;

/** {@code dockertutor doctor}: where the engine is, or exactly what to do when none answers. */
public final class DoctorCliCommand implements CliCommand {
    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public int run(Invocation run) {
        var environment = run.environment();
        var messages = run.messages();
        run.out().println(messages.get("doctor.header", Version.current(), System.getProperty("java.version"),
                environment.osName(), System.getProperty("os.arch"), messages.language().tag()));
        EngineLocator locator = new EngineLocator(new EngineDiscovery(run.arguments().host(), environment.variables(),
                environment.home(), environment.osName()), new EngineProbe());
        LocateResult result = locator.survey();
        DoctorReport report = new DoctorReport(messages, new EngineAdvice(environment.osName()));
        report.print(result, run.out());
        result.chosen().ifPresent(engine -> report.printMirrors(
                MirrorFacts.gather(engine.endpoint(), RegistryPing.TIMEOUT), run.out()));
        run.out().println(messages.get("doctor.log", environment.logFile()));
        return result.found() ? ExitCode.OK : ExitCode.NO_ENGINE;
    }
}
