package io.github.dockertutor.dockercli;

import io.github.dockertutor.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docker … --help} text from the specs, laid out like the docker CLI's own help, with the
 * descriptions in the learner's language. The left column is ASCII (flag and command names), so
 * padding by characters lines the columns up even when the descriptions are Chinese.
 */
public final class DockerHelp {
    private DockerHelp() {
    }

    /** The help a request asks for, lines separated by {@code \n}, no trailing newline. */
    public static String render(HelpRequest request, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (request.command().isPresent()) {
            CommandSpec spec = request.command().get();
            lines.add(messages.get("docker.help.usage", spec.usageLine(request.commandPath())));
            lines.add("");
            lines.add(messages.get(spec.descriptionKey()));
            if (!spec.flags().isEmpty()) {
                lines.add("");
                lines.add(messages.get("docker.help.options"));
                Map<String, String> rows = new LinkedHashMap<>();
                for (FlagSpec flag : spec.flags()) {
                    rows.put(flag.helpColumn(), messages.get(flag.descriptionKey()));
                }
                table(rows, lines);
            }
            return String.join("\n", lines);
        }
        boolean topLevel = request.commandPath().equals("docker");
        String group = topLevel ? "" : request.commandPath().substring("docker ".length());
        lines.add(messages.get("docker.help.usage", request.commandPath() + (topLevel ? " [OPTIONS] COMMAND" : " COMMAND")));
        lines.add("");
        lines.add(messages.get(DockerCommandCatalog.groupDescriptionKey(group)));
        if (topLevel) {
            lines.add("");
            lines.add(messages.get("docker.help.managementCommands"));
            Map<String, String> groups = new LinkedHashMap<>();
            for (String name : DockerCommandCatalog.groups()) {
                groups.put(name, messages.get(DockerCommandCatalog.groupDescriptionKey(name)));
            }
            table(groups, lines);
        }
        lines.add("");
        lines.add(messages.get("docker.help.commands"));
        Map<String, String> commands = new LinkedHashMap<>();
        List<CommandSpec> listed = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> entry : request.subcommands().entrySet()) {
            // aliases (image list, container ps) share their spec with the name listed first, as in docker's help
            if (listed.stream().noneMatch(spec -> spec == entry.getValue())) {
                listed.add(entry.getValue());
                commands.put(entry.getKey(), messages.get(entry.getValue().descriptionKey()));
            }
        }
        table(commands, lines);
        lines.add("");
        lines.add(messages.get("docker.help.moreInfo", request.commandPath()));
        return String.join("\n", lines);
    }

    private static void table(Map<String, String> rows, List<String> lines) {
        int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> row : rows.entrySet()) {
            lines.add("  " + row.getKey() + " ".repeat(width - row.getKey().length() + 3) + row.getValue());
        }
    }
}
