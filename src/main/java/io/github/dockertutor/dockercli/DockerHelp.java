package io.github.dockertutor.dockercli;

import io.github.dockertutor.i18n.Messages;
import io.github.dockertutor.render.Columns;
import io.github.dockertutor.render.LineWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code docker … --help} text from the specs, laid out like the docker CLI's own help, with the
 * descriptions in the learner's language and wrapped to the terminal: the descriptions beside the
 * flag names when there is room, under them when not. The flags docker has that the tutor does not
 * run are listed apart, by name, so a learner knows to use a real terminal for them.
 */
public final class DockerHelp {
    /** Narrower than this, a description goes under its flag instead of beside it. */
    private static final int MIN_DESCRIPTION_COLUMNS = 24;

    private DockerHelp() {
    }

    /** The help as docker prints it at 80 columns. */
    public static String render(HelpRequest request, Messages messages) {
        return render(request, messages, 80);
    }

    /** The help a request asks for, every line at most {@code width} columns, separated by {@code \n}. */
    public static String render(HelpRequest request, Messages messages, int width) {
        List<String> lines = new ArrayList<>();
        if (request.command().isPresent()) {
            CommandSpec spec = request.command().get();
            wrap(messages.get("docker.help.usage", spec.usageLine(request.commandPath())), width, "        ", lines);
            lines.add("");
            wrap(messages.get(spec.descriptionKey()), width, "", lines);
            if (!spec.flags().isEmpty()) {
                lines.add("");
                lines.add(messages.get("docker.help.options"));
                Map<String, String> rows = new LinkedHashMap<>();
                for (FlagSpec flag : spec.flags()) {
                    String type = spec.typeWord(flag);
                    String names = flag.shorthand() == 0 ? "    --" + flag.name() : "-" + flag.shorthand() + ", --" + flag.name();
                    rows.put(type.isEmpty() ? names : names + " " + type, messages.get(flag.descriptionKey()));
                }
                table(rows, width, lines);
            }
            List<String> notRun = spec.flagsNotRun();
            if (!notRun.isEmpty()) {
                lines.add("");
                wrap(messages.get("docker.help.notRun"), width, "", lines);
                wrap(String.join(", ", notRun.stream().map(DockerHelp::nameOnly).toList()), width - 2, "", lines,
                        "  ");
            }
            return String.join("\n", lines);
        }
        boolean topLevel = request.commandPath().equals("docker");
        String group = topLevel ? "" : request.commandPath().substring("docker ".length());
        wrap(messages.get("docker.help.usage", request.commandPath() + (topLevel ? " [OPTIONS] COMMAND" : " COMMAND")),
                width, "", lines);
        lines.add("");
        wrap(messages.get(DockerCommandCatalog.groupDescriptionKey(group)), width, "", lines);
        if (topLevel) {
            lines.add("");
            lines.add(messages.get("docker.help.managementCommands"));
            Map<String, String> groups = new LinkedHashMap<>();
            for (String name : DockerCommandCatalog.groups()) {
                groups.put(name, messages.get(DockerCommandCatalog.groupDescriptionKey(name)));
            }
            table(groups, width, lines);
        }
        lines.add("");
        lines.add(messages.get("docker.help.commands"));
        Map<String, String> commands = new LinkedHashMap<>();
        List<CommandSpec> listed = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> entry : request.subcommands().entrySet()) {
            // aliases (image list, container ps, remove) share their spec with the name listed first, as in docker's help
            if (listed.stream().noneMatch(spec -> spec == entry.getValue())) {
                listed.add(entry.getValue());
                commands.put(entry.getKey(), messages.get(entry.getValue().descriptionKey()));
            }
        }
        table(commands, width, lines);
        lines.add("");
        wrap(messages.get("docker.help.moreInfo", request.commandPath()), width, "", lines);
        return String.join("\n", lines);
    }

    /** {@code --memory} of {@code -m, --memory bytes}: the list of flags not run names them only. */
    private static String nameOnly(String display) {
        String names = display.contains(", ") ? display.substring(display.indexOf(", ") + 2) : display;
        int space = names.indexOf(' ');
        return space < 0 ? names : names.substring(0, space);
    }

    /**
     * Names on the left, descriptions on the right, lined up; a description too long for its column
     * wraps under itself, and on a narrow terminal every description goes on the lines under its name.
     */
    private static void table(Map<String, String> rows, int width, List<String> lines) {
        int left = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
        int descriptionColumn = 2 + left + 3;
        boolean beside = width - descriptionColumn >= MIN_DESCRIPTION_COLUMNS;
        for (Map.Entry<String, String> row : rows.entrySet()) {
            if (beside) {
                List<String> wrapped = LineWrapper.wrap(row.getValue(), width - descriptionColumn);
                for (int i = 0; i < wrapped.size(); i++) {
                    String start = i == 0 ? Columns.padRight("  " + row.getKey(), descriptionColumn)
                            : Columns.spaces(descriptionColumn);
                    lines.add(start + wrapped.get(i));
                }
            } else {
                wrap(row.getKey(), width - 2, "", lines, "  ");
                wrap(row.getValue(), width - 6, "", lines, "      ");
            }
        }
    }

    private static void wrap(String text, int width, String continuation, List<String> lines) {
        wrap(text, width, continuation, lines, "");
    }

    private static void wrap(String text, int width, String continuation, List<String> lines, String indent) {
        List<String> wrapped = LineWrapper.wrap(text, Math.max(10, width - continuation.length()));
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(indent + (i == 0 ? "" : continuation) + wrapped.get(i));
        }
    }
}
