package io.github.dockertutor.engine;

import io.github.dockertutor.i18n.Messages;
import java.io.PrintWriter;

/**
 * Prints what doctor found: every place tried and its outcome, the engine in use, and the fix when
 * none answered. Plain text, one fact a line, so it can be pasted into a question to a teacher.
 */
public final class DoctorReport {
    private final Messages messages;
    private final EngineAdvice advice;

    public DoctorReport(Messages messages, EngineAdvice advice) {
        this.messages = messages;
        this.advice = advice;
    }

    public void print(LocateResult result, PrintWriter out) {
        out.println(messages.get("doctor.searching"));
        for (ProbeResult tried : result.tried()) {
            EngineEndpoint endpoint = tried.endpoint();
            String mark = tried.answered() ? "[ok]" : tried.status() == ProbeStatus.MISSING ? "[--]" : "[!!]";
            out.println("  " + mark + " " + messages.get("doctor.source." + endpoint.source().name())
                    + ": " + endpoint.host() + sourceDetail(endpoint));
            if (tried.answered()) {
                out.println("       " + describe(tried.info().orElseThrow()));
            } else {
                out.println("       " + messages.get("doctor.status." + tried.status().name()));
                if (!tried.detail().isBlank() && tried.status() != ProbeStatus.MISSING) {
                    out.println("       (" + tried.detail() + ")");
                }
            }
        }
        if (result.found()) {
            ProbeResult chosen = result.chosen().orElseThrow();
            out.println(messages.get("doctor.using", chosen.endpoint().host(), describe(chosen.info().orElseThrow())));
            return;
        }
        out.println(messages.get("doctor.none"));
        for (EngineAdvice.Advice fix : advice.adviseFor(result)) {
            out.println(messages.get(fix.key(), fix.args().toArray()));
        }
    }

    /** The engine's registry mirrors and whether each answers; nothing when it has none to show. */
    public void printMirrors(MirrorFacts facts, PrintWriter out) {
        if (facts.error().isPresent()) {
            out.println(messages.get("doctor.mirror.unknown", facts.error().get()));
            return;
        }
        if (facts.mirrors().isEmpty()) {
            out.println(messages.get("doctor.mirror.none"));
            return;
        }
        out.println(messages.get("doctor.mirror.head"));
        for (MirrorFacts.Mirror mirror : facts.mirrors()) {
            out.println(messages.get(mirror.answer().answers() ? "doctor.mirror.ok" : "doctor.mirror.silent",
                    mirror.address(), mirror.answer().detail()));
        }
    }

    /** "Docker Engine - Community 27.1.1, API 1.46, linux/amd64". */
    public String describe(EngineInfo info) {
        return messages.get("engine.describe", info.product(), info.version(), info.apiVersion(),
                info.os() + "/" + info.arch());
    }

    private String sourceDetail(EngineEndpoint endpoint) {
        if (endpoint.source() == EngineEndpoint.Source.CONTEXT
                || endpoint.source() == EngineEndpoint.Source.KNOWN_SOCKET
                || endpoint.source() == EngineEndpoint.Source.WINDOWS_PIPE) {
            return "  (" + endpoint.detail() + ")";
        }
        return "";
    }
}
