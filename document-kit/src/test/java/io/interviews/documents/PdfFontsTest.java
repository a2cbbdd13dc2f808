package io.interviews.documents;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.interviews.testsupport.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFontsTest {

    private static final String CHINESE = "录用通知书：尊敬的李伟，我们很高兴向您发出录用通知。";
    private static final int FILL = 0;
    private static final int FILL_AND_STROKE = 2;
    private static final Path TARGET = Path.of("target", "pdf-fonts");

    @Test
    void theBundledFontSetsChineseTextEmbeddedAsASubset() throws IOException {
        PdfFonts fonts = PdfFonts.load(Optional.empty(), PdfFonts.BUNDLED_CJK_FONT, List.of());

        byte[] pdf = render(fonts, "Offer letter · " + CHINESE);

        String text = PdfText.of(pdf, TARGET.resolve("bundled.pdf"));
        assertTrue(text.contains("Offer letter · " + CHINESE), text);
        Map<String, Boolean> chineseFonts = PdfText.chineseFonts(pdf);
        assertEquals(1, chineseFonts.size(), chineseFonts.toString());
        String name = chineseFonts.keySet().iterator().next();
        assertTrue(name.matches("[A-Z]{6}\\+NotoSansSC-Regular"), "a subset of the bundled font: " + name);
        assertTrue(chineseFonts.get(name), "embedded");
        // the whole font is 10.5 MB: only the glyphs used travel with the document
        assertTrue(pdf.length < 100_000, pdf.length + " bytes");
    }

    @Test
    void boldChineseTextIsStrokedAsWellAsFilledAndKeepsItsCharacters() throws IOException {
        PdfFonts fonts = PdfFonts.load(Optional.empty());

        byte[] bold = render(fonts, CHINESE, true);

        assertTrue(PdfText.of(bold, TARGET.resolve("bold.pdf")).contains(CHINESE));
        assertEquals(List.of(FILL_AND_STROKE, FILL), textRenderModes(bold));
        assertEquals(List.of(), textRenderModes(render(fonts, CHINESE)));
    }

    @Test
    void withoutTheBundledFontASystemCjkFontIsEmbedded() throws IOException, URISyntaxException {
        // the bundled file, read from disk as a system font would be
        String systemFont = Path.of(PdfFonts.class.getResource(PdfFonts.BUNDLED_CJK_FONT).toURI()).toString();
        PdfFonts fonts = PdfFonts.load(Optional.empty(), "fonts/missing.ttf", List.of("/nonexistent.ttc,0", systemFont));

        byte[] pdf = render(fonts, CHINESE);

        assertTrue(PdfText.of(pdf, TARGET.resolve("system.pdf")).contains(CHINESE));
        assertEquals(List.of(true), List.copyOf(PdfText.chineseFonts(pdf).values()));
    }

    @Test
    void withoutAnyCjkFontChineseTextIsRefusedAndLatinTextStillRenders() throws IOException {
        PdfFonts fonts = PdfFonts.load(Optional.of("/nonexistent.ttf"), "fonts/missing.ttf",
                List.of("/nonexistent.ttc,2"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> render(fonts, CHINESE));
        assertTrue(refused.getMessage().contains("No font with Chinese glyphs"), refused.getMessage());
        assertTrue(refused.getMessage().contains("/nonexistent.ttc,2"), refused.getMessage());
        assertTrue(PdfText.of(render(fonts, "Offer letter"), TARGET.resolve("latin.pdf")).contains("Offer letter"));
    }

    /** The operands of the page's text render mode operators ({@code Tr}), in order. */
    private static List<Integer> textRenderModes(byte[] pdf) throws IOException {
        List<Integer> modes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Object> tokens = new PDFStreamParser(document.getPage(0)).parse();
            for (int i = 1; i < tokens.size(); i++) {
                if (tokens.get(i) instanceof Operator operator && operator.getName().equals("Tr")) {
                    modes.add(((COSNumber) tokens.get(i - 1)).intValue());
                }
            }
        }
        return modes;
    }

    private static byte[] render(PdfFonts fonts, String text) {
        return render(fonts, text, false);
    }

    private static byte[] render(PdfFonts fonts, String text, boolean bold) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(fonts.phrase(text, 11, bold)));
        document.close();
        return out.toByteArray();
    }
}
