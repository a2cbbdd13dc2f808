package io.interviews.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --since}: a moment, given as how long ago ({@code 90s}, {@code 15m}, {@code 24h}, {@code 7d}), which slides
 * with the clock, or as a fixed instant; every command's {@code --since} takes it
 * ({@code converter = Since.Converter.class}).
 */
public record Since(Duration ago, Instant at) {

    private static final Pattern AGO = Pattern.compile("(\\d+)([smhd])");
    private static final Map<String, Duration> UNITS =
            Map.of("s", Duration.ofSeconds(1), "m", Duration.ofMinutes(1), "h", Duration.ofHours(1), "d", Duration.ofDays(1));

    /** The moment meant, seen at {@code now}. */
    public Instant from(Instant now) {
        return ago == null ? at : now.minus(ago);
    }

    public static final class Converter implements ITypeConverter<Since> {

        @Override
        public Since convert(String value) {
            Matcher ago = AGO.matcher(value);
            if (ago.matches()) {
                return new Since(UNITS.get(ago.group(2)).multipliedBy(Long.parseLong(ago.group(1))), null);
            }
            try {
                return new Since(null, Instant.parse(value));
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is neither a duration such as 15m, 24h or 7d nor an "
                        + "instant such as 2026-03-02T09:00:00Z");
            }
        }
    }
}
