package io.interviews.scoring.service;

import io.interviews.documents.PdfFonts;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.interviews.events.DimensionRating;
import io.interviews.events.Exchange;
import io.interviews.events.InterviewContext;
import io.interviews.events.Language;
import io.interviews.events.Position;
import io.interviews.scoring.config.ScoringConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The PDF report of a scored interview for recruiters, labelled in the interview's language. */
@ApplicationScoped
public class ScorecardReport {

    private static final float TITLE = 16;
    private static final float HEADING = 12.5f;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final PdfFonts fonts;

    ScorecardReport(ScoringConfig config) {
        this.fonts = PdfFonts.load(config.report().cjkFont());
    }

    public byte[] render(InterviewResults results) {
        Labels labels = results.context().language() == Language.ZH ? Labels.ZH : Labels.EN;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            InterviewContext context = results.context();
            document.addTitle(labels.title() + ": " + context.candidate().name());
            document.open();
            Writer writer = new Writer(document);

            writer.paragraph(labels.title(), TITLE, true, 6);
            writer.paragraph(labels.candidate() + ": " + context.candidate().name()
                    + (context.candidate().email() == null ? "" : " <" + context.candidate().email() + ">"),
                    BODY, false, 0);
            writer.paragraph(labels.position() + ": " + position(context.position()), BODY, false, 0);
            writer.paragraph(labels.interview() + ": " + results.interviewId() + " · " + labels.scoredAt() + " "
                    + TIMESTAMP.format(results.scoredAt()), SMALL, false, 8);

            writer.paragraph(labels.total() + ": " + score(results.total()) + " / 100 · " + labels.band() + ": "
                    + results.band() + " · " + results.recommendation(), HEADING, true, 2);
            writer.paragraph(labels.needsReview() + ": " + (results.needsReview() ? labels.yes() : labels.no())
                    + (results.missingStages().isEmpty() ? ""
                    : " · " + labels.missingStages() + ": " + String.join(", ", results.missingStages())),
                    BODY, false, 8);

            writer.paragraph(labels.stageScores(), HEADING, true, 4);
            PdfPTable stageTable = table(new float[]{3, 2, 2, 4, 2});
            header(stageTable, labels.stage(), labels.weight(), labels.score(), labels.rubricVersion(),
                    labels.needsReview());
            for (InterviewResults.Stage stage : results.stages()) {
                row(stageTable, stage.stage(), weight(stage.weight()), score(stage.score()),
                        Objects.toString(stage.rubricVersion(), "—"), stage.needsReview() ? labels.yes() : labels.no());
            }
            document.add(stageTable);
            writer.paragraph(labels.totalMethod(), SMALL, false, 10);

            writer.paragraph(labels.improvementAreas(), HEADING, true, 4);
            for (ImprovementAreaDetail area : results.improvementAreas()) {
                writer.paragraph("• " + area.dimension() + " (" + area.stage() + ") " + area.rating() + "/5"
                        + (area.trusted() ? "" : " · " + labels.untrusted()), BODY, true, 0);
                writer.paragraph(Objects.toString(area.rationale(), ""), BODY, false, 0);
                writer.paragraph(labels.evidence() + ": " + quotes(area.evidence()), BODY, false, 4);
            }

            for (InterviewResults.Stage stage : results.stages()) {
                writer.paragraph(labels.stage() + " " + stage.stage() + ": " + score(stage.score()) + " / 100 ("
                        + labels.weight() + " " + weight(stage.weight()) + ")", HEADING, true, 4);
                if (stage.needsReview()) {
                    writer.paragraph(labels.reviewReasons(), BODY, true, 0);
                    List<String> reasons = stage.reviewReasons().isEmpty()
                            ? List.of(labels.noReasonRecorded()) : stage.reviewReasons();
                    for (int i = 0; i < reasons.size(); i++) {
                        writer.paragraph("• " + reasons.get(i), BODY, false, i == reasons.size() - 1 ? 4 : 0);
                    }
                }
                PdfPTable dimensions = table(new float[]{3, 1.3f, 1.3f, 5, 1.4f, 1.8f});
                header(dimensions, labels.dimension(), labels.rating(), labels.weight(), labels.evidence(),
                        labels.trusted(), labels.brain());
                for (InterviewResults.Dimension dimension : stage.dimensions()) {
                    row(dimensions, dimension.dimension(), dimension.rating() + "/5", weight(dimension.weight()),
                            quotes(dimension.evidence()), dimension.trusted() ? labels.yes() : labels.no(),
                            dimension.brain());
                }
                document.add(dimensions);
                writer.paragraph(labels.transcript(), BODY, true, 2);
                int number = 1;
                for (Exchange exchange : stage.transcript()) {
                    writer.paragraph((exchange.followUp() ? labels.followUp() : labels.question() + " " + number++)
                            + ": " + exchange.question(), BODY, true, 0);
                    writer.paragraph(labels.answer() + ": " + Objects.toString(exchange.answer(), labels.unanswered()),
                            BODY, false, 4);
                }
            }

            writer.paragraph(labels.scale(), SMALL, false, 0);
            boolean ratedByTheRubricBrain = results.stages().stream().flatMap(stage -> stage.dimensions().stream())
                    .anyMatch(dimension -> Objects.toString(dimension.brain(), "")
                            .contains(DimensionRating.RUBRIC_BRAIN));
            if (ratedByTheRubricBrain) {
                writer.paragraph(labels.rubricBrainLimits(), SMALL, false, 0);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot render the report of interview " + results.interviewId(), e);
        }
        return out.toByteArray();
    }

