package io.interviews.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
