package io.interviews.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** {@code traditional-chinese --repo DIR} writes the table where stage-kit keeps it, and stage-kit ships what it writes. */
class TraditionalChineseTableTest {

    @Test
    void theCommandWritesTheShippedTableIntoTheNamedRepository(@TempDir Path repo) throws IOException {
        assertEquals(0, new CommandLine(new EvalCommand()).execute("traditional-chinese", "--repo", repo.toString()));

        Path written = repo.resolve(Calibration.RUBRIC_RESOURCES).resolve("traditional-chinese.txt");
        try (InputStream shipped = getClass().getResourceAsStream("/io/interviews/stage/rubric/traditional-chinese.txt")) {
            assertNotNull(shipped, "stage-kit's table is on the class path");
            assertEquals(new String(shipped.readAllBytes(), StandardCharsets.UTF_8), Files.readString(written));
        }
    }
}
