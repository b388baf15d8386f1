package io.github.dockertutor.dockercli;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as {@code docker logs --since/--until} reads it: a duration back from now ({@code 10m},
 * {@code 1h30m}, Go's units), a Unix timestamp ({@code 1700000000}, {@code 1700000000.5}), or a
 * date and time ({@code 2024-01-02}, {@code 2024-01-02T15:04:05}, with or without a zone; without
 * one it is taken as UTC).
 *
 * @param ago      for a duration, how long before now
 * @param absolute for a timestamp or date, the instant itself
 */
public record DockerTime(Duration ago, Instant absolute) {
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d+(\\.\\d+)?");

    public static DockerTime parse(String text) throws ParseException {
        String value = text.strip();
        if (TIMESTAMP.matcher(value).matches()) {
            return new DockerTime(null, Instant.ofEpochMilli((long) (Double.parseDouble(value) * 1000)));
        }
        Duration duration = duration(value);
        if (duration != null) {
            return new DockerTime(duration, null);
        }
        try {
            return new DockerTime(null, OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException ignored) {
            // not with a zone: try the forms without one
        }
        try {
            return new DockerTime(null, LocalDateTime.parse(value).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // nor a local date and time
        }
        try {
            return new DockerTime(null, LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            throw ParseException.of("parse.value.time", text);
        }
    }

    /** For a flag's value parser. */
    static Object value(String text) throws ParseException {
        return parse(text);
    }

    /** The instant meant, counted back from {@code now} for a duration. */
    public Instant at(Instant now) {
        return absolute != null ? absolute : now.minus(ago);
    }

    /** Go's time.ParseDuration for the units docker's users type, or null when it is none. */
    private static Duration duration(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher part = DURATION_PART.matcher(text);
        int end = 0;
        double nanos = 0;
        while (part.find() && part.start() == end) {
            double amount = Double.parseDouble(part.group(1));
            nanos += amount * switch (part.group(2)) {
                case "ns" -> 1;
                case "us", "µs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
            end = part.end();
        }
        return end == text.length() ? Duration.ofNanos((long) nanos) : null;
    }
}
