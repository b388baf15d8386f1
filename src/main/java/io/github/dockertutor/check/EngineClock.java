package io.github.dockertutor.check;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Engine times as baselines store them (ISO-8601, nanoseconds kept) and as the engine writes them. */
final class EngineClock {
    private EngineClock() {
    }

    static String format(Instant instant) {
        return instant.toString();
    }

    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
