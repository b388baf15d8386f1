package io.github.dockertutor.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are docker's own: go-units' tests and what `docker images` prints. */
class HumanUnitsTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0B",
        "999, 999B",
        "1000, 1kB",
        "4264960, 4.26MB",
        "1570000000, 1.57GB",
        "1978000, 1.98MB",
        "72800000, 72.8MB",
        "133000000, 133MB",
        "999999, 1e+03kB", // Go's %.3g switches to an exponent here, and so does docker
        "1000000000000, 1TB",
    })
    void sizesLikeDockerImages(long bytes, String expected) {
        assertEquals(expected, HumanUnits.size(bytes));
    }

    @ParameterizedTest
    @CsvSource({
        "1000, 1kB",
        "1024, 1.024kB",
        "1000000, 1MB",
        "1048576, 1.049MB",
        "2000000, 2MB",
        "3420000000, 3.42GB",
        "5372000000000, 5.372TB",
        "2155000, 2.155MB",
        "528, 528B",
    })
    void progressSizesLikeGoUnitsHumanSize(long bytes, String expected) {
        assertEquals(expected, HumanUnits.progressSize(bytes));
    }

    @Test
    void hugeSizesUseTheLastUnitWithAnExponent() {
        // go-units: HumanSize(10000000000000 * PB) == "1e+04YB"
        assertEquals("1e+04YB", HumanUnits.size(1e28, 4));
    }

    @Test
    void goPercentG() {
        assertEquals("4.26", HumanUnits.formatG(4.26496, 3));
        assertEquals("100", HumanUnits.formatG(99.96, 3));
        assertEquals("1e+03", HumanUnits.formatG(999.9, 3));
        assertEquals("0.5", HumanUnits.formatG(0.5, 3));
        assertEquals("1.5e-05", HumanUnits.formatG(0.000015, 3));
    }

    @ParameterizedTest
    @CsvSource({
        "PT0.45S, Less than a second",
        "PT1S, 1 second",
        "PT47S, 47 seconds",
        "PT59S, 59 seconds",
        "PT60S, About a minute",
        "PT90S, About a minute",
        "PT3M, 3 minutes",
        "PT35M40S, 35 minutes",
        "PT59M, 59 minutes",
        "PT1H, About an hour",
        "PT1H29M, About an hour",
        "PT1H31M, 2 hours",
        "PT3H59M, 4 hours",
        "PT24H, 24 hours",
        "PT36H, 36 hours",
        "P2D, 2 days",
        "PT317H, 13 days",
        "P14D, 2 weeks",
        "P18D, 2 weeks",
        "P28D, 4 weeks",
        "P30D, 4 weeks",
        "P44D, 6 weeks",
        "P60D, 2 months",
        "P97D, 3 months",
        "P720D, 24 months",
        "P734D, 2 years",
        "P1155D, 3 years",
    })
    void durationsLikeGoUnitsHumanDuration(Duration duration, String expected) {
        assertEquals(expected, HumanUnits.duration(duration));
    }

    @Test
    void agoCountsFromNowAndNeverIntoTheFuture() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        assertEquals("2 weeks ago", HumanUnits.ago(now.minus(Duration.ofDays(15)).getEpochSecond(), now));
        assertEquals("About a minute ago", HumanUnits.ago(now.minusSeconds(90).getEpochSecond(), now));
        assertEquals("Less than a second ago", HumanUnits.ago(now.plusSeconds(5).getEpochSecond(), now));
    }
}
