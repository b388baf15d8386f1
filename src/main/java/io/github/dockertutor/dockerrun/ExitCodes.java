package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.i18n.Messages;

/** What a container's exit code means, in words: the numbers learners meet first. */
final class ExitCodes {
    private ExitCodes() {
    }

    static void explain(int code, ShellContext context) {
        context.say("docker.exit", code, meaning(code, context.messages()));
        if (code == 126) {
            // the most common cause a learner meets: a script written on Windows
            context.say("faults.fix.crlf");
        }
    }

    /** The meaning alone, for sentences that say more around it. */
    static String meaning(int code, Messages messages) {
        String key = switch (code) {
            case 0, 1, 125, 126, 127, 130, 137, 139, 143 -> "docker.exit." + code;
            default -> code > 128 && code < 160 ? "docker.exit.signal" : "docker.exit.other";
        };
        return messages.get(key, code - 128);
    }
}
