package io.interviews.documents;

import io.interviews.events.Band;
import io.interviews.events.DimensionRating;
import io.interviews.events.DimensionRescored;
import io.interviews.events.InterviewRescored;
import io.interviews.events.StageRescored;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drift report of two re-scored interviews, written out by hand: one whose hr stage moved it from HIRE to
 * CONSIDER (a dimension re-rated, one added by the new rubric, one it dropped), one that did not move.
 */
class DriftReportTest {

    private static final UUID MOVED = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID STILL = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private static final InterviewRescored MOVED_INTERVIEW = new InterviewRescored(UUID.randomUUID(), MOVED,
            Instant.parse("2026-12-01T10:00:00Z"), UUID.randomUUID(), "rubric", 81.25, Band.HIRE, 78.0,
            Band.CONSIDER, List.of(new StageRescored("hr", 0.3, "hr-2026.12-3", 85.0, "hr-2027.01-1", 74.17,
                    List.of("The dimensions disagree"), List.of(
                            new DimensionRescored("collaboration", rating("collaboration", 4, 0.3),
                                    rating("collaboration", 3, 3)),
                            new DimensionRescored("ownership, \"end to end\"", null,
                                    rating("ownership, \"end to end\"", 2, 0.25)),
                            new DimensionRescored("communication", rating("communication", 5, 0.1 + 0.2),
                                    null)))),
            UUID.randomUUID());
    private static final InterviewRescored STILL_INTERVIEW = new InterviewRescored(UUID.randomUUID(), STILL,
            Instant.parse("2026-12-01T10:00:01Z"), UUID.randomUUID(), "openai", 55.0, Band.NO_HIRE, 55.04,
            Band.NO_HIRE, List.of(new StageRescored("tech", 1.0, "tech-1", 55.0, "tech-1", 55.04, List.of(),
                    List.of(new DimensionRescored("design <b>", rating("design <b>", 3, 1),
                            rating("design <b>", 3, 1))))),
            null);
    private static final List<InterviewRescored> BOTH = List.of(MOVED_INTERVIEW, STILL_INTERVIEW);

    @Test
    void theCsvHasOneRowPerInterviewStageAndDimensionInTheGivenOrder() {
        List<String> lines = DriftReport.csv(BOTH).lines().toList();

        assertEquals(String.join(",", DriftReport.CSV_HEADER), lines.get(0));
        assertEquals(List.of(
                MOVED + ",hr,collaboration,hr-2026.12-3,hr-2027.01-1,rubric,rubric,4,3,-1,0.3,3,85.0,74.2,-10.8,81.3,"
                        + "78.0,-3.2,HIRE,CONSIDER,true",
                MOVED + ",hr,\"ownership, \"\"end to end\"\"\",hr-2026.12-3,hr-2027.01-1,,rubric,,2,,,0.25,85.0,74.2,"
                        + "-10.8,81.3,78.0,-3.2,HIRE,CONSIDER,true",
                MOVED + ",hr,communication,hr-2026.12-3,hr-2027.01-1,rubric,,5,,,0.3,,85.0,74.2,-10.8,81.3,78.0,-3.2,"
                        + "HIRE,CONSIDER,true",
                STILL + ",tech,design <b>,tech-1,tech-1,openai,openai,3,3,+0,1,1,55.0,55.0,+0.0,55.0,55.0,+0.0,NO_HIRE,"
                        + "NO_HIRE,false"),
                lines.subList(1, lines.size()));
    }

    @Test
    void anEmptyReportIsTheHeaderAlone() {
        assertEquals(String.join(",", DriftReport.CSV_HEADER) + "\n", DriftReport.csv(List.of()));
        assertTrue(DriftReport.html(List.of()).contains("<p>0 interviews re-scored; the band changed for 0."));
    }

    @Test
    void thePageSumsUpMarksTheBandChangesAndEscapesEveryValue() {
        String html = DriftReport.html(BOTH);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<p>2 interviews re-scored; the band changed for 1. The live decisions are unchanged."
                + "</p>"), html);
        assertEquals(List.of("<tr class=\"band-changed\"><td>" + MOVED + "</td><td>rubric</td><td class=\"number\">"
                        + "81.3</td><td class=\"number\">78.0</td><td class=\"number\">-3.2</td><td>HIRE</td>"
                        + "<td>CONSIDER</td><td>changed</td></tr>",
                "<tr><td>" + STILL + "</td><td>openai</td><td class=\"number\">55.0</td><td class=\"number\">55.0"
                        + "</td><td class=\"number\">+0.0</td><td>NO_HIRE</td><td>NO_HIRE</td><td>same</td></tr>"),
                html.lines().filter(line -> line.startsWith("<tr") && line.contains("<td class=\"number\">"))
                        .toList());
        assertEquals(4, html.lines().filter(line -> line.startsWith("<tr") && !line.contains("class=\"number\""))
                .count(), "one dimension row per CSV row");
        assertTrue(html.contains("<td>ownership, &quot;end to end&quot;</td>"));
        assertTrue(html.contains("<td>design &lt;b&gt;</td>"));
        assertFalse(html.contains("<b>"), "no value is markup");
        assertFalse(html.contains("<script") || html.contains("src="), "self-contained: no script, no other file");
    }

    @Test
    void writeStoresBothFilesAsTheStringsRenderThem() throws IOException {
        Path directory = Path.of("target", "drift-report-test", UUID.randomUUID().toString());

        List<Path> written = DriftReport.write(BOTH, directory);

        assertEquals(List.of(directory.resolve(DriftReport.CSV_FILE), directory.resolve(DriftReport.HTML_FILE)),
                written);
        assertEquals(DriftReport.csv(BOTH), Files.readString(written.get(0)));
        assertEquals(DriftReport.html(BOTH), Files.readString(written.get(1)));
    }

    private static DimensionRating rating(String dimension, int rating, double weight) {
        return new DimensionRating(dimension, rating, weight, List.of("a quote"), "a rationale", true,
                weight == 1 ? "openai" : "rubric");
    }
}
