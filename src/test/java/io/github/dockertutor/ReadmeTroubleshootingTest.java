package io.github.dockertutor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockertutor.i18n.Language;
import io.github.dockertutor.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The READMEs' troubleshooting sections give the same fixes the tutor prints: every command line
 * of those messages (the indented lines) appears, exactly, as a line of the section in the same
 * language, so a fix changed in the bundle and not in the README fails here.
 */
class ReadmeTroubleshootingTest {
    /** The messages a troubleshooting entry is built from. */
    private static final List<String> FIXES = List.of(
            "doctor.fix.install.linux",
            "doctor.fix.permission.linux",
            "doctor.fix.start.linux",
            "doctor.fix.frozen.linux",
            "doctor.fix.start.colima",
            "doctor.fix.start.podman",
            "doctor.fix.wrong.dockerHost",
            "doctor.fix.wrong.dockerHost.windows",
            "doctor.fix.wrong.context",
            "faults.fix.portInUse",
            "faults.fix.nameInUse",
            "faults.fix.crlf",
            "faults.fix.execFormat");

    @ParameterizedTest
    @CsvSource({"en, README.md, ## Troubleshooting", "zh-TW, README.zh-TW.md, ## 疑難排解"})
    void everyCommandOfTheTutorsFixesIsQuotedExactly(String tag, String readme, String heading) throws IOException {
        Messages messages = Messages.of(Language.parse(tag).orElseThrow());
        String section = section(Files.readString(Path.of(readme), StandardCharsets.UTF_8), heading);
        List<String> lines = section.lines().map(String::strip).toList();
        for (String key : FIXES) {
            List<String> commands = commands(messages.get(key, "{0}", "{1}"));
            assertFalse(commands.isEmpty(), key + " has no command line to quote");
            for (String command : commands) {
                assertTrue(lines.contains(command), readme + " (" + heading + ") does not quote " + key + ": " + command);
            }
        }
        // the entries without a command line of their own
        for (String needed : List.of("toomanyrequests", "docker login", "progress.json.corrupt-", "dockertutor.log",
                "chmod 666", "doctor")) {
            assertTrue(section.contains(needed), readme + " (" + heading + ") does not mention " + needed);
        }
    }

    /** The indented lines of a message, without a trailing remark such as "(PowerShell)". */
    static List<String> commands(String message) {
        List<String> commands = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.startsWith("    ")) {
                continue;
            }
            String command = line.strip().split(" {2,}")[0];
            if (!command.startsWith("(") && !command.startsWith("（")) {
                commands.add(command);
            }
        }
        return commands;
    }

    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "no section " + heading);
        int end = text.indexOf("\n## ", start + heading.length() + 2);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
