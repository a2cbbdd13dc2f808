package io.interviews.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads back the PDF documents services serve (scorecard reports, letters). PDFBox is an optional dependency
 * of test-support: a module that uses this class declares it for its tests.
 */
public final class PdfText {

    private PdfText() {
    }

    /**
     * The text of {@code pdf}, after leaving a copy at {@code copy} (under {@code target/}) for a look at the
     * layout.
     *
     * @throws AssertionError if the document has no page
     */
    public static String of(byte[] pdf, Path copy) throws IOException {
        Files.createDirectories(copy.getParent());
        Files.write(copy, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new AssertionError("The PDF at " + copy + " has no page");
            }
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The fonts that set the Chinese (Han) characters of {@code pdf}: each font's name (a subset's name starts with
     * a tag such as {@code ABCDEF+}) and whether the document embeds it. A font that is not embedded depends on the
     * reader having it; without it, the reader shows substitute glyphs or boxes.
     */
    public static Map<String, Boolean> chineseFonts(byte[] pdf) throws IOException {
        Map<String, Boolean> embeddedByName = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    if (position.getUnicode().codePoints()
                            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        PDFont font = position.getFont();
                        embeddedByName.put(font.getName(), font.isEmbedded());
                    }
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return embeddedByName;
    }
}