    /** Adds paragraphs to the document. */
    private final class Writer {
        private final Document document;

        Writer(Document document) {
            this.document = document;
        }

        void paragraph(String text, float size, boolean bold, float spacingAfter) throws DocumentException {
            Paragraph paragraph = new Paragraph(fonts.phrase(text, size, bold));
            paragraph.setSpacingAfter(spacingAfter);
            document.add(paragraph);
        }
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        table.setHeaderRows(1);
        return table;
    }

    private void header(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(cell(fonts.phrase(cell, SMALL, true)));
        }
    }

    private void row(PdfPTable table, String... cells) {
        for (String cell : cells) {
            table.addCell(cell(fonts.phrase(cell, SMALL, false)));
        }
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    private static String position(Position position) {
        return List.of(Objects.toString(position.title(), ""), Objects.toString(position.level(), ""),
                        Objects.toString(position.location(), "")).stream()
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static String quotes(List<String> evidence) {
        return evidence.isEmpty() ? "—"
                : evidence.stream().map(quote -> "“" + quote + "”").collect(Collectors.joining(" "));
    }

    private static String score(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    private static String weight(double weight) {
        return String.format(Locale.ROOT, "%.2f", weight);
    }

    private record Labels(String title, String candidate, String position, String interview, String scoredAt,
                          String total, String band, String needsReview, String missingStages, String stageScores,
                          String stage, String weight, String score, String rubricVersion, String totalMethod,
                          String reviewReasons, String noReasonRecorded, String improvementAreas, String evidence,
                          String untrusted, String dimension, String rating, String trusted, String brain,
                          String transcript, String question, String followUp, String answer, String unanswered,
                          String yes, String no, String scale, String rubricBrainLimits) {

        static final Labels EN = new Labels("Interview report", "Candidate", "Position", "Interview", "scored",
                "Total", "Band", "Needs human review",
                "Missing stages", "Stage scores", "Stage", "Weight", "Score (0–100)", "Rubric version",
                "Total = plan-weighted mean of the stage scores (Σ weight·score / Σ weight), on the same 0–100 scale.",
                "Why this stage needs human review", "(no reason recorded)",
                "Improvement areas (lowest-rated dimensions)", "Evidence", "evidence not confirmed in the transcript",
                "Dimension", "Rating (1–5)", "Trusted", "Rated by", "Transcript", "Question", "Follow-up", "Answer",
                "(no answer)", "Yes", "No",
                "Scores are on 0–100; dimension ratings are 1–5 against the rubric's behavioural anchors, worth "
                        + InterviewResults.ratingPoints() + " points (a stage's score is its weighted mean rating "
                        + "in points); evidence quotes are verbatim from the candidate's answers.",
                "Rated by rubric: the offline rubric brain reads what an answer says (specifics, reasons, outcomes, "
                        + "reflection), not who made the decisions it describes; fluent accounts of work done on "
                        + "someone else's decisions rate above what a hiring manager gives them. Ask the candidate "
                        + "which decisions were theirs.");

        static final Labels ZH = new Labels("面试报告", "候选人", "职位", "面试", "评分时间", "总分", "档位",
                "需人工复核", "缺少的环节", "各环节得分",
                "环节", "权重", "得分（0–100）", "评分标准版本",
                "总分 = 按面试计划权重对各环节得分求加权平均（Σ 权重·得分 / Σ 权重），与各环节同为 0–100 分制。",
                "本环节需人工复核的原因", "（未记录原因）",
                "待提升方面（评分最低的维度）", "依据", "依据未在面试记录中核实", "维度", "评分（1–5）", "可信",
                "评分方", "面试记录", "问题", "追问", "回答", "（未作答）", "是", "否",
                "得分为 0–100 分制；维度评分为 1–5 分，依据评分标准中的行为锚点，对应分数为 " + InterviewResults.ratingPoints()
                        + "（环节得分为加权平均评分对应的分数）；依据均为候选人回答的原文引用。",
                "评分方为 rubric：离线评分引擎读的是回答说了什么（细节、理由、结果、反思），而不是其中的决定由谁做出；"
                        + "对按他人决定完成的工作的流畅叙述，它给的评分高于招聘经理的判断。请向候选人确认哪些决定是其本人做出的。");
    }
}
