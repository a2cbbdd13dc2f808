package io.interviews.offer.service;

import io.interviews.testsupport.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterDocumentsTest {

    private static final String OFFER = """
            # Offer of employment

            Dear <script>alert(1)</script> Mei Lin,

            - **Annual base salary:** GBP 72,500
            - **Start date:** 7 April 2025
            """;

    private final LetterDocuments documents = new LetterDocuments(new TestOfferConfig(ExpectedSalaryPolicy.IGNORE));

    @Test
    void htmlRendersTheMarkdownAndEscapesMarkupInIt() {
        String html = documents.html(OFFER, "en", "Offer letter");

        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h1>Offer of employment</h1>"), html);
        assertTrue(html.contains("<li><strong>Annual base salary:</strong> GBP 72,500</li>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void thePdfOpensAndHoldsTheLettersText() throws IOException {
        byte[] pdf = documents.pdf(OFFER, "Offer letter");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals("Offer letter", document.getDocumentInformation().getTitle());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Offer of employment"), text);
            assertTrue(text.contains("Mei Lin"), text);
            assertTrue(text.contains("• Annual base salary: GBP 72,500"), text);
        }
    }

    @Test
    void aChineseLetterKeepsItsChineseTextInThePdfSetInAnEmbeddedFont() throws IOException {
        byte[] pdf = documents.pdf("# 录用通知书\n\n尊敬的李伟：\n\n- **年度基本薪酬：** GBP 72,500\n", "录用通知书");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("录用通知书"), text);
            assertTrue(text.contains("尊敬的李伟"), text);
            assertTrue(text.contains("年度基本薪酬： GBP 72,500"), text);
        }
        Map<String, Boolean> chineseFonts = PdfText.chineseFonts(pdf);
        assertFalse(chineseFonts.isEmpty());
        assertEquals(Set.of(true), Set.copyOf(chineseFonts.values()), "embedded: " + chineseFonts);
    }
}
