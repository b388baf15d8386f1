package io.github.dockertutor.dockercli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Flags many commands share, with one description each: filters, formats, quiet, force, no-trunc. */
final class CommonFlags {
    static final FlagSpec FILTER = FlagSpec.list("filter", 'f', "docker.flag.filter", ListFilter::parse);
    static final FlagSpec FILTER_LONG = FlagSpec.list("filter", (char) 0, "docker.flag.filter", ListFilter::parse);
    static final FlagSpec FORMAT = FlagSpec.string("format", (char) 0, "docker.flag.format", OutputFormat::value);
    static final FlagSpec TEMPLATE = FlagSpec.string("format", 'f', "docker.flag.template", OutputFormat::templateValue);
    static final FlagSpec NO_TRUNC = FlagSpec.bool("no-trunc", (char) 0, "docker.flag.noTrunc");
    static final FlagSpec QUIET_IDS = FlagSpec.bool("quiet", 'q', "docker.flag.quietIds");
    static final FlagSpec QUIET_NAMES = FlagSpec.bool("quiet", 'q', "docker.flag.quietNames");
    static final FlagSpec FORCE_PRUNE = FlagSpec.bool("force", 'f', "docker.flag.prune.force");
    static final FlagSpec PLATFORM = FlagSpec.string("platform", (char) 0, "docker.flag.platform", ValueParser.TEXT);
    static final FlagSpec LABEL = FlagSpec.list("label", (char) 0, "docker.flag.label", Label::parse);
    static final FlagSpec OPTIONS = FlagSpec.list("opt", 'o', "docker.flag.opt", CommonFlags::keyValue);

    private CommonFlags() {
    }

    static Optional<OutputFormat> format(ParsedArguments a) {
        return a.value("format", OutputFormat.class);
    }

    /** {@code -o KEY=VALUE}, as docker's map flags take it. */
    static Object keyValue(String text) throws ParseException {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw ParseException.of("parse.option.format", text);
        }
        return Map.entry(text.substring(0, equals), text.substring(equals + 1));
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> options(ParsedArguments a) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        for (Object entry : a.list("opt", Object.class)) {
            Map.Entry<String, String> pair = (Map.Entry<String, String>) entry;
            options.put(pair.getKey(), pair.getValue());
        }
        return options;
    }

    /** docker treats {@code --name=""} and friends as not given. */
    static Optional<String> nonEmpty(Optional<String> value) {
        return value.filter(v -> !v.isEmpty());
    }

    static List<FlagSpec> concat(List<FlagSpec> first, FlagSpec... more) {
        List<FlagSpec> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
