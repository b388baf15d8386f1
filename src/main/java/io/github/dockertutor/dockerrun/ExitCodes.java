package io.github.dockertutor.dockerrun;

import io.github.dockertutor.console.ShellContext;
import io.github.dockertutor.i18n.Messages;
import java.util.List;

/**
 * What an exit code means, in words: the numbers learners meet first. A container's code and an
 * exec's are worded apart (an exec that fails leaves its container running); 126 and 127 are
 * told by their real causes, and CR LF line endings are named only when the output shows a CR.
 */
final class ExitCodes {
    private ExitCodes() {
    }

    /** A container ended with this code; {@code output} is what it printed last. */
    static void explain(int code, List<String> output, ShellContext context) {
        context.say("docker.exit", code, meaning(cause(code, output), context.messages()));
        crlfHint(code, output, context);
    }

    /** A command run by {@code docker exec} ended with this code; its container goes on. */
    static void explainExec(int code, List<String> output, ShellContext context) {
        context.say("docker.exec.exit", code, meaning(cause(code, output), context.messages()));
        crlfHint(code, output, context);
    }

    /**
     * The code whose meaning fits what was printed: engines answer 126 for an exec whose command is
     * missing as well as for one that may not run, and only the runtime's words tell them apart.
     */
    static int cause(int code, List<String> output) {
        if (code != 126 && code != 127) {
            return code;
        }
        for (String line : output) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("executable file not found") || lower.contains("no such file or directory")
                    || lower.endsWith(": not found") || lower.contains("command not found")) {
                return 127;
            }
            if (lower.contains("permission denied") || lower.contains("is a directory")) {
                return 126;
            }
        }
        return code;
    }

    /** The meaning alone, for sentences that say more around it. */
    static String meaning(int code, Messages messages) {
        String key = switch (code) {
            case 0, 1, 125, 126, 127, 130, 137, 139, 143 -> "docker.exit." + code;
            default -> code > 128 && code < 160 ? "docker.exit.signal" : "docker.exit.other";
        };
        return messages.get(key, code - 128);
    }

    /**
     * A script saved with Windows line endings fails with 126 or 127 and a name with a CR in it
     * ({@code /bin/sh^M}, {@code $'\r': command not found}); only then is that the fix to offer.
     */
    private static void crlfHint(int code, List<String> output, ShellContext context) {
        if ((code == 126 || code == 127) && output.stream().anyMatch(ExitCodes::showsCarriageReturn)) {
            context.say("faults.fix.crlf");
        }
    }

    static boolean showsCarriageReturn(String line) {
        return line.indexOf('\r') >= 0 || line.contains("^M") || line.contains("$'\\r'");
    }
}
