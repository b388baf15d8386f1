package io.github.dockertutor.tui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * Sizes and ages written the way the docker command writes them, so what the tutor shows matches
 * what the learner will see from docker itself: decimal units in steps of 1000 (kB, MB, GB) as
 * go-units' HumanSize does, and "About a minute", "2 weeks" as its HumanDuration does.
 */
public final class HumanUnits {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};

    private HumanUnits() {
    }

    /** A size as {@code docker images} and {@code docker ps -s} show it: three digits, "4.26MB". */
    public static String size(long bytes) {
        return size((double) bytes, 3);
    }

    /** A size as docker's progress bars show it: four digits, "2.155MB". */
    public static String progressSize(long bytes) {
        return size((double) bytes, 4);
    }

    /** go-units' HumanSizeWithPrecision: the value in the largest unit below it, in Go's %g. */
    public static String size(double bytes, int precision) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000.0 && unit < UNITS.length - 1) {
            value /= 1000.0;
            unit++;
        }
        return formatG(value, precision) + UNITS[unit];
    }

    /** go-units' BytesSize: powers of 1024 and four digits, "1.5MiB", as docker stats shows memory. */
    public static String binarySize(long bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024.0 && unit < units.length - 1) {
            value /= 1024.0;
            unit++;
        }
        return formatG(value, 4) + units[unit];
    }

    /** How long, as go-units' HumanDuration says it: "Less than a second", "About a minute", "2 weeks". */
    public static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        }
        // go-units rounds hours to the nearest one (1h29m is "About an hour", 1h31m "2 hours")
        double exactHours = duration.toNanos() / 3_600_000_000_000.0;
        long hours = (long) (exactHours + 0.5);
        if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return (long) exactHours / 24 / 365 + " years";
    }

    /** docker's CREATED column: the time since {@code epochSeconds} and " ago", e.g. "2 weeks ago". */
    public static String ago(long epochSeconds, Instant now) {
        Duration since = Duration.between(Instant.ofEpochSecond(epochSeconds), now);
        return duration(since.isNegative() ? Duration.ZERO : since) + " ago";
    }

    /**
     * Go's {@code %.<precision>g}: the shortest of plain or exponent form, no trailing zeros, the
     * exponent when it is below -4 or at least the precision ("1e+03"). Rounds the exact binary value
     * half-even, as Go's strconv does, so 999.9 at three digits becomes "1e+03" just as in docker.
     */
    static String formatG(double value, int precision) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= precision) {
            String digits = rounded.unscaledValue().abs().toString().replaceFirst("0+$", "");
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String sign = rounded.signum() < 0 ? "-" : "";
            int shown = Math.abs(exponent);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (shown < 10 ? "0" : "") + shown;
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
