package io.github.dockertutor.corpus;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the tutor's sentences a transcript holds, found by the longest fixed part of each
 * English message: a refusal (good docker the tutor does not run, said so), a mistake (docker's
 * own kind of usage error), a failure (the engine refused, a command failed) or a crash.
 */
final class MessageKinds {
    /** The kinds of what the tutor said, most telling first. */
    enum Kind { CRASH, REFUSAL, MISTAKE, FAILURE, OK }

    static final Set<String> REFUSALS = Set.of("docker.notRunHere", "parse.flag.notRunHere", "parse.line.shellSyntax",
            "parse.line.placeholder", "parse.line.variable", "parse.line.substitution", "parse.format.beyond",
            "parse.mount.keyNotRun", "parse.mount.typeNotRun", "parse.gpus.form", "parse.cp.stream",
            "docker.run.needsTerminal", "docker.login.needsTerminal",
            "docker.substitution.notListing", "docker.substitution.tooDeep", "parse.command.globalFlag",
            "parse.command.sudo", "docker.cp.outsideWorkspace", "docker.file.outsideWorkspace",
            "docker.build.outsideWorkspace");

    /** Said on the way, not a failure: a container that ended at once, a stream stopped with Ctrl-C, a hint. */
    private static final Set<String> NOT_FAILURES = Set.of("fault.exited.code", "fault.exited.logs",
            "fault.exited.noLogs", "fault.exited.removed", "docker.run.ignoredInterrupt", "docker.run.stillRunning",
            "docker.login.insecure", "docker.build.label", "docker.run.pulling", "engine.cancelled",
            "docker.build.summary", "docker.pull.summary", "view.pull.summary", "view.build.summary",
            "docker.prune.confirm", "docker.prune.confirmAll", "docker.prune.confirmContainers",
            "docker.prune.confirmNetworks", "docker.prune.confirmVolumes", "docker.prune.confirmVolumesAll",
            "docker.prune.confirmSystem", "docker.prune.confirmSystemAll", "docker.prune.confirmSystemVolumes",
            "docker.prune.confirmSystemAllVolumes", "docker.safety.privileged", "docker.safety.hostNetwork",
            "docker.safety.rootMount", "docker.safety.socketMount");

    private final Map<String, String> fragments = new LinkedHashMap<>();

    MessageKinds() {
        Messages english = Messages.of(Language.EN);
        for (String key : Messages.keys(Language.EN)) {
            if (!key.startsWith("parse.") && !key.startsWith("docker.") && !key.startsWith("engine.")
                    && !key.startsWith("fault.") && !key.startsWith("shell.commandFailed")) {
                continue;
            }
            String longest = "";
            for (String part : english.get(key).split("\\{\\d+\\}|\n")) {
                if (part.strip().length() > longest.length()) {
                    longest = part.strip();
                }
            }
            if (longest.length() >= 8) {
                fragments.put(key, longest.replaceAll("\\s+", " "));
            }
        }
    }

    /** The keys whose sentence is in the output. */
    List<String> said(String output) {
        // the tutor wraps what it says to the terminal: compare with the line breaks as spaces
        String flat = output.replaceAll("\\s+", " ");
        List<String> keys = new ArrayList<>();
        fragments.forEach((key, fragment) -> {
            if (flat.contains(fragment)) {
                keys.add(key);
            }
        });
        return keys;
    }

    Kind kind(String output, String crash) {
        if (crash != null || output.contains("The command") && output.contains("failed unexpectedly")) {
            return Kind.CRASH;
        }
        List<String> keys = said(output);
        if (keys.stream().anyMatch(REFUSALS::contains)) {
            return Kind.REFUSAL;
        }
        if (keys.stream().anyMatch(key -> key.startsWith("parse.") && !key.startsWith("parse.args.")
                && !REFUSALS.contains(key)) || keys.contains("parse.seeHelp") || output.contains("See 'docker")) {
            return Kind.MISTAKE;
        }
        // docker.exit.N are meanings, said inside other sentences (an early exit's, a failure's)
        if (keys.stream().anyMatch(key -> !NOT_FAILURES.contains(key) && !key.startsWith("docker.exit.")
                && (key.startsWith("engine.") || key.startsWith("fault.") || key.startsWith("docker.")))) {
            return Kind.FAILURE;
        }
        return Kind.OK;
    }
}
